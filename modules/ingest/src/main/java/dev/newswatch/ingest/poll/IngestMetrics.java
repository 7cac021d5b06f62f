package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.fetch.FetchException;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every metric of the ingest module, declared in one place. Label values come from fixed sets (never
 * URLs), so the number of series is bounded whatever the feeds do.
 */
public final class IngestMetrics {

  /**
   * Values of the {@code outcome} label: a 200 split into {@code new_items} and {@code unchanged} (no
   * item not seen before), the other poll statuses, and a failed publish.
   */
  static final String NEW_ITEMS = "new_items";
  static final String UNCHANGED = "unchanged";
  static final String PUBLISH_ERROR = "publish_error";
  static final List<String> OUTCOMES = List.of(NEW_ITEMS, UNCHANGED, PollOutcome.Status.NOT_MODIFIED.label(),
      PollOutcome.Status.FETCH_ERROR.label(), PollOutcome.Status.PARSE_ERROR.label(),
      PollOutcome.Status.BLOCKED.label(), PUBLISH_ERROR);

  /** Values of the {@code reason} label of fetch errors. */
  static final List<String> FETCH_ERROR_REASONS =
      Arrays.stream(FetchException.Reason.values()).map(FetchException.Reason::label).toList();

  /** Values of the {@code reason} label of skipped items. */
  static final String SKIP_NO_LINK = "no_link";
  static final String SKIP_BAD_URL = "bad_url";
  static final String SKIP_OVER_LIMIT = "over_limit";
  static final List<String> SKIP_REASONS = List.of(SKIP_NO_LINK, SKIP_BAD_URL, SKIP_OVER_LIMIT);

  /** The {@code outcome} of a page read that failed in a way worth another try, its article held back. */
  static final String PAGE_HELD_BACK = "held_back";
  /** Values of the {@code outcome} label of article page reads. */
  static final List<String> PAGE_OUTCOMES = List.of(ArticlePages.EXTRACTED, ArticlePages.NOT_ARTICLE,
      ArticlePages.NOT_HTML, ArticlePages.FETCH_ERROR, ArticlePages.EXTRACT_ERROR, ArticlePages.SKIPPED,
      PAGE_HELD_BACK);

  private final Counter polls;
  private final Counter articlePages;
  private final Counter pageFetchErrors;
  private final Histogram extractSeconds;
  private final Counter articlesUpdated;
  private final Counter itemsPolled;
  private final Counter articlesPublished;
  private final Counter itemsSkipped;
  private final Histogram fetchSeconds;
  private final Gauge feedsConfigured;
  private final Gauge feedsFailing;
  private final Counter fetchErrors;
  private final Histogram lateness;
  private final Gauge feedsByStatus;
  private final Gauge backlog;
  private final Counter producerReplacements;

