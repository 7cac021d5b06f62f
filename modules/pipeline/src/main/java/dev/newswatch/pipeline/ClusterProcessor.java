package dev.newswatch.pipeline;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Near-duplicates and stories: runs {@link ClusterEngine} (the code of the offline {@code cluster} tool) over
 * store-backed state for each tagged article, and forwards
 * <ul>
 *   <li>the article with its {@code dupOf} and {@code storyId} (key: article id);</li>
 *   <li>when a fuller copy takes over a group, the former representative again, now with {@code dupOf};</li>
 *   <li>the story when it changed (key: story id).</li>
 * </ul>
 * A replayed article (restart, rebalance) or an update finds its recorded decision and keeps it; its story is
 * written again only if merging the article changed it (an update's new count), never as a second story.
 *
 * <p>State older than the clustering window behind the newest article time seen is deleted by a wall-clock
 * punctuator. Event time is the article's publication time, but never later than its fetch time (a feed's
 * date in the future must not expire everything).
 */
final class ClusterProcessor implements Processor<String, EnrichedArticle, String, ClusterOutput> {

  /** How often (wall clock) expired state is deleted. */
  static final Duration EXPIRY_INTERVAL = Duration.ofMinutes(1);

  private final ClusterEngine engine;
  private final long windowMs;
  private final PipelineMetrics metrics;
  private ProcessorContext<String, ClusterOutput> context;
  private StoreClusterState state;
  private TimedStore published;
  private TimedStore leads;
  private long latestEventMs = Long.MIN_VALUE;

  ClusterProcessor(ClusterConfig config, PipelineMetrics metrics) {
    this.engine = new ClusterEngine(config);
    this.windowMs = Math.max(config.dedupWindow().toMillis(), config.storyWindow().toMillis());
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, ClusterOutput> context) {
    this.context = context;
    this.state = new StoreClusterState(ClusterStores.timed(context, ClusterStores.CONTENT_HASHES),
        ClusterStores.bands(context), ClusterStores.timed(context, ClusterStores.FINGERPRINTS),
        ClusterStores.timed(context, ClusterStores.REPRESENTATIVES), ClusterStores.timed(context, ClusterStores.STORIES),
        ClusterStores.timed(context, ClusterStores.STORY_INDEX),
        ClusterStores.timed(context, ClusterStores.ARTICLE_STORIES));
    this.published = ClusterStores.timed(context, ClusterStores.PUBLISHED);
    this.leads = ClusterStores.timed(context, ClusterStores.LEADS);
    context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire());
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle enriched = record.value();
    if (enriched == null) {
      throw new IllegalArgumentException("record has no article value");
    }
    ClusterInput input = input(enriched);
    long time = input.published().toEpochMilli();
    latestEventMs = Math.max(latestEventMs, time);
    ClusterEngine.Result result = engine.process(input, state, state);
    EnrichedArticle clustered = enriched.withCluster(result.dupOf(), result.storyId());
    context.forward(record.withKey(enriched.id()).withValue(ClusterOutput.of(clustered)));
    if (result.dupOf() == null) {
      leads.put(enriched.id(), time, JsonCodec.toBytes(clustered));
    } else if (enriched.article().updatedAt() == null) {
      metrics.nearDuplicate();
    }
    if (result.demoted() != null) {
      reEmitDemoted(record, result);
    }
    byte[] before = published.get(result.storyId());
    StoryRecord previous = before == null ? null : JsonCodec.fromBytes(before, StoryRecord.class);
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    StoryRecord next = StoryPublisher.merge(previous, clustered, input, result, now);
    if (next != null) {
      published.put(result.storyId(), next.story().lastSeen().toEpochMilli(), JsonCodec.toBytes(next));
      context.forward(record.withKey(result.storyId()).withValue(ClusterOutput.of(next.story())));
      metrics.storyWritten(previous == null ? "new" : next.story().revision() > previous.story().revision()
          ? "revision" : "same_revision");
    }
  }

  /** The former representative's record again, now pointing at the fuller copy that took over. */
  private void reEmitDemoted(Record<String, EnrichedArticle> record, ClusterEngine.Result result) {
    byte[] bytes = leads.get(result.demoted());
    if (bytes == null) {
      return;
    }
    EnrichedArticle old = JsonCodec.fromBytes(bytes, EnrichedArticle.class);
    leads.delete(result.demoted());
    context.forward(record.withKey(old.id()).withValue(ClusterOutput.of(old.withCluster(result.id(), old.storyId()))));
  }

  private void expire() {
    if (latestEventMs == Long.MIN_VALUE) {
      return;
    }
    long cutoff = latestEventMs - windowMs;
    int n = state.expire(cutoff) + published.expire(cutoff) + leads.expire(cutoff);
    metrics.clusterStateExpired(n);
  }

  /**
   * The article as the clustering code sees it: its text is the page's main text, or the feed summary when
   * the page gave none; its time the publication time, capped at the fetch time.
   */
  static ClusterInput input(EnrichedArticle enriched) {
    Article a = enriched.article();
    String text = a.body() != null ? a.body() : a.summary();
    Instant time = a.publishedAt() == null || a.publishedAt().isAfter(a.fetchedAt()) ? a.fetchedAt() : a.publishedAt();
    return new ClusterInput(a.id(), a.url(), a.title(), text, time, a.language(), enriched.tagNames());
  }
}
