package dev.newswatch.testkit;

import dev.newswatch.broker.EmbeddedKafkaBroker;
import dev.newswatch.broker.TopicInitializer;
import dev.newswatch.model.Article;
import dev.newswatch.model.TopicSpec;
import dev.newswatch.model.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The embedded broker the app runs, started once per test JVM in a temporary directory, with every
 * contract topic created. Tests that need isolation use their own consumer groups, application ids
 * and transactional ids rather than their own broker (a broker start costs seconds).
 */
public final class TestKafka {

  private static EmbeddedKafkaBroker broker;

  private TestKafka() {}

  /** Starts the shared broker on first use and returns its bootstrap servers. */
  public static synchronized String bootstrapServers() {
    if (broker == null) {
      try {
        Path dir = Files.createTempDirectory("newswatch-test-kafka");
        broker = EmbeddedKafkaBroker.start(dir, 0, 0);
        createTopics(Topics.ALL);
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "test-kafka-shutdown"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return broker.bootstrapServers();
  }

  /** Client config with just the bootstrap servers, to extend per client. */
  public static Map<String, Object> clientConfig() {
    Map<String, Object> config = new HashMap<>();
    config.put("bootstrap.servers", bootstrapServers());
    return config;
  }

  /** Creates topics (4 partitions, compacted ones 2) and waits for their leaders. */
  public static void createTopics(Collection<TopicSpec> topics) {
    try {
      TopicInitializer.ensureTopics(Map.of("bootstrap.servers", bootstrapServers()), topics,
          new TopicInitializer.Settings(4, 2, (short) 1, Duration.ofDays(7)), Duration.ofSeconds(60));
    } catch (TimeoutException e) {
      throw new IllegalStateException("test topics not ready", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Every committed record of a topic from the beginning to its current end, read with
   * {@code read_committed}; values as raw bytes so tests can check the wire format.
   */
  public static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    return readAll(bootstrapServers(), topic);
  }

  /**
   * The committed records of {@link Topics#ARTICLES_RAW} that a feed published, oldest first per partition,
   * keyed by canonical URL; records of other tests that are not articles are passed over.
   */
  public static List<ConsumerRecord<String, Article>> articlesOf(String feedUrl) {
    List<ConsumerRecord<String, Article>> mine = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : readAll(Topics.ARTICLES_RAW)) {
      Article article;
      try {
        article = Topics.articleSerde().deserializer().deserialize(record.topic(), record.value());
      } catch (SerializationException e) {
        continue;
      }
      if (article != null && feedUrl.equals(article.feedUrl())) {
        mine.add(new ConsumerRecord<>(record.topic(), record.partition(), record.offset(),
            record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8), article));
      }
    }
    return mine;
  }

  /** The articles of {@link #articlesOf(String)} without their records. */
  public static List<Article> articleValuesOf(String feedUrl) {
    return articlesOf(feedUrl).stream().map(ConsumerRecord::value).toList();
  }

  /** {@link #readAll(String)} against any cluster, for tests that run their own broker. */
  public static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrapServers, String topic) {
    Map<String, Object> config = new HashMap<>();
    config.put("bootstrap.servers", bootstrapServers);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<byte[], byte[]> consumer =
             new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end within 30 s");
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }
}
