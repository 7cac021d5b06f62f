package dev.newswatch.pipeline;

import dev.newswatch.pipeline.deadletter.DeadLetterDeserializationHandler;
import dev.newswatch.pipeline.deadletter.DeadLetterProcessingHandler;
import dev.newswatch.pipeline.deadletter.DeadLetterProductionHandler;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineServiceTest {

  @TempDir
  Path stateDir;

  @Test
  void buildsAndClosesWithoutStarting() {
    PrometheusRegistry registry = new PrometheusRegistry();
    try (PipelineService service = new PipelineService(PipelineConfig.defaults(), appConfig(), registry)) {
      assertThat(service.state()).isEqualTo(KafkaStreams.State.CREATED);
      assertThat(service.isRunning()).isFalse();
      assertThat(service.topology().describe().subtopologies()).as("url dedup; guid dedup + tagging; cluster").hasSize(3);
      assertThat(service.kafkaMetrics()).isNotEmpty();
      assertThat(registry.scrape().stream().map(s -> s.getMetadata().getName()))
          .contains("newswatch_pipeline_articles_in", "newswatch_pipeline_dead_letters");
    }
  }

  @Test
  void rejectsConfigWithoutRequiredSettings() {
    Map<String, Object> config = appConfig();
    config.remove(StreamsConfig.STATE_DIR_CONFIG);

    assertThatThrownBy(() -> new PipelineService(PipelineConfig.defaults(), config, new PrometheusRegistry()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(StreamsConfig.STATE_DIR_CONFIG);
  }

  @Test
  void forcesExactlyOnceAndDeadLetterHandlers() {
    Map<String, Object> config = appConfig();
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);

    Map<String, Object> settings = StreamsSettings.of(config, new PipelineMetrics(new PrometheusRegistry()));

    assertThat(settings)
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
        .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
            DeadLetterDeserializationHandler.class)
        .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class)
        .containsEntry(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
  }

  @Test
  void handlerRefusesConfigWithoutMetrics() {
    assertThatThrownBy(() -> new DeadLetterDeserializationHandler().configure(Map.of()))
        .hasMessageContaining(StreamsSettings.METRICS_CONFIG);
  }

  private Map<String, Object> appConfig() {
    Map<String, Object> config = new HashMap<>();
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1");
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "pipeline-service-test");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    return config;
  }
}
