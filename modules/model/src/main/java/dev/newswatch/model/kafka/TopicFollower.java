package dev.newswatch.model.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one or more topics on its own thread with assigned partitions (no consumer group, committed records
 * only), from where {@link #startOffset} says, handing each record to {@link #apply}. Tracks when the
 * end the topic had at start has been reached ({@link #caughtUp()}) and which offsets have been read,
 * so a writer can wait until its own record is visible here. On a read failure it starts over from
 * {@link #reset()} after a pause, so a broker outage never ends the thread.
 */
public abstract class TopicFollower implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TopicFollower.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration RETRY = Duration.ofSeconds(5);
  private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

  private final List<String> topics;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Map<TopicPartition, Long> seenOffsets = new ConcurrentHashMap<>();
  private final Object progress = new Object();
  private final Thread thread;
  private volatile boolean caughtUp;
  private volatile boolean closing;

  /**
   * @param topics       the topics to follow, read together by one consumer
   * @param kafkaConfig  common client settings; the group id, if any, is dropped
   * @param clientSuffix appended to the client id and the thread name
   */
  protected TopicFollower(List<String> topics, Map<String, Object> kafkaConfig, String clientSuffix) {
    this.topics = List.copyOf(topics);
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ConsumerConfig.CLIENT_ID_CONFIG, "newswatch")
        + "-" + clientSuffix);
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    thread = new Thread(this::run, "newswatch-" + clientSuffix);
    thread.setDaemon(true);
  }

  /** Starts the thread; called by subclasses once they are fully constructed. */
  protected final void startFollowing() {
    thread.start();
  }

  /** Forget everything read: the topic is read again from {@link #startOffset}. */
  protected abstract void reset();

  /** Where to start reading a partition, given its first and end offsets; the beginning unless overridden. */
  protected long startOffset(TopicPartition partition, long beginning, long end) {
    return beginning;
  }

  /** One record (value null for a tombstone). */
  protected abstract void apply(ConsumerRecord<String, byte[]> record);

  /** Called once when the end offsets of the start were reached. */
  protected void onCaughtUp() {}

  /** True once every topic was read to the end it had when following (re)started. */
  public final boolean caughtUp() {
    return caughtUp;
  }

  /** Waits until {@link #caughtUp()}; returns whether it is. */
  public final boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return await(() -> caughtUp, timeout);
  }

  /**
   * Waits until the record at {@code offset} of {@code partition} of {@code topic} has been applied, so a
   * writer's own record is visible here before it answers; returns whether it was.
   */
  public final boolean awaitOffset(String topic, int partition, long offset, Duration timeout)
      throws InterruptedException {
    TopicPartition tp = new TopicPartition(topic, partition);
    return await(() -> seenOffsets.getOrDefault(tp, -1L) >= offset, timeout);
  }

  @Override
  public void close() {
    closing = true;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (!closing) {
      try {
        follow();
      } catch (WakeupException e) {
        // closing
      } catch (RuntimeException e) {
        if (closing) {
          break;
        }
        LOG.warn("reading {} failed, starting over in {}: {}", topics, RETRY, e.toString());
        try {
          Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException ie) {
          break;
        }
      }
    }
    consumer.close(Duration.ofSeconds(5));
  }

  private void follow() {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      List<TopicPartition> of = new ArrayList<>();
      consumer.partitionsFor(topic, METADATA_TIMEOUT)
          .forEach(p -> of.add(new TopicPartition(topic, p.partition())));
      if (of.isEmpty()) {
        throw new IllegalStateException("topic " + topic + " has no partitions (not created yet?)");
      }
      partitions.addAll(of);
    }
    consumer.assign(partitions);
    Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, METADATA_TIMEOUT);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, METADATA_TIMEOUT);
    reset();
    for (TopicPartition p : partitions) {
      consumer.seek(p, startOffset(p, beginning.get(p), end.get(p)));
    }
    boolean reported = false;
    while (!closing) {
      ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
      for (ConsumerRecord<String, byte[]> record : records) {
        apply(record);
        seenOffsets.merge(new TopicPartition(record.topic(), record.partition()), record.offset(), Math::max);
      }
      if (!reported && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
        reported = true;
        onCaughtUp();
        caughtUp = true;
      }
      synchronized (progress) {
        progress.notifyAll();
      }
    }
  }

  private boolean await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      while (!condition.getAsBoolean()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        progress.wait(Math.max(1, Math.min(left / 1_000_000, POLL.toMillis())));
      }
    }
    return true;
  }
}
