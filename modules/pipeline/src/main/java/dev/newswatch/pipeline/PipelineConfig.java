package dev.newswatch.pipeline;

import dev.newswatch.analysis.cluster.ClusterConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * What the pipeline topology needs to know beyond its code.
 *
 * @param dedupWindow how long (in record time) an article URL or GUID is remembered: a copy arriving
 *     within this window of the first one is dropped. It is also the retention of the dedup stores,
 *     so it bounds their size.
 * @param cluster     near-duplicate and story parameters (thresholds, 72 h windows); the same record the
 *     offline {@code cluster} tool takes, so both decide alike
 * @param bandPartitions partitions of the cluster stage's band repartition topic: how many tasks search
 *     near-duplicate candidates in parallel. Fixed for an application id (the topic is created with it and
 *     band keys are routed by it); give it the article topics' partition count.
 */
public record PipelineConfig(Duration dedupWindow, ClusterConfig cluster, int bandPartitions) {

  /** Default {@link #bandPartitions()}: the default partition count of the article topics. */
  public static final int DEFAULT_BAND_PARTITIONS = 4;

  /** Default {@link #dedupWindow()}: outlets rarely re-publish an item in its feed after a week. */
  public static final Duration DEFAULT_DEDUP_WINDOW = Duration.ofDays(7);

  /**
   * Validates the config.
   *
   * @throws IllegalArgumentException when the window is not positive or shorter than a second
   */
  public PipelineConfig {
    Objects.requireNonNull(dedupWindow, "dedupWindow");
    Objects.requireNonNull(cluster, "cluster");
    if (bandPartitions < 1 || bandPartitions > 1_000) {
      throw new IllegalArgumentException("bandPartitions must be 1..1000, got " + bandPartitions);
    }
    if (dedupWindow.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("dedupWindow must be at least one second, got " + dedupWindow);
    }
  }

  /** A config with the given exact-dedup window and the tuned clustering defaults. */
  public PipelineConfig(Duration dedupWindow) {
    this(dedupWindow, ClusterConfig.defaults(), DEFAULT_BAND_PARTITIONS);
  }

  /** A config with the given exact-dedup window and band partitions, and the tuned clustering defaults. */
  public PipelineConfig(Duration dedupWindow, int bandPartitions) {
    this(dedupWindow, ClusterConfig.defaults(), bandPartitions);
  }

  /** The config with every default. */
  public static PipelineConfig defaults() {
    return new PipelineConfig(DEFAULT_DEDUP_WINDOW);
  }
}
