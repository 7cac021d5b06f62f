package dev.newswatch.alerts;

import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Topics;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The matching half of the alerts service as a Kafka Streams topology:
 * <pre>
 * newswatch.stories.v1 (story id → Story, every revision)
 *   → alerts-match: one candidate per matching live subscription ({@link SubscriptionIndex})
 *   → alerts-dedup: the first alert per (subscription, story), later ones only on material change,
 *                   remembered in alerts-story-snapshots (changelogged window store, TTL = retention)
 *   → newswatch.alerts.v1 (subscription id → Alert)
 * </pre>
 * The index is shared and changes while the topology runs (subscriptions are followed from
 * {@code newswatch.subscriptions.v1}). Processor and store names are fixed here because they name internal
 * topics and state: renaming one is a breaking change for a running application.
 */
public final class AlertTopology {

  static final String SOURCE = "alerts-stories-source";
  static final String MATCH = "alerts-match";
  static final String DEDUP = "alerts-dedup";
  static final String SNAPSHOT_STORE = "alerts-story-snapshots";
  static final String SINK = "alerts-sink";

  private AlertTopology() {}

  /**
   * Builds the topology; a pure function of its arguments.
   *
   * @param index       the live subscriptions; shared with whatever keeps it up to date
   * @param snapshotTtl how long what a subscription was told about a story is remembered
   * @param metrics     match metrics
   */
  public static Topology build(SubscriptionIndex index, Duration snapshotTtl, MatchMetrics metrics) {
    return build(index, snapshotTtl, metrics, CompletableFuture.completedFuture(null));
  }

  /**
   * As above, matching only once {@code subscriptionsLoaded} is complete: the stream threads may start, join
   * the group and restore their state while the subscriptions are still being read, and the first story
   * waits for them ({@link MatchProcessor}). A future that fails stops the stream thread on that story
   * instead of matching it against an incomplete index.
   */
  public static Topology build(SubscriptionIndex index, Duration snapshotTtl, MatchMetrics metrics,
      CompletableFuture<?> subscriptionsLoaded) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(subscriptionsLoaded, "subscriptionsLoaded");
    Objects.requireNonNull(snapshotTtl, "snapshotTtl");
    Objects.requireNonNull(metrics, "metrics");
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.STORIES, Consumed.with(Topics.keySerde(), Topics.storySerde()).withName(SOURCE))
        .<String, AlertDedupPolicy.Candidate>process(() -> new MatchProcessor(index, metrics, subscriptionsLoaded), Named.as(MATCH))
        .<String, Alert>process(AlertDedupPolicy.supplier(SNAPSHOT_STORE, snapshotTtl, metrics), Named.as(DEDUP))
        .to(Topics.ALERTS, Produced.with(Topics.keySerde(), Topics.alertSerde()).withName(SINK));
    return builder.build();
  }
}
