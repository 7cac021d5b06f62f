package dev.newswatch.pipeline;

import dev.newswatch.pipeline.deadletter.DeadLetterDeserializationHandler;
import dev.newswatch.pipeline.deadletter.DeadLetterProcessingHandler;
import dev.newswatch.pipeline.deadletter.DeadLetterProductionHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings the pipeline insists on, added to those the app gives (connection,
 * application id, state directory, replication). Shared by {@link PipelineService} and the tests, so
 * the topology is tested with the handlers it runs with; public for the tests and handlers in the
 * sub-packages.
 */
public final class StreamsSettings {

  /** Config key under which the exception handlers find the {@link PipelineMetrics} instance. */
  public static final String METRICS_CONFIG = "newswatch.pipeline.metrics";

  /** Settings the app must give. */
  static final List<String> REQUIRED = List.of(
      StreamsConfig.BOOTSTRAP_SERVERS_CONFIG,
      StreamsConfig.APPLICATION_ID_CONFIG,
      StreamsConfig.STATE_DIR_CONFIG,
      StreamsConfig.REPLICATION_FACTOR_CONFIG);

  private StreamsSettings() {}

  /**
   * The app's settings plus exactly-once processing and the dead-letter handlers.
   *
   * @throws IllegalArgumentException when a {@link #REQUIRED} setting is missing
   */
  public static Map<String, Object> of(Map<String, Object> appSettings, PipelineMetrics metrics) {
    List<String> missing = REQUIRED.stream().filter(key -> appSettings.get(key) == null).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("streams config lacks " + missing);
    }
    Map<String, Object> settings = new HashMap<>(appSettings);
    settings.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    settings.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
    settings.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
    settings.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
    settings.put(METRICS_CONFIG, metrics);
    return settings;
  }

  /** The metrics instance {@link #of} put into the config, as handed to a handler's {@code configure}. */
  public static PipelineMetrics metricsFrom(Map<String, ?> configs) {
    if (configs.get(METRICS_CONFIG) instanceof PipelineMetrics metrics) {
      return metrics;
    }
    throw new ConfigException(METRICS_CONFIG, configs.get(METRICS_CONFIG),
        "the pipeline's exception handlers need the PipelineMetrics instance; build the config with PipelineService");
  }
}
