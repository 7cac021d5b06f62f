package dev.newswatch.pipeline;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.Article;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;

/** The settings the pipeline's tests run it under: in a {@link TopologyTestDriver}, or on the test broker. */
public final class PipelineTestSettings {

  private PipelineTestSettings() {}

  /** The pipeline's own Streams settings ({@link StreamsSettings}: handlers, serdes) with no broker behind them. */
  public static Properties driverProperties(String applicationId, Path stateDir, PipelineMetrics metrics) {
    Properties properties = new Properties();
    properties.putAll(StreamsSettings.of(Map.of(
        StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092",
        StreamsConfig.APPLICATION_ID_CONFIG, applicationId,
        StreamsConfig.STATE_DIR_CONFIG, stateDir.toString(),
        StreamsConfig.REPLICATION_FACTOR_CONFIG, 1), metrics));
    return properties;
  }

  /**
   * {@link PipelineTopology} with the default config in a driver, with the real handlers and settings except
   * exactly-once: under EOS the 4.3 TopologyTestDriver drops a dead letter written while a record is skipped
   * (it clears the mock producer's open transaction before any commit). A broker keeps it in the transaction
   * (PipelineServiceIT); PipelineServiceTest checks EOS is set.
   */
  public static TopologyTestDriver pipelineDriver(String applicationId, Path stateDir, ArticleTagger tagger,
      PipelineMetrics metrics, Instant wallClock) {
    Properties properties = driverProperties(applicationId, stateDir, metrics);
    properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
    return new TopologyTestDriver(PipelineTopology.build(PipelineConfig.defaults(), tagger, metrics), properties,
        wallClock);
  }

  /** What a dead-letter handler is configured with: the metrics it counts in. */
  public static Map<String, Object> handlerConfig(PrometheusRegistry registry) {
    return Map.of(StreamsSettings.METRICS_CONFIG, new PipelineMetrics(registry));
  }

  /** Client settings of a pipeline on the test broker: its own id and state, quick commits. */
  public static Map<String, Object> brokerConfig(String applicationId, Path stateDir) {
    Map<String, Object> config = TestKafka.clientConfig();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    return config;
  }

  /** Writes the articles to the raw topic as the poller does (keyed by canonical URL) and waits for the acks. */
  public static void sendRaw(Iterable<Article> articles) throws Exception {
    Map<String, Object> config = TestKafka.clientConfig();
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      List<Future<RecordMetadata>> sends = new ArrayList<>();
      for (Article a : articles) {
        sends.add(producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, a.canonicalUrl(), JsonCodec.toBytes(a))));
      }
      for (Future<RecordMetadata> send : sends) {
        send.get();
      }
    }
  }
}
