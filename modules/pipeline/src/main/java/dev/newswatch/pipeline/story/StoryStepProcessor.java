package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.pipeline.PipelineMetrics;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Step 3 of the cluster stage, on the one story-step partition: gathers each article with the reports of
 * its band partitions, then decides, one article at a time, whether it copies an earlier one and which
 * story it joins ({@link ClusterEngine#decide}, the code of the offline {@code cluster} tool), and forwards
 * <ul>
 *   <li>the article with its {@code dupOf} and {@code storyId} (key: article id);</li>
 *   <li>when a fuller copy takes over a group, the former representative again, now with {@code dupOf};</li>
 *   <li>the story when it changed (key: story id).</li>
 * </ul>
 * A replayed article (restart, rebalance) or an update finds its recorded decision and keeps it; its story is
 * written again only if merging the article changed it (an update's new count), never as a second story.
 *
 * <p>An article whose reports have not all arrived after {@link #STALE_AFTER} (wall clock) is decided with
 * what came, counted and logged: under exactly-once every report arrives, so this only happens when the
 * band partition count was changed under a running application; the article is not lost.
 *
 * <p>State older than the clustering window behind the newest article time seen is deleted by a wall-clock
 * punctuator. Event time is the article's publication time, but never later than its fetch time (a feed's
 * date in the future must not expire everything).
 */
final class StoryStepProcessor implements Processor<String, ClusterMessages.StoryMessage, String, ClusterOutput> {

  private static final Logger LOG = LoggerFactory.getLogger(StoryStepProcessor.class);

  /** How often (wall clock) a slice of the state is looked at for expired entries. */
  static final Duration EXPIRY_INTERVAL = Duration.ofSeconds(5);
  /** Entries looked at per store and punctuation: a full pass over 100,000 entries takes about 4 minutes. */
  static final int EXPIRY_SLICE = 2_000;
  /** How often (wall clock) articles still waiting for band reports are looked at. */
  static final Duration SWEEP_INTERVAL = Duration.ofSeconds(10);
  /** How long an article may wait for its band reports before it is decided without them. */
  static final Duration STALE_AFTER = Duration.ofMinutes(1);

  private final ClusterEngine engine;
  private final long windowMs;
  private final PipelineMetrics metrics;
  private ProcessorContext<String, ClusterOutput> context;
  private StoreClusterState state;
  private TimedStore pending;
  private TimedStore progress;
  /** Published stories, kept decoded (write-through, like the summaries in {@link StoreClusterState}). */
  private DecodedCache<StoryRecord> published;
  private TimedStore leads;
  private long latestEventMs = Long.MIN_VALUE;

  StoryStepProcessor(ClusterConfig config, PipelineMetrics metrics) {
    this.engine = new ClusterEngine(config);
    this.windowMs = Math.max(config.dedupWindow().toMillis(), config.storyWindow().toMillis());
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, ClusterOutput> context) {
    this.context = context;
    this.state = new StoreClusterState(ClusterStores.timed(context, ClusterStores.DECIDED),
        ClusterStores.timed(context, ClusterStores.LINKS), ClusterStores.timed(context, ClusterStores.STORIES),
        ClusterStores.timed(context, ClusterStores.STORY_INDEX),
        ClusterStores.timed(context, ClusterStores.ARTICLE_STORIES));
    this.pending = ClusterStores.timed(context, ClusterStores.PENDING);
    this.progress = ClusterStores.timed(context, ClusterStores.PENDING_PROGRESS);
    this.published = new DecodedCache<>(ClusterStores.timed(context, ClusterStores.PUBLISHED),
        StoreClusterState.STORY_CACHE, bytes -> JsonCodec.fromBytes(bytes, StoryRecord.class), JsonCodec::toBytes,
        null);
    this.leads = ClusterStores.timed(context, ClusterStores.LEADS);
    context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire());
    context.schedule(SWEEP_INTERVAL, PunctuationType.WALL_CLOCK_TIME, this::sweep);
  }

  @Override
  public void process(Record<String, ClusterMessages.StoryMessage> record) {
    ClusterMessages.StoryMessage m = record.value();
    if (m == null) {
      throw new IllegalArgumentException("record has no story-step message");
    }
    String key = m.articleId() + "#" + Long.toHexString(m.token());
    byte[] before = progress.get(key);
    ClusterMessages.Progress p = before == null
        ? ClusterMessages.Progress.start(context.currentSystemTimeMs()) : ClusterMessages.progress(before);
    ClusterMessages.StoryMessage article;
    if (m.isArticle()) {
      p = p.withArticle(m.expected());
      article = m;
      if (!p.complete()) {
        // Stored once; the reports only rewrite the small progress record.
        pending.put(key, p.firstSeenMs(), ClusterMessages.encode(m));
      }
    } else {
      p = p.withReport(m.matches());
      article = p.complete() ? waiting(key) : null;
    }
    if (!p.complete()) {
      progress.put(key, p.firstSeenMs(), ClusterMessages.encode(p));
      return;
    }
    if (before != null) {
      progress.delete(key);
    }
    if (article != m) {
      pending.delete(key);
    }
    decide(record, new ClusterMessages.Pending(article, p.reports(), p.matches()));
  }

  private ClusterMessages.StoryMessage waiting(String key) {
    byte[] bytes = pending.get(key);
    if (bytes == null) {
      throw new IllegalStateException("story step: the article of " + key + " is missing from " + ClusterStores.PENDING);
    }
    return ClusterMessages.storyMessage(bytes);
  }

  private void decide(Record<?, ?> record, ClusterMessages.Pending p) {
    ClusterMessages.StoryMessage a = p.article();
    EnrichedArticle enriched = JsonCodec.fromBytes(a.articleJson(), EnrichedArticle.class);
    ClusterInput input = input(enriched);
    long time = input.published().toEpochMilli();
    latestEventMs = Math.max(latestEventMs, time);
    ClusterEngine.Result result = engine.decide(input, a.words(), a.features(), p.matches(), state, state);
    EnrichedArticle clustered = enriched.withCluster(result.dupOf(), result.storyId());
    Record<String, ClusterOutput> out = new Record<>(enriched.id(), ClusterOutput.of(clustered), record.timestamp(),
        record.headers());
    context.forward(out);
    if (result.dupOf() == null) {
      leads.put(enriched.id(), time, lead(result.storyId(), a.articleJson()));
    } else if (enriched.article().updatedAt() == null) {
      metrics.nearDuplicate();
    }
    if (result.demoted() != null) {
      reEmitDemoted(out, result);
    }
    StoryRecord previous = published.get(result.storyId());
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    StoryRecord next = StoryPublisher.merge(previous, clustered, input, result, now);
    if (next != null) {
      published.put(result.storyId(), next.story().lastSeen().toEpochMilli(), next);
      context.forward(out.withKey(result.storyId()).withValue(ClusterOutput.of(next.story())));
      metrics.storyWritten(previous == null ? "new" : next.story().revision() > previous.story().revision()
          ? "revision" : "same_revision");
    }
  }

  /** Decides articles whose band reports are overdue with what came (see the class comment). */
  private void sweep(long now) {
    for (KeyValue<String, byte[]> e : progress.olderThan(now - STALE_AFTER.toMillis(), 1_000)) {
      ClusterMessages.Progress p = ClusterMessages.progress(e.value);
      progress.delete(e.key);
      if (!p.hasArticle()) {
        LOG.warn("cluster stage: dropping {} band report(s) for {} whose article never arrived", p.reports(), e.key);
        metrics.clusterIncomplete("orphan_report");
        continue;
      }
      ClusterMessages.StoryMessage article = waiting(e.key);
      pending.delete(e.key);
      LOG.warn("cluster stage: deciding {} with {} of {} band reports after waiting {}", article.articleId(),
          p.reports(), p.expected(), STALE_AFTER);
      metrics.clusterIncomplete("decided_without_reports");
      decide(new Record<>(article.articleId(), p, now), new ClusterMessages.Pending(article, p.reports(), p.matches()));
    }
  }

  /** A lead's stored form: its story id, then the article's JSON as it came (no re-encoding). */
  private static byte[] lead(String storyId, byte[] articleJson) {
    byte[] id = storyId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return java.nio.ByteBuffer.allocate(2 + id.length + articleJson.length).putShort((short) id.length).put(id)
        .put(articleJson).array();
  }

  /** The former representative's record again, now pointing at the fuller copy that took over. */
  private void reEmitDemoted(Record<String, ClusterOutput> record, ClusterEngine.Result result) {
    byte[] bytes = leads.get(result.demoted());
    if (bytes == null) {
      return;
    }
    java.nio.ByteBuffer lead = java.nio.ByteBuffer.wrap(bytes);
    byte[] storyId = new byte[lead.getShort()];
    lead.get(storyId);
    EnrichedArticle old = JsonCodec.fromBytes(java.util.Arrays.copyOfRange(bytes, lead.position(), bytes.length),
        EnrichedArticle.class);
    leads.delete(result.demoted());
    context.forward(record.withKey(old.id()).withValue(ClusterOutput.of(
        old.withCluster(result.id(), new String(storyId, java.nio.charset.StandardCharsets.UTF_8)))));
  }

  private void expire() {
    if (latestEventMs == Long.MIN_VALUE) {
      return;
    }
    long cutoff = latestEventMs - windowMs;
    int n = state.expire(cutoff, EXPIRY_SLICE) + published.expire(cutoff, EXPIRY_SLICE)
        + leads.expire(cutoff, EXPIRY_SLICE, k -> { });
    // Articles waiting for reports are swept by wall clock (sweep), not by event time.
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
