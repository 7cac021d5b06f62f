package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertDigest;
import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.delivery.DeliveryChannel;
import dev.newswatch.alerts.delivery.DeliveryResult;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes single delivery attempts on the right {@link DeliveryChannel} and records them in the metrics, and
 * writes dead letters. When to retry and when to give up is the {@link Lane}'s business.
 *
 * <p>A channel that throws has a bug, which a retry would repeat: the attempt counts as a permanent failure.
 */
final class AlertDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  /** Receives what could not be delivered; returns only once the failure is durably stored. */
  @FunctionalInterface
  interface FailureSink {
    void publish(DeliveryFailure failure) throws InterruptedException;
  }

  private final Map<String, DeliveryChannel> channels;
  private final FailureSink failures;
  private final AlertsMetrics metrics;
  private final Clock clock;
  private final DeliveryJournal journal;

  AlertDispatcher(Map<String, DeliveryChannel> channels, FailureSink failures, AlertsMetrics metrics, Clock clock) {
    this(channels, failures, metrics, clock, new DeliveryJournal(1, 1));
  }

  /** @param journal records every attempt's outcome per alert and channel */
  AlertDispatcher(Map<String, DeliveryChannel> channels, FailureSink failures, AlertsMetrics metrics, Clock clock,
      DeliveryJournal journal) {
    this.journal = journal;
    this.channels = Map.copyOf(channels);
    this.failures = failures;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** One attempt to deliver {@code alert} on {@code channel}. */
  DeliveryResult attempt(Alert alert, Subscription.Channel channel) {
    // The message is left out of the log line because it may quote the URL.
    DeliveryResult result = attempt(channel, "alert " + alert.alertId(), alert,
        delivery -> delivery.deliver(alert, channel));
    journal.attempted(alert, channel, result.outcome() == DeliveryResult.Outcome.DELIVERED, result.error());
    return result;
  }

  /** Notes that {@code alert} waits for delivery on {@code channel}. */
  void queued(Alert alert, Subscription.Channel channel) {
    journal.queued(alert, channel);
  }

  /** One attempt to deliver {@code digest} as one message on {@code channel}. */
  DeliveryResult attempt(AlertDigest digest, Subscription.Channel channel) {
    DeliveryResult result = attempt(channel, "digest " + digest.digestId(), digest.alerts().get(0),
        delivery -> delivery.deliverDigest(digest, channel));
    for (Alert a : digest.alerts()) {
      journal.attempted(a, channel, result.outcome() == DeliveryResult.Outcome.DELIVERED, result.error());
    }
    return result;
  }

  /**
   * Runs {@code send} on the channel serving {@code channel}'s type, turning a throwing channel into a
   * permanent failure, and records the attempt.
   *
   * @param what   names what is delivered in the log line ("alert &lt;id&gt;")
   * @param oldest the alert whose age the delivery latency is measured from
   */
  private DeliveryResult attempt(Subscription.Channel channel, String what, Alert oldest,
      Function<DeliveryChannel, DeliveryResult> send) {
    DeliveryChannel delivery = channels.get(channel.type());
    if (delivery == null) {
      return DeliveryResult.permanentFailure("no delivery channel for type " + channel.type());
    }
    long start = System.nanoTime();
    DeliveryResult result;
    try {
      result = send.apply(delivery);
    } catch (RuntimeException e) {
      LOG.error("{}: {} channel failed unexpectedly", what, channel.type(), e);
      result = DeliveryResult.permanentFailure(channel.type() + " channel failed: " + e.getClass().getSimpleName());
    }
    record(channel, result, start, oldest);
    return result;
  }

  private void record(Subscription.Channel channel, DeliveryResult result, long start, Alert oldest) {
    metrics.attempt(channel.type(), result.outcome(), (System.nanoTime() - start) / 1e9);
    if (result.outcome() == DeliveryResult.Outcome.DELIVERED) {
      metrics.deliveredAfter(channel.type(), Duration.between(oldest.createdAt(), clock.instant()));
    }
  }

  /**
   * Writes the dead letter of {@code alert} on {@code channel}.
   *
   * @throws org.apache.kafka.common.KafkaException when it could not be stored; the alert stays pending
   */
  void deadLetter(Alert alert, Subscription.Channel channel, String error, int attempts) throws InterruptedException {
    LOG.warn("alert {} for subscription {} not delivered to {} after {} attempt(s): {}; dead-lettering",
        alert.alertId(), alert.subscriptionId(), channel.target(), attempts, error);
    failures.publish(new DeliveryFailure(alert, channel.type(), channel.target(), error, attempts, clock.instant()));
    journal.deadLettered(alert, channel, error);
    metrics.failed(channel.type());
  }
}
