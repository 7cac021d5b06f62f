package dev.newswatch.alerts.delivery;

import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Atom channel: an alert is "delivered" when it is among its subscription's most recent alerts, which
 * {@link AtomFeedHandler} serves as an Atom feed. A redelivered alert (same id) replaces its earlier entry
 * rather than appearing twice. Like {@link SseChannel} the entries live in this process.
 *
 * <p>Feed readers cannot send an {@code Authorization} header, so a feed may also be opened with
 * {@code ?token=<feed token>}: the lower-case hex HMAC-SHA256 of the subscription id keyed with
 * {@code alerts.delivery.feedSecret} ({@link #feedToken}). It is unguessable without the secret, needs no
 * storage, and rotating the secret revokes every feed URL at once.
 */
public final class AtomChannel implements DeliveryChannel {

  /** The channel type served. */
  public static final String TYPE = "atom";

  private final int capacity;
  private final Map<String, Deque<Alert>> feeds = new ConcurrentHashMap<>();

  /** @param capacity entries kept per subscription */
  public AtomChannel(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  @Override
  public DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
    Deque<Alert> entries = feeds.computeIfAbsent(alert.subscriptionId(), id -> new ArrayDeque<>());
    synchronized (entries) {
      entries.removeIf(a -> a.alertId().equals(alert.alertId()));
      entries.addFirst(alert);
      while (entries.size() > capacity) {
        entries.removeLast();
      }
    }
    return DeliveryResult.delivered();
  }

  @Override
  public String type() {
    return TYPE;
  }

  /** The subscription's entries, newest first. */
  List<Alert> entries(String subscriptionId) {
    Deque<Alert> entries = feeds.get(subscriptionId);
    if (entries == null) {
      return List.of();
    }
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  /** The feed token of a subscription: hex HMAC-SHA256 of its id keyed with {@code feedSecret}. */
  public static String feedToken(String feedSecret, String subscriptionId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(feedSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(("atom-feed:" + subscriptionId).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Compares a presented token with the expected one in constant time. */
  static boolean tokenMatches(String feedSecret, String subscriptionId, String presented) {
    if (feedSecret == null || presented == null) {
      return false;
    }
    return MessageDigest.isEqual(feedToken(feedSecret, subscriptionId).getBytes(StandardCharsets.UTF_8),
        presented.getBytes(StandardCharsets.UTF_8));
  }
}
