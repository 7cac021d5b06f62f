package dev.newswatch.ingest.registry;

import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.ingest.poll.FeedSource;
import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the feed registry {@link Topics#FEEDS}: seeding from the configuration at start, additions and
 * removals from the admin API. Writes are synchronous (acknowledged by all in-sync replicas) and
 * idempotent; the rules of what to write are in {@link RegistryChanges}.
 */
public final class FeedRegistry implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedRegistry.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaProducer<String, byte[]> producer;
  private final Serializer<FeedDefinition> serializer = Topics.feedDefinitionSerde().serializer();
  private final Map<String, Object> kafkaConfig;
  private final Clock clock;

  /** @param kafkaConfig common client settings (bootstrap servers, security, client id) */
  public FeedRegistry(Map<String, Object> kafkaConfig, Clock clock) {
    this.kafkaConfig = Map.copyOf(kafkaConfig);
    this.clock = clock;
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ProducerConfig.CLIENT_ID_CONFIG, "newswatch")
        + "-registry-writer");
    producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Writes what {@link RegistryChanges#seed} says for the configured feeds, after reading the registry
   * to its end.
   *
   * @return the records written
   * @throws IllegalStateException when the registry cannot be read or written in time
   */
  public List<FeedDefinition> seed(List<FeedSource> configured, boolean retireUnlisted, Duration timeout) {
    Map<String, FeedDefinition> known = read(kafkaConfig, timeout);
    List<FeedDefinition> writes = RegistryChanges.seed(known, configured, retireUnlisted, clock.instant());
    for (FeedDefinition definition : writes) {
      put(definition, timeout);
      LOG.info("feed registry: {} {} ({}) from the configuration", definition.removed() ? "retired" : "seeded",
          definition.name(), RedactedUri.of(definition.url()));
    }
    LOG.info("feed registry: {} feeds known, {} of the {} configured were new{}", known.size(),
        writes.stream().filter(d -> !d.removed()).count(), configured.size(),
        retireUnlisted ? ", " + writes.stream().filter(FeedDefinition::removed).count() + " unlisted retired" : "");
    return writes;
  }

  /**
   * Writes one record and waits for the acknowledgement.
   *
   * @return where it was written (for read-your-writes through a {@link FeedCatalog})
   * @throws IllegalStateException when it is not acknowledged within the timeout
   */
  public RecordMetadata put(FeedDefinition definition, Duration timeout) {
    try {
      return producer.send(new ProducerRecord<>(Topics.FEEDS, definition.url(),
          serializer.serialize(Topics.FEEDS, definition))).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted writing to " + Topics.FEEDS, e);
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      throw new IllegalStateException("cannot write to " + Topics.FEEDS + ": " + cause, e);
    }
  }

  /** A clock for the records' timestamps. */
  public Clock clock() {
    return clock;
  }

  /**
   * Reads the whole registry to its end: the latest record per URL, removed markers included.
   *
   * @throws IllegalStateException when the topic is missing or cannot be read in time
   */
  public static Map<String, FeedDefinition> read(Map<String, Object> kafkaConfig, Duration timeout) {
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ConsumerConfig.CLIENT_ID_CONFIG, "newswatch")
        + "-registry-reader");
    Deserializer<FeedDefinition> deserializer = Topics.feedDefinitionSerde().deserializer();
    Map<String, FeedDefinition> known = new HashMap<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, byte[]> consumer =
             new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.FEEDS, timeout).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      if (partitions.isEmpty()) {
        throw new IllegalStateException("topic " + Topics.FEEDS + " does not exist");
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + Topics.FEEDS + " to its end within " + timeout);
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          RegistryRecords.apply(known, record, deserializer);
        }
      }
    } catch (KafkaException e) {
      throw new IllegalStateException("cannot read " + Topics.FEEDS + ": " + e, e);
    }
    return known;
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
