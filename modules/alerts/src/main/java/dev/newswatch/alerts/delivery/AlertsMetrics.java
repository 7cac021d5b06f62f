package dev.newswatch.alerts.delivery;

import dev.newswatch.alerts.delivery.DeliveryResult.Outcome;
import dev.newswatch.model.Subscription;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.Locale;

/**
 * Every metric of the alerts module, declared in this one place. Label values are bounded: {@code channel}
 * is a channel type ({@link Subscription.Channel#TYPES}) and {@code outcome} an {@link Outcome}; subscription
 * ids and URLs never become labels.
 *
 * <p>Registering twice in one registry fails, so create one instance per registry and share it.
 */
public final class AlertsMetrics {

  private final Counter delivered;
  private final Counter failed;
  private final Counter attempts;
  private final Histogram deliverySeconds;
  private final Counter unknownSubscription;
  private final Histogram deliveredAfter;
  private final Counter retries;
  private final Gauge queued;
  private final Gauge pausedPartitions;

  /** Registers the metrics in {@code registry}. */
  public AlertsMetrics(PrometheusRegistry registry) {
    delivered = Counter.builder().name("newswatch_alerts_messages_delivered_total")
        .help("Messages delivered, by channel type: one per alert, or one per digest of several alerts")
        .labelNames("channel").register(registry);
    failed = Counter.builder().name("newswatch_alerts_failed_total")
        .help("Alerts given up on and dead-lettered, by channel type").labelNames("channel").register(registry);
    attempts = Counter.builder().name("newswatch_alerts_delivery_attempts_total")
        .help("Delivery attempts, by channel type and outcome").labelNames("channel", "outcome").register(registry);
    deliverySeconds = Histogram.builder().name("newswatch_alerts_delivery_seconds")
        .help("Duration of one delivery attempt, by channel type").unit(Unit.SECONDS).labelNames("channel")
        .classicOnly().register(registry);
    unknownSubscription = Counter.builder().name("newswatch_alerts_unknown_subscription_total")
        .help("Alerts skipped because their subscription is no longer configured").register(registry);
    deliveredAfter = Histogram.builder().name("newswatch_alerts_delivery_latency_seconds")
        .help("From alert creation (the story seen by matching) to delivery, by channel type; a digest counts "
            + "from its oldest alert")
        .unit(Unit.SECONDS).labelNames("channel")
        .classicUpperBounds(1, 5, 15, 60, 300, 900, 3600, 4 * 3600, 86_400)
        .register(registry);
    retries = Counter.builder().name("newswatch_alerts_delivery_retries_total")
        .help("Failed attempts that were scheduled for another try, by channel type").labelNames("channel")
        .register(registry);
    queued = Gauge.builder().name("newswatch_alerts_delivery_queued")
        .help("Alert records read but not yet finished (delivered or dead-lettered) on every channel")
        .register(registry);
    pausedPartitions = Gauge.builder().name("newswatch_alerts_delivery_paused_partitions")
        .help("Alert partitions not read because too many of their alerts are held undelivered").register(registry);
    for (String type : Subscription.Channel.TYPES) {
      deliveredAfter.initLabelValues(type);
      retries.initLabelValues(type);
      delivered.initLabelValues(type);
      failed.initLabelValues(type);
      deliverySeconds.initLabelValues(type);
      for (Outcome outcome : Outcome.values()) {
        attempts.initLabelValues(type, label(outcome));
      }
    }
  }

  /** One attempt on a channel finished with {@code outcome} after {@code seconds}. */
  public void attempt(String channelType, Outcome outcome, double seconds) {
    String channel = channel(channelType);
    attempts.labelValues(channel, label(outcome)).inc();
    deliverySeconds.labelValues(channel).observe(seconds);
    if (outcome == Outcome.DELIVERED) {
      delivered.labelValues(channel).inc();
    }
  }

  /** An alert was dead-lettered on a channel. */
  public void failed(String channelType) {
    failed.labelValues(channel(channelType)).inc();
  }

  /** An alert (or a digest, counted from its oldest alert) was delivered {@code latency} after its creation. */
  public void deliveredAfter(String channelType, java.time.Duration latency) {
    deliveredAfter.labelValues(channel(channelType)).observe(Math.max(0, latency.toMillis() / 1000.0));
  }

  /** A failed attempt will be tried again. */
  public void retryScheduled(String channelType) {
    retries.labelValues(channel(channelType)).inc();
  }

  /** Records held undelivered and partitions paused because of them. */
  public void queued(int records, int paused) {
    queued.set(records);
    pausedPartitions.set(paused);
  }

  /** An alert named a subscription that is not configured (any more). */
  public void unknownSubscription() {
    unknownSubscription.inc();
  }

  private static String channel(String type) {
    return Subscription.Channel.TYPES.contains(type) ? type : "other";
  }

  private static String label(Outcome outcome) {
    return outcome.name().toLowerCase(Locale.ROOT);
  }
}
