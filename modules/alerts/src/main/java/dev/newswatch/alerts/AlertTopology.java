package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.match.SubscriptionMatcher;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The matching half of the alerts service as a Kafka Streams topology:
 * <pre>
 * newswatch.articles.v1 (article id → EnrichedArticle)
 *   → alerts-match:  one Alert per matching subscription, re-keyed by subscription id
 *   → alerts-by-subscription: repartition, so each subscription's alerts live in one task
 *   → alerts-dedup:  drop an alert whose id (subscription, article) was seen within the dedup window
 *   → newswatch.alerts.v1 (subscription id → Alert)
 * </pre>
 * Processor, repartition and store names are fixed here because they name internal topics and state:
 * renaming one is a breaking change for a running application.
 */
public final class AlertTopology {

  static final String SOURCE = "alerts-articles-source";
  static final String MATCH = "alerts-match";
  static final String REPARTITION = "alerts-by-subscription";
  static final String DEDUP = "alerts-dedup";
  static final String DEDUP_STORE = "alerts-dedup-store";
  static final String SINK = "alerts-sink";

  private AlertTopology() {}

  /**
   * Builds the topology; a pure function of its arguments.
   *
   * @param subscriptions the subscriptions to match (ids unique)
   * @param config        supplies the dedup window
   * @param metrics       counts matches and dropped duplicates
   */
  public static Topology build(List<Subscription> subscriptions, AlertsConfig config, AlertsMetrics metrics) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(metrics, "metrics");
    SubscriptionMatcher matcher = new SubscriptionMatcher(subscriptions);
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.ARTICLES,
            Consumed.with(Topics.keySerde(), Topics.enrichedArticleSerde()).withName(SOURCE))
        .<String, Alert>process(() -> new MatchProcessor(matcher, metrics), Named.as(MATCH))
        .repartition(Repartitioned.with(Topics.keySerde(), Topics.alertSerde()).withName(REPARTITION))
        .<String, Alert>process(new DedupProcessor.Supplier(DEDUP_STORE, config.dedupWindow(), metrics),
            Named.as(DEDUP))
        .to(Topics.ALERTS, Produced.with(Topics.keySerde(), Topics.alertSerde()).withName(SINK));
    return builder.build();
  }
}
