package dev.newswatch.alerts;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the alerts service. Built by the app from its configuration file. Its {@code toString}
 * masks the secrets of {@link DeliverySettings}, so the record may be logged as is.
 *
 * @param dedupWindow           how long a (subscription, article) pair is remembered, so the same article
 *                              arriving again within this window alerts no one a second time
 * @param maxAttempts           the fewest attempts per alert and channel before it may be dead-lettered (1-20);
 *                              it is dead-lettered once it has had that many AND {@link DeliverySettings#retryBudget()}
 *                              has passed since its first attempt
 * @param initialBackoff        pause after the first failed attempt; it doubles after each further one (with jitter)
 * @param maxBackoff            upper bound of the pause between two attempts (at most 5 min)
 * @param webhookTimeout        connect and response timeout of one webhook request (at most 2 min)
 * @param allowPrivateNetworks  when true webhooks may target loopback and private addresses (closed deployments)
 * @param allowedHosts          {@code host} or {@code host:port} entries webhooks may target whatever they resolve to
 * @param delivery              retry budget, queue bounds and channel settings (SMTP, Telegram, SSE, Atom)
 */
public record AlertsConfig(
    Duration dedupWindow,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    Duration webhookTimeout,
    boolean allowPrivateNetworks,
    List<String> allowedHosts,
    DeliverySettings delivery) {

  public AlertsConfig {
    requirePositive(dedupWindow, "dedupWindow");
    requirePositive(initialBackoff, "initialBackoff");
    requirePositive(maxBackoff, "maxBackoff");
    requirePositive(webhookTimeout, "webhookTimeout");
    if (maxAttempts < 1 || maxAttempts > 20) {
      throw new IllegalArgumentException("maxAttempts must be 1-20, was " + maxAttempts);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
    }
    // Backoff sleeps must stay well inside the consumer's poll interval, which is derived from these.
    if (maxBackoff.compareTo(Duration.ofMinutes(5)) > 0 || webhookTimeout.compareTo(Duration.ofMinutes(2)) > 0) {
      throw new IllegalArgumentException("maxBackoff must be at most 5 min and webhookTimeout at most 2 min");
    }
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    delivery = delivery == null ? DeliverySettings.defaults() : delivery;
  }

  /** The settings of earlier versions, with {@link DeliverySettings#defaults()}. */
  public AlertsConfig(Duration dedupWindow, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
      Duration webhookTimeout, boolean allowPrivateNetworks, List<String> allowedHosts) {
    this(dedupWindow, maxAttempts, initialBackoff, maxBackoff, webhookTimeout, allowPrivateNetworks, allowedHosts,
        DeliverySettings.defaults());
  }

  /** This configuration with other delivery settings. */
  public AlertsConfig withDelivery(DeliverySettings value) {
    return new AlertsConfig(dedupWindow, maxAttempts, initialBackoff, maxBackoff, webhookTimeout,
        allowPrivateNetworks, allowedHosts, value);
  }

  /** Seven-day dedup, 5 attempts backing off from 500 ms to 30 s, 10 s webhook timeout, public targets only. */
  public static AlertsConfig defaults() {
    return new AlertsConfig(Duration.ofDays(7), 5, Duration.ofMillis(500), Duration.ofSeconds(30),
        Duration.ofSeconds(10), false, List.of(), DeliverySettings.defaults());
  }

  static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
