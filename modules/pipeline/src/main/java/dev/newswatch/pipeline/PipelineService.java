package dev.newswatch.pipeline;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.streams.restore.RestoreLog;
import dev.newswatch.streams.restore.UncleanStopState;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link PipelineTopology} with exactly-once processing, dead-letter handlers for records
 * that cannot be read, processed or serialized for output, and stream threads that are replaced when
 * they die.
 *
 * <p>Local state is kept on start after a clean close, which the service marks; what a stop that was not clean
 * left goes, as exactly-once Kafka Streams would discard it anyway ({@link UncleanStopState}), and the stores
 * restore from their changelogs.
 */
public final class PipelineService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PipelineService.class);
  /** How long {@link #close()} waits for threads to finish and commit. */
  static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Topology topology;
  private final KafkaStreams streams;
  private final RestoreLog restoreLog;
  private final java.util.concurrent.CompletableFuture<ArticleTagger> tagger;
  private final String applicationId;
  private final java.nio.file.Path stateDir;

  /**
   * Builds the service; nothing connects until {@link #start()}.
   *
   * @param config        pipeline settings
   * @param streamsConfig Kafka Streams settings from the app; must contain at least
   *     {@code bootstrap.servers}, {@code application.id}, {@code state.dir} and
   *     {@code replication.factor}. The service sets the processing guarantee and exception handlers
   *     itself, overriding any given.
   * @param registry      where the pipeline metrics are registered
   * @throws IllegalArgumentException when a required streams setting is missing
   */
  public PipelineService(PipelineConfig config, Map<String, Object> streamsConfig, PrometheusRegistry registry) {
    this(config, streamsConfig, registry, ArticleTagger.defaults());
  }

  /**
   * As above with a given tagger (a user's rules or gazetteer), which the service closes when it closes.
   */
  public PipelineService(PipelineConfig config, Map<String, Object> streamsConfig, PrometheusRegistry registry,
      ArticleTagger tagger) {
    this(config, streamsConfig, registry,
        java.util.concurrent.CompletableFuture.completedFuture(Objects.requireNonNull(tagger, "tagger")));
  }

  /**
   * As above with a tagger still loading: {@link #start()} starts the stream threads at once, so that they
   * join the group and restore their state while the rules load, and the first article waits for them. A
   * load that fails fails that article's task; the caller is expected to wait for the future after
   * {@link #start()} and close the service when it failed. The service closes the tagger when it closes.
   */
  public PipelineService(PipelineConfig config, Map<String, Object> streamsConfig, PrometheusRegistry registry,
      java.util.concurrent.CompletableFuture<ArticleTagger> tagger) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(streamsConfig, "streamsConfig");
    Objects.requireNonNull(registry, "registry");
    PipelineMetrics metrics = new PipelineMetrics(registry);
    Map<String, Object> settings = StreamsSettings.of(streamsConfig, metrics);
    this.applicationId = String.valueOf(settings.get(StreamsConfig.APPLICATION_ID_CONFIG));
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.topology = PipelineTopology.build(config, tagger::join, metrics);
    Properties properties = new Properties();
    properties.putAll(settings);
    // What an unclean stop left goes before Streams opens it (it would only find out after the first
    // assignment, and rebalance once more to discard it).
    this.stateDir = java.nio.file.Path.of(String.valueOf(settings.get(StreamsConfig.STATE_DIR_CONFIG)));
    UncleanStopState.discard(stateDir, applicationId);
    this.streams = new KafkaStreams(topology, properties);
    streams.setUncaughtExceptionHandler(exception -> {
      LOG.warn("Stream thread of {} died, replacing it", applicationId, exception);
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.setStateListener((newState, oldState) ->
        LOG.info("Pipeline {} state {} -> {}", applicationId, oldState, newState));
    this.restoreLog = new RestoreLog(applicationId);
    streams.setGlobalStateRestoreListener(restoreLog);
  }

  /** What this instance has rebuilt from changelog topics since it was created. */
  public RestoreLog restoreLog() {
    return restoreLog;
  }

  /** Starts processing in the background. */
  public void start() {
    LOG.info("Starting pipeline {}", applicationId);
    streams.start();
  }

  /** Stops processing, waiting up to 30 seconds for threads to finish. */
  @Override
  public void close() {
    LOG.info("Closing pipeline {}", applicationId);
    // Leaving the group lets a restarted or other instance take the partitions at once; Streams' default
    // close keeps the membership until the session times out, which stalls a restart's rebalance.
    boolean stopped = streams.close(CloseOptions
        .groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
        .withTimeout(CLOSE_TIMEOUT));
    if (stopped) {
      UncleanStopState.markClean(stateDir, applicationId);
      LOG.info("Pipeline {} closed", applicationId);
      tagger.thenAccept(t -> {
        try {
          t.close();
        } catch (java.io.IOException e) {
          LOG.warn("Pipeline {}: closing the tagger failed: {}", applicationId, e.getMessage());
        }
      });
    } else {
      // Stream threads may still be tagging: leave the tagger to the JVM's exit.
      LOG.warn("Pipeline {} did not close within {}", applicationId, CLOSE_TIMEOUT);
    }
  }

  /** The current Kafka Streams state. */
  public KafkaStreams.State state() {
    return streams.state();
  }

  /** True while the pipeline is processing or rebalancing towards processing; a readiness signal. */
  public boolean isRunning() {
    KafkaStreams.State state = streams.state();
    return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
  }

  /** Kafka Streams' own client metrics, for export next to the pipeline's Prometheus metrics. */
  public Map<MetricName, ? extends Metric> kafkaMetrics() {
    return streams.metrics();
  }

  /** The topology this service runs. */
  public Topology topology() {
    return topology;
  }
}