  /** Registers the metrics; a registry takes one instance (names must be unique in it). */
  public IngestMetrics(PrometheusRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    polls = Counter.builder().name("newswatch_ingest_feed_polls_total")
        .help("Feed polls by outcome").labelNames("outcome").register(registry);
    OUTCOMES.forEach(polls::initLabelValues);
    itemsPolled = Counter.builder().name("newswatch_ingest_articles_polled_total")
        .help("Items found in parsed feeds, new or not").register(registry);
    articlesPublished = Counter.builder().name("newswatch_ingest_articles_published_total")
        .help("New articles committed to the raw articles topic").register(registry);
    itemsSkipped = Counter.builder().name("newswatch_ingest_feed_items_skipped_total")
        .help("Feed items left out, by reason").labelNames("reason").register(registry);
    SKIP_REASONS.forEach(itemsSkipped::initLabelValues);
    fetchSeconds = Histogram.builder().name("newswatch_ingest_feed_fetch_seconds").unit(Unit.SECONDS)
        .help("Time to fetch a feed, redirects and body included, failures too")
        .classicUpperBounds(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60).register(registry);
    feedsConfigured = Gauge.builder().name("newswatch_ingest_feeds_configured")
        .help("Feeds this poller instance polls now (the feeds of its registry partitions)").register(registry);
    feedsFailing = Gauge.builder().name("newswatch_ingest_feeds_failing")
        .help("Feeds whose last poll failed").register(registry);
    fetchErrors = Counter.builder().name("newswatch_ingest_feed_fetch_errors_total")
        .help("Failed fetches by reason").labelNames("reason").register(registry);
    FETCH_ERROR_REASONS.forEach(fetchErrors::initLabelValues);
    lateness = Histogram.builder().name("newswatch_ingest_feed_item_lateness_seconds").unit(Unit.SECONDS)
        .help("Time from an item's published date to our publishing it, for dated items, at least 0")
        .classicUpperBounds(30, 60, 120, 300, 600, 1800, 3600, 7200, 21600, 86400, 604800).register(registry);
    feedsByStatus = Gauge.builder().name("newswatch_ingest_feeds")
        .help("Configured feeds by status (ok, failing, broken)").labelNames("status").register(registry);
    FeedStatus.STATUSES.forEach(feedsByStatus::initLabelValues);
    articlePages = Counter.builder().name("newswatch_ingest_article_pages_total")
        .help("Article pages read for new or edited items, by outcome").labelNames("outcome").register(registry);
    PAGE_OUTCOMES.forEach(articlePages::initLabelValues);
    pageFetchErrors = Counter.builder().name("newswatch_ingest_article_page_fetch_errors_total")
        .help("Failed fetches of article pages (continuation pages included), by reason").labelNames("reason")
        .register(registry);
    FETCH_ERROR_REASONS.forEach(pageFetchErrors::initLabelValues);
    extractSeconds = Histogram.builder().name("newswatch_ingest_article_extract_seconds").unit(Unit.SECONDS)
        .help("Time to extract text and metadata from one article page")
        .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10).register(registry);
    articlesUpdated = Counter.builder().name("newswatch_ingest_articles_updated_total")
        .help("Edited items published again as updates of their article").register(registry);
    backlog = Gauge.builder().name("newswatch_ingest_feeds_poll_backlog")
        .help("Feeds whose next poll time has passed but whose poll has not started").register(registry);
    producerReplacements = Counter.builder().name("newswatch_ingest_producer_replacements_total")
        .help("Transactional producers replaced after an error that left them unusable").register(registry);
  }

  void producerReplaced() {
    producerReplacements.inc();
  }

  void poll(String outcome) {
    if (!OUTCOMES.contains(outcome)) {
      throw new IllegalArgumentException("unknown poll outcome " + outcome);
    }
    polls.labelValues(outcome).inc();
  }

  void itemsPolled(int count) {
    itemsPolled.inc(count);
  }

  void articlesPublished(int count) {
    articlesPublished.inc(count);
  }

  void itemsSkipped(String reason, int count) {
    if (!SKIP_REASONS.contains(reason)) {
      throw new IllegalArgumentException("unknown skip reason " + reason);
    }
    if (count > 0) {
      itemsSkipped.labelValues(reason).inc(count);
    }
  }

  void fetchSeconds(double seconds) {
    fetchSeconds.observe(seconds);
  }

  void feedsConfigured(int count) {
    feedsConfigured.set(count);
  }

  void feedsFailing(int count) {
    feedsFailing.set(count);
  }

  void fetchError(String reason) {
    if (!FETCH_ERROR_REASONS.contains(reason)) {
      throw new IllegalArgumentException("unknown fetch error reason " + reason);
    }
    fetchErrors.labelValues(reason).inc();
  }

  /** One published item's delay behind its published date; negative values (clock skew) count as 0. */
  void lateness(double seconds) {
    lateness.observe(Math.max(0, seconds));
  }

  /** Feeds per status; every status of {@link FeedStatus#STATUSES} is set, missing ones to 0. */
  void feedsByStatus(Map<String, Integer> counts) {
    for (String status : FeedStatus.STATUSES) {
      feedsByStatus.labelValues(status).set(counts.getOrDefault(status, 0));
    }
  }

  void articlePage(String outcome) {
    if (!PAGE_OUTCOMES.contains(outcome)) {
      throw new IllegalArgumentException("unknown page outcome " + outcome);
    }
    articlePages.labelValues(outcome).inc();
  }

  void pageFetchError(String reason) {
    if (!FETCH_ERROR_REASONS.contains(reason)) {
      throw new IllegalArgumentException("unknown fetch error reason " + reason);
    }
    pageFetchErrors.labelValues(reason).inc();
  }

  void extractSeconds(double seconds) {
    extractSeconds.observe(seconds);
  }

  void articlesUpdated(int count) {
    if (count > 0) {
      articlesUpdated.inc(count);
    }
  }

  void backlog(int count) {
    backlog.set(count);
  }
}
