package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.delivery.DeliveryChannel;
import dev.newswatch.alerts.delivery.DeliveryResult;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one alert to every channel of its subscription. A channel whose attempt asks for a retry is
 * tried again after an exponential backoff, up to {@code maxAttempts} attempts; after the last one, or at
 * once on a permanent failure, a {@link DeliveryFailure} is handed to the dead-letter sink and the next
 * channel is served. Channels are independent: a failing webhook does not stop the console line.
 *
 * <p>Interruption (service shutdown) is never mistaken for a failure: it propagates as
 * {@link InterruptedException} without dead-lettering, and the alert is delivered again after restart.
 */
final class AlertDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);

  /** Receives what could not be delivered; returns only once the failure is durably stored. */
  @FunctionalInterface
  interface FailureSink {
    void publish(DeliveryFailure failure) throws InterruptedException;
  }

  /** Waits between attempts; replaced in tests. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Map<String, DeliveryChannel> channels;
  private final Backoff backoff;
  private final int maxAttempts;
  private final FailureSink failures;
  private final AlertsMetrics metrics;
  private final Sleeper sleeper;
  private final Clock clock;

  AlertDispatcher(Map<String, DeliveryChannel> channels, AlertsConfig config, FailureSink failures,
      AlertsMetrics metrics, Sleeper sleeper, Clock clock) {
    this.channels = Map.copyOf(channels);
    this.backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
    this.maxAttempts = config.maxAttempts();
    this.failures = failures;
    this.metrics = metrics;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  /** Delivers {@code alert} on each channel of {@code subscription}, dead-lettering what fails. */
  void dispatch(Alert alert, Subscription subscription) throws InterruptedException {
    for (Subscription.Channel channel : subscription.channels()) {
      deliver(alert, channel);
    }
  }

  private void deliver(Alert alert, Subscription.Channel channel) throws InterruptedException {
    DeliveryChannel delivery = channels.get(channel.type());
    if (delivery == null) {
      deadLetter(alert, channel, "no delivery channel for type " + channel.type(), 1);
      return;
    }
    for (int attempt = 1; ; attempt++) {
      DeliveryResult result = attempt(delivery, alert, channel);
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("delivery of alert " + alert.alertId() + " interrupted");
      }
      switch (result.outcome()) {
        case DELIVERED -> {
          return;
        }
        case PERMANENT_FAILURE -> {
          deadLetter(alert, channel, result.error(), attempt);
          return;
        }
        case RETRY -> {
          if (attempt >= maxAttempts) {
            deadLetter(alert, channel, result.error(), attempt);
            return;
          }
          Duration pause = backoff.delay(attempt);
          LOG.info("alert {} for subscription {}: {} attempt {}/{} failed ({}), retrying in {} ms", alert.alertId(),
              alert.subscriptionId(), channel.type(), attempt, maxAttempts, result.error(), pause.toMillis());
          sleeper.sleep(pause);
        }
      }
    }
  }

  private DeliveryResult attempt(DeliveryChannel delivery, Alert alert, Subscription.Channel channel) {
    long start = System.nanoTime();
    DeliveryResult result;
    try {
      result = delivery.deliver(alert, channel);
    } catch (RuntimeException e) {
      // A channel that throws has a bug; retrying would repeat it. The message is left out because it
      // may quote the URL.
      LOG.error("alert {}: {} channel failed unexpectedly", alert.alertId(), channel.type(), e);
      result = DeliveryResult.permanentFailure(channel.type() + " channel failed: " + e.getClass().getSimpleName());
    }
    metrics.attempt(channel.type(), result.outcome(), (System.nanoTime() - start) / 1e9);
    return result;
  }

  private void deadLetter(Alert alert, Subscription.Channel channel, String error, int attempts)
      throws InterruptedException {
    LOG.warn("alert {} for subscription {} not delivered to {} {} after {} attempt(s): {}; dead-lettering",
        alert.alertId(), alert.subscriptionId(), channel.type(), channel.target(), attempts, error);
    failures.publish(new DeliveryFailure(alert, channel.type(), channel.target(), error, attempts, clock.instant()));
    metrics.failed(channel.type());
  }
}
