package dev.newswatch.alerts.match;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.function.Supplier;

/**
 * Every metric of story matching, declared in this one place ({@code AlertsMetrics} holds delivery's).
 * Labels are bounded: {@code mode} is instant or digest, {@code paused} true or false, {@code kind} first or
 * update; subscription ids never become labels. Create one instance per registry.
 */
public final class MatchMetrics {

  /** Buckets of the queries-verified histogram: from one query to a whole large index. */
  private static final double[] VERIFIED_BUCKETS = {0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000, 20000, 100000};

  private final Counter matches;
  private final Counter alerts;
  private final Counter suppressed;
  private final Counter belowMinSources;
  private final Counter errors;
  private final Histogram matchSeconds;
  private final Histogram verified;

  /**
   * @param registry where to register
   * @param counts   the subscriptions known, by mode and paused; read at each scrape
   */
  public MatchMetrics(PrometheusRegistry registry, Supplier<SubscriptionCounts> counts) {
    matches = Counter.builder().name("newswatch_alerts_story_matches_total")
        .help("Story-subscription matches, before the one-alert-per-story check").register(registry);
    alerts = Counter.builder().name("newswatch_alerts_story_alerts_total")
        .help("Alerts written for stories: first alerts and material updates").labelNames("kind").register(registry);
    alerts.initLabelValues("first");
    alerts.initLabelValues("update");
    suppressed = Counter.builder().name("newswatch_alerts_repeats_suppressed_total")
        .help("Matches of a story already alerted to the subscription, with nothing material new").register(registry);
    belowMinSources = Counter.builder().name("newswatch_alerts_below_min_sources_total")
        .help("Matches held back because the story has fewer independent outlets than minSources")
        .register(registry);
    errors = Counter.builder().name("newswatch_alerts_match_errors_total")
        .help("Subscription queries that failed on a story, or subscriptions refused by the index")
        .register(registry);
    matchSeconds = Histogram.builder().name("newswatch_alerts_match_seconds")
        .help("Time to match one story against every subscription").unit(Unit.SECONDS).classicOnly()
        .classicUpperBounds(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1).register(registry);
    verified = Histogram.builder().name("newswatch_alerts_queries_verified")
        .help("Subscription queries the presearcher selected and the monitor ran, per story").classicOnly()
        .classicUpperBounds(VERIFIED_BUCKETS).register(registry);
    GaugeWithCallback.builder().name("newswatch_alerts_subscriptions")
        .help("Subscriptions known to this instance, by mode and paused").labelNames("mode", "paused")
        .callback(cb -> {
          SubscriptionCounts c = counts.get();
          cb.call(c.instantActive(), "instant", "false");
          cb.call(c.instantPaused(), "instant", "true");
          cb.call(c.digestActive(), "digest", "false");
          cb.call(c.digestPaused(), "digest", "true");
        }).register(registry);
  }

  /** How many subscriptions there are of each kind. */
  public record SubscriptionCounts(long instantActive, long instantPaused, long digestActive, long digestPaused) {
    public static final SubscriptionCounts NONE = new SubscriptionCounts(0, 0, 0, 0);
  }

  /** One story matched: {@code matches} subscriptions, {@code queriesRun} verified, in {@code seconds}. */
  public void storyMatched(int matchCount, int queriesRun, double seconds) {
    matches.inc(matchCount);
    verified.observe(queriesRun);
    matchSeconds.observe(seconds);
  }

  public void alerted(boolean update) {
    alerts.labelValues(update ? "update" : "first").inc();
  }

  public void suppressed() {
    suppressed.inc();
  }

  public void belowMinSources() {
    belowMinSources.inc();
  }

  public void error() {
    errors.inc();
  }
}
