package dev.newswatch.broker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.TopicSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three embedded KRaft nodes, each its own process: a producer writes without pause while one node at a
 * time is killed with SIGKILL (the active controller, then another node, then the active controller again) and
 * started again. Every acknowledged record must be in the topic exactly once, and no write may wait 30 s or
 * more.
 */
class BrokerClusterIT {

  private static final Duration MAX_STALL = Duration.ofSeconds(30);
  private static final String TOPIC = "newswatch.cluster-faults.v1";

  @TempDir
  Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void killingOneNodeAtATimeLosesNoAcknowledgedRecordAndStallsWritesBriefly() throws Exception {
    try (BrokerCluster cluster = BrokerCluster.builder(dir).nodes(3).start(Duration.ofSeconds(120))) {
      String bootstrap = cluster.bootstrapServers();
      assertThat(bootstrap.split(",")).hasSize(3);
      TopicInitializer.Settings used = TopicInitializer.ensureTopics(Map.of("bootstrap.servers", bootstrap),
          List.of(new TopicSpec(TOPIC, false, String.class, "none", "record number")),
          new TopicInitializer.Settings(4, 1, TopicInitializer.FROM_CLUSTER, TopicInitializer.FROM_CLUSTER,
              Duration.ofDays(1)), Duration.ofSeconds(60));
      assertThat(used.replicationFactor()).isEqualTo((short) 3);
      assertThat(used.minInsyncReplicas()).isEqualTo((short) 2);
      assertTopicReplicated(bootstrap);

      List<String> rounds = new ArrayList<>();
      List<Integer> killed = new ArrayList<>();
      ContinuousProducer.Result result;
      try (ContinuousProducer producer = new ContinuousProducer(bootstrap)) {
        producer.awaitAcked(200, Duration.ofSeconds(30));
        for (int round = 1; round <= 3; round++) {
          int controller = cluster.activeController(Duration.ofSeconds(30));
          // The active controller, then a node that is neither the controller nor killed yet, then the controller.
          int victim = round != 2 ? controller : cluster.nodeIds().stream()
              .filter(id -> id != controller && !killed.contains(id)).findFirst().orElseThrow();
          killed.add(victim);
          long before = producer.acked.size();
          long killedAt = System.nanoTime();
          cluster.kill(victim);
          assertThat(cluster.isRunning(victim)).isFalse();
          // Writes go on with the node down: acks=all needs 2 of the 3 replicas.
          producer.awaitAcked(before + 500, MAX_STALL);
          int newController = cluster.activeController(Duration.ofSeconds(30));
          assertThat(newController).isNotEqualTo(victim);
          cluster.start(victim, Duration.ofSeconds(90));
          cluster.awaitFullyReplicated(Duration.ofSeconds(90));
          rounds.add("killed node " + victim + (victim == controller ? " (active controller)" : "") + ", controller "
              + newController + " after, back in sync after " + (System.nanoTime() - killedAt) / 1_000_000 + " ms");
        }
        producer.awaitAcked(producer.acked.size() + 200, MAX_STALL);
        result = producer.finish();
      }
      assertThat(cluster.failedNodes()).isEmpty();

      Map<Long, Integer> read = readAll(bootstrap);
      Set<Long> lost = result.acked().stream().filter(id -> !read.containsKey(id)).collect(Collectors.toSet());
      List<Long> duplicated = read.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
      System.out.printf("cluster faults: %s; %d sent, %d acknowledged, %d read, %d lost, %d duplicated, "
              + "longest gap between acknowledgements %d ms, slowest acknowledgement %d ms%n", rounds, result.sent(),
          result.acked().size(), read.size(), lost.size(), duplicated.size(), result.maxGapMs(), result.maxLatencyMs());
      assertThat(result.failures()).as("sends that failed").isEmpty();
      assertThat(lost).as("acknowledged records missing from the topic").isEmpty();
      assertThat(duplicated).as("records written twice").isEmpty();
      assertThat(read.keySet()).as("records read that were never sent").allMatch(id -> id >= 0 && id < result.sent());
      assertThat(result.acked()).hasSize((int) result.sent());
      assertThat(result.maxGapMs()).as("longest time without an acknowledgement").isLessThan(MAX_STALL.toMillis());
      assertThat(result.maxLatencyMs()).as("slowest acknowledgement").isLessThan(MAX_STALL.toMillis());

      // A node that ends without kill() or stop() is reported, as a supervisor needs it.
      ProcessHandle.of(cluster.pid(3)).orElseThrow().destroyForcibly();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (cluster.isRunning(3) && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(cluster.failedNodes()).containsExactly(3);
      assertThat(cluster.logFile(1)).content().contains("newswatch broker node 1 ready");
    }
  }

  private static void assertTopicReplicated(String bootstrap) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      TopicDescription d = admin.describeTopics(List.of(TOPIC)).allTopicNames().get(30, TimeUnit.SECONDS).get(TOPIC);
      assertThat(d.partitions()).hasSize(4).allSatisfy(p -> assertThat(p.replicas()).hasSize(3));
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
      Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
      assertThat(config.get("min.insync.replicas").value()).isEqualTo("2");
      assertThat(config.get("unclean.leader.election.enable").value()).isEqualTo("false");
      ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
      Config brokerConfig = admin.describeConfigs(List.of(broker)).all().get(30, TimeUnit.SECONDS).get(broker);
      assertThat(brokerConfig.get("transaction.state.log.replication.factor").value()).isEqualTo("3");
      assertThat(brokerConfig.get("transaction.state.log.min.isr").value()).isEqualTo("2");
      assertThat(brokerConfig.get("offsets.topic.replication.factor").value()).isEqualTo("3");
    }
  }

  /** Every record of the topic: record number to how often it is there. */
  private static Map<Long, Integer> readAll(String bootstrap) {
    Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "group.id", "cluster-faults-check",
        "enable.auto.commit", false, "key.deserializer", StringDeserializer.class,
        "value.deserializer", StringDeserializer.class);
    Map<Long, Integer> counts = new HashMap<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        assertThat(System.nanoTime()).as("reading the topic back").isLessThan(deadline);
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          counts.merge(Long.parseLong(r.value()), 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** An idempotent {@code acks=all} producer sending numbered records without pause from its own thread. */
  private static final class ContinuousProducer implements AutoCloseable {

    record Result(long sent, Set<Long> acked, List<String> failures, long maxGapMs, long maxLatencyMs) {}

    final Set<Long> acked = ConcurrentHashMap.newKeySet();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final AtomicLong lastAck = new AtomicLong(System.nanoTime());
    final AtomicLong maxGap = new AtomicLong();
    final AtomicLong maxLatency = new AtomicLong();
    final KafkaProducer<String, String> producer;
    final Thread thread;
    volatile boolean running = true;
    volatile long sent;

    ContinuousProducer(String bootstrap) {
      producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all",
          "enable.idempotence", true, "linger.ms", 5, "delivery.timeout.ms", 120_000, "max.block.ms", 60_000,
          "key.serializer", StringSerializer.class, "value.serializer", StringSerializer.class));
      thread = Thread.ofPlatform().name("continuous-producer").start(this::sendAll);
    }

    private void sendAll() {
      long n = 0;
      while (running) {
        long id = n++;
        long sentAt = System.nanoTime();
        producer.send(new ProducerRecord<>(TOPIC, Long.toString(id), Long.toString(id)), (metadata, error) -> {
          long now = System.nanoTime();
          if (error != null) {
            failures.add(id + ": " + error);
            return;
          }
          acked.add(id);
          maxLatency.accumulateAndGet(now - sentAt, Math::max);
          maxGap.accumulateAndGet(now - lastAck.getAndSet(now), Math::max);
        });
        sent = n;
        if (n % 2 == 0) {
          try {
            Thread.sleep(1);
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }

    void awaitAcked(long count, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (acked.size() < count) {
        assertThat(failures).as("failed sends").isEmpty();
        assertThat(System.nanoTime()).as(count + " acknowledged within " + timeout + " (have " + acked.size() + ")")
            .isLessThan(deadline);
        Thread.sleep(20);
      }
    }

    /** Stops sending and waits for every outstanding acknowledgement. */
    Result finish() throws InterruptedException {
      running = false;
      thread.join();
      producer.flush();
      return new Result(sent, Set.copyOf(acked), List.copyOf(failures), TimeUnit.NANOSECONDS.toMillis(maxGap.get()),
          TimeUnit.NANOSECONDS.toMillis(maxLatency.get()));
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join();
      producer.close(Duration.ofSeconds(30));
    }
  }
}
