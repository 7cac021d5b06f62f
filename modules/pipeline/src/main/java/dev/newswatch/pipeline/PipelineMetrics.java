package dev.newswatch.pipeline;

import dev.newswatch.model.Tags;
import dev.newswatch.pipeline.dedup.DedupStage;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Objects;

/**
 * Every metric the pipeline module declares. Label values are bounded: duplicate reasons are
 * {@code url}/{@code guid}, tags come from {@link Tags#ALL}, dead-letter stages are
 * {@code deserialization}/{@code processing}/{@code production}.
 *
 * <p>Under {@code exactly_once_v2} the records are exactly-once, these counters are not: a task that
 * is retried or moves to another instance re-processes its uncommitted records and counts them again.
 */
public final class PipelineMetrics {

  /** Dead-letter stage label of records that could not be deserialized. */
  public static final String STAGE_DESERIALIZATION = "deserialization";
  /** Dead-letter stage label of records whose processing threw. */
  public static final String STAGE_PROCESSING = "processing";
  /** Dead-letter stage label of output records that could not be serialized for their sink topic. */
  public static final String STAGE_PRODUCTION = "production";

  private static final String EOS_NOTE = " May over-count when a task is retried (counters are not transactional).";

  private final Counter articlesIn;
  private final Counter duplicatesDropped;
  private final Counter tags;
  private final Counter articlesTagged;
  private final Counter articlesOut;
  private final Counter deadLetters;
  private final Counter nearDuplicates;
  private final Counter storiesWritten;
  private final Counter clusterStateExpired;
  private final Counter clusterIncomplete;

  /**
   * Registers the pipeline metrics.
   *
   * @param registry the registry to register with; each registry can hold one {@code PipelineMetrics}
   * @throws IllegalArgumentException when the metrics are already registered there
   */
  public PipelineMetrics(PrometheusRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    articlesIn = Counter.builder()
        .name("newswatch_pipeline_articles_in_total")
        .help("Raw articles read by the pipeline." + EOS_NOTE)
        .register(registry);
    duplicatesDropped = Counter.builder()
        .name("newswatch_pipeline_duplicates_dropped_total")
        .help("Articles dropped as exact duplicates, by what matched (url, guid)." + EOS_NOTE)
        .labelNames("reason")
        .register(registry);
    tags = Counter.builder()
        .name("newswatch_pipeline_tags_total")
        .help("Tags assigned to articles, by tag (an article with two tags counts once under each)." + EOS_NOTE)
        .labelNames("tag")
        .register(registry);
    articlesTagged = Counter.builder()
        .name("newswatch_pipeline_articles_tagged_total")
        .help("Articles written with at least one tag." + EOS_NOTE)
        .register(registry);
    articlesOut = Counter.builder()
        .name("newswatch_pipeline_articles_out_total")
        .help("Deduplicated articles written by the pipeline, by kind (new, update: an edit of one written before)." + EOS_NOTE)
        .labelNames("kind")
        .register(registry);
    articlesOut.initLabelValues("new");
    articlesOut.initLabelValues("update");
    deadLetters = Counter.builder()
        .name("newswatch_pipeline_dead_letters_total")
        .help("Records sent to the pipeline dead-letter topic, by stage (deserialization, processing, production)." + EOS_NOTE)
        .labelNames("stage")
        .register(registry);
    nearDuplicates = Counter.builder()
        .name("newswatch_pipeline_near_duplicates_total")
        .help("Articles marked as near-duplicates (dupOf set) of another outlet's copy." + EOS_NOTE)
        .register(registry);
    storiesWritten = Counter.builder()
        .name("newswatch_pipeline_story_records_written_total")
        .help("Story records written to newswatch.stories.v1 (one per write, not per story), by kind (new, revision: a material change, "
            + "same_revision: another copy or source detail)." + EOS_NOTE)
        .labelNames("kind")
        .register(registry);
    clusterStateExpired = Counter.builder()
        .name("newswatch_pipeline_cluster_state_entries_expired_total")
        .help("Cluster state entries (store entries, not stories) deleted because they fell out of the 72 h window.")
        .register(registry);
    clusterIncomplete = Counter.builder()
        .name("newswatch_pipeline_cluster_incomplete_total")
        .help("Articles the story step decided without all their band reports after waiting a minute "
            + "(decided_without_reports), or band reports whose article never came (orphan_report). Zero unless "
            + "the band partition count was changed under a running application.")
        .labelNames("reason")
        .register(registry);
    clusterIncomplete.initLabelValues("decided_without_reports");
    clusterIncomplete.initLabelValues("orphan_report");
    for (String kind : new String[] {"new", "revision", "same_revision"}) {
      storiesWritten.initLabelValues(kind);
    }
    // Known label values start at 0, so rate() works from the first increment on.
    for (DedupStage stage : DedupStage.values()) {
      duplicatesDropped.initLabelValues(stage.reason());
    }
    Tags.ALL.forEach(tags::initLabelValues);
    deadLetters.initLabelValues(STAGE_DESERIALIZATION);
    deadLetters.initLabelValues(STAGE_PROCESSING);
    deadLetters.initLabelValues(STAGE_PRODUCTION);
  }

  void articleIn() {
    articlesIn.inc();
  }

  public void duplicateDropped(String reason) {
    duplicatesDropped.labelValues(reason).inc();
  }

  /** One article written with {@code tagNames}: each tag counts once, the article once if it has any. */
  public void articleTagged(java.util.Collection<String> tagNames) {
    tagNames.forEach(tag -> tags.labelValues(tag).inc());
    if (!tagNames.isEmpty()) {
      articlesTagged.inc();
    }
  }

  public void articleOut(boolean update) {
    articlesOut.labelValues(update ? "update" : "new").inc();
  }

  public void nearDuplicate() {
    nearDuplicates.inc();
  }

  public void storyWritten(String kind) {
    storiesWritten.labelValues(kind).inc();
  }

  public void clusterStateExpired(int entries) {
    clusterStateExpired.inc(entries);
  }

  public void clusterIncomplete(String reason) {
    clusterIncomplete.labelValues(reason).inc();
  }

  public void deadLetter(String stage) {
    deadLetters.labelValues(stage).inc();
  }
}
