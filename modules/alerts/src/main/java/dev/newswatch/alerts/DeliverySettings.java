package dev.newswatch.alerts;

import dev.newswatch.model.Redacted;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How alerts are delivered, beyond the retry pacing in {@link AlertsConfig}: how long a failing subscriber
 * is retried, how much is held in memory, and the settings of the email, Telegram, SSE and Atom channels.
 *
 * @param retryBudget              how long an alert is retried on a failing channel before it is
 *                                 dead-lettered (at most 7 days; "a receiver down for an hour gets everything")
 * @param maxConcurrentDeliveries  requests in flight at once, over all subscriptions (1-1024)
 * @param maxQueuedPerSubscription alerts held for one subscription channel; when reached, the partition
 *                                 carrying it is paused until the queue drains (10-100,000)
 * @param maxBufferedPerPartition  undelivered alerts held per input partition before it is paused (10-1,000,000)
 * @param digestMaxItems           alerts listed in full in one digest; the rest are counted (1-1000)
 * @param sseBufferPerOwner        recent alerts kept per owner for Server-Sent Events resumption (1-10,000)
 * @param atomEntriesPerSubscription recent alerts in a subscription's Atom feed (1-1000)
 * @param telegramApiBase          Bot API base URL ({@code https://api.telegram.org}); a channel's url overrides it
 * @param feedSecret               key from which each subscription's Atom feed token is derived (at least 16
 *                                 characters), or null to accept only bearer tokens on feeds
 * @param smtp                     the mail server for email channels, or null when email is not configured
 * @param historyPerSubscription   alerts kept per subscription in the alert history (1-10,000)
 * @param historyWindow            how far back the alert history is rebuilt at start from the alerts and
 *                                 dead-letter topics (1 minute to 90 days)
 */
public record DeliverySettings(
    Duration retryBudget,
    int maxConcurrentDeliveries,
    int maxQueuedPerSubscription,
    int maxBufferedPerPartition,
    int digestMaxItems,
    int sseBufferPerOwner,
    int atomEntriesPerSubscription,
    URI telegramApiBase,
    String feedSecret,
    Smtp smtp,
    int historyPerSubscription,
    Duration historyWindow) {

  public DeliverySettings {
    AlertsConfig.requirePositive(retryBudget, "retryBudget");
    if (retryBudget.compareTo(Duration.ofDays(7)) > 0) {
      throw new IllegalArgumentException("retryBudget must be at most 7 days, was " + retryBudget);
    }
    range(maxConcurrentDeliveries, 1, 1024, "maxConcurrentDeliveries");
    range(maxQueuedPerSubscription, 10, 100_000, "maxQueuedPerSubscription");
    range(maxBufferedPerPartition, 10, 1_000_000, "maxBufferedPerPartition");
    range(digestMaxItems, 1, 1000, "digestMaxItems");
    range(sseBufferPerOwner, 1, 10_000, "sseBufferPerOwner");
    range(atomEntriesPerSubscription, 1, 1000, "atomEntriesPerSubscription");
    range(historyPerSubscription, 1, 10_000, "historyPerSubscription");
    AlertsConfig.requirePositive(historyWindow, "historyWindow");
    if (historyWindow.compareTo(Duration.ofMinutes(1)) < 0 || historyWindow.compareTo(Duration.ofDays(90)) > 0) {
      throw new IllegalArgumentException("historyWindow must be 1 minute to 90 days, was " + historyWindow);
    }
    telegramApiBase = telegramApiBase == null ? URI.create("https://api.telegram.org") : telegramApiBase;
    feedSecret = feedSecret == null || feedSecret.isBlank() ? null : feedSecret;
    if (feedSecret != null && feedSecret.length() < 16) {
      throw new IllegalArgumentException("feedSecret must be at least 16 characters");
    }
  }

  /** Alerts kept per subscription in the history by default. */
  public static final int DEFAULT_HISTORY_PER_SUBSCRIPTION = 100;
  /** How far back the history is rebuilt at start by default. */
  public static final Duration DEFAULT_HISTORY_WINDOW = Duration.ofDays(7);

  /** The settings of earlier versions, with the default alert history bounds. */
  public DeliverySettings(Duration retryBudget, int maxConcurrentDeliveries, int maxQueuedPerSubscription,
      int maxBufferedPerPartition, int digestMaxItems, int sseBufferPerOwner, int atomEntriesPerSubscription,
      URI telegramApiBase, String feedSecret, Smtp smtp) {
    this(retryBudget, maxConcurrentDeliveries, maxQueuedPerSubscription, maxBufferedPerPartition, digestMaxItems,
        sseBufferPerOwner, atomEntriesPerSubscription, telegramApiBase, feedSecret, smtp,
        DEFAULT_HISTORY_PER_SUBSCRIPTION, DEFAULT_HISTORY_WINDOW);
  }

  /**
   * Six hours of retries, 32 requests in flight, 1000 queued per subscription, 10,000 per partition; a history
   * of 100 alerts per subscription rebuilt from the last 7 days.
   */
  public static DeliverySettings defaults() {
    return new DeliverySettings(Duration.ofHours(6), 32, 1000, 10_000, 100, 200, 50, null, null, null);
  }

  /** These settings with other alert history bounds. */
  public DeliverySettings withHistory(int perSubscription, Duration window) {
    return new DeliverySettings(retryBudget, maxConcurrentDeliveries, maxQueuedPerSubscription,
        maxBufferedPerPartition, digestMaxItems, sseBufferPerOwner, atomEntriesPerSubscription, telegramApiBase,
        feedSecret, smtp, perSubscription, window);
  }

  public DeliverySettings withRetryBudget(Duration value) {
    return new DeliverySettings(value, maxConcurrentDeliveries, maxQueuedPerSubscription, maxBufferedPerPartition,
        digestMaxItems, sseBufferPerOwner, atomEntriesPerSubscription, telegramApiBase, feedSecret, smtp,
        historyPerSubscription, historyWindow);
  }

  public DeliverySettings withSmtp(Smtp value) {
    return new DeliverySettings(retryBudget, maxConcurrentDeliveries, maxQueuedPerSubscription,
        maxBufferedPerPartition, digestMaxItems, sseBufferPerOwner, atomEntriesPerSubscription, telegramApiBase,
        feedSecret, value, historyPerSubscription, historyWindow);
  }

  public DeliverySettings withFeedSecret(String value) {
    return new DeliverySettings(retryBudget, maxConcurrentDeliveries, maxQueuedPerSubscription,
        maxBufferedPerPartition, digestMaxItems, sseBufferPerOwner, atomEntriesPerSubscription, telegramApiBase,
        value, smtp, historyPerSubscription, historyWindow);
  }

  public DeliverySettings withQueueLimits(int perSubscription, int perPartition) {
    return new DeliverySettings(retryBudget, maxConcurrentDeliveries, perSubscription, perPartition,
        digestMaxItems, sseBufferPerOwner, atomEntriesPerSubscription, telegramApiBase, feedSecret, smtp,
        historyPerSubscription, historyWindow);
  }

  @Override
  public String toString() {
    return Redacted.toString(this, "feedSecret");
  }

  private static void range(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be " + min + "-" + max + ", was " + value);
    }
  }

  /**
   * The SMTP server email alerts are sent through ({@code alerts.smtp.*}).
   *
   * @param host     server name
   * @param port     1-65535 (587 submission with STARTTLS, 465 implicit TLS, 25 relay)
   * @param from     sender address
   * @param startTls require STARTTLS before authenticating and sending
   * @param ssl      implicit TLS from the first byte (port 465)
   * @param username login, or null for none
   * @param password password, or null; never logged
   * @param timeout  connect, read and write timeout (at most 2 min)
   */
  public record Smtp(String host, int port, String from, boolean startTls, boolean ssl, String username,
      String password, Duration timeout) {
    public Smtp {
      Objects.requireNonNull(host, "smtp host");
      Objects.requireNonNull(from, "smtp from");
      range(port, 1, 65_535, "smtp port");
      timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
      AlertsConfig.requirePositive(timeout, "smtp timeout");
      if (timeout.compareTo(Duration.ofMinutes(2)) > 0) {
        throw new IllegalArgumentException("smtp timeout must be at most 2 min");
      }
      username = username == null || username.isBlank() ? null : username;
    }

    @Override
    public String toString() {
      return "Smtp[" + host + ":" + port + ", from=" + from + ", startTls=" + startTls + ", ssl=" + ssl
          + ", username=" + username + ", password=" + (password == null ? "none" : "***") + ", timeout=" + timeout + "]";
    }
  }
}
