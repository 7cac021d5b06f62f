package dev.newswatch.alerts;

import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The recent alerts of each subscription with what became of each on every channel: queued, delivered,
 * retrying (with the last error) or dead-lettered (with the error it was given up on). Kept in memory by
 * the instance that delivers the subscription's partition, bounded per subscription and in the number of
 * subscriptions (the least recently alerted are forgotten first). The durable records are the alerts topic
 * and the dead-letter topic: at start {@link AlertHistoryRebuild} replays their recent records into the
 * journal through {@link #restore}, so the history survives a restart. Error texts are the dispatcher's, which never
 * carry channel secrets; channels are named by {@link Subscription.Channel#target()}, which carries none.
 */
public final class DeliveryJournal {

  /** Alerts kept per subscription. */
  public static final int DEFAULT_PER_SUBSCRIPTION = 100;
  /** Subscriptions kept. */
  public static final int DEFAULT_SUBSCRIPTIONS = 10_000;

  /** Delivery states of one alert on one channel. */
  public static final String QUEUED = "queued";
  public static final String DELIVERED = "delivered";
  public static final String RETRYING = "retrying";
  public static final String DEAD_LETTERED = "dead_lettered";

  /**
   * One channel's state for one alert.
   *
   * @param type      the channel type
   * @param target    the non-secret description of the destination
   * @param state     {@link #QUEUED}, {@link #DELIVERED}, {@link #RETRYING} or {@link #DEAD_LETTERED}
   * @param attempts  attempts made so far
   * @param lastError the last attempt's error, or null after a success
   * @param updatedAt when the state last changed
   */
  public record ChannelState(String type, String target, String state, int attempts, String lastError,
      Instant updatedAt) {}

  /**
   * One alert and its channels, in the order the subscription's channels were first seen.
   *
   * @param alert    the alert (its {@code reason} and {@code matchedKeywords} say why it matched)
   * @param channels per channel, by target
   */
  public record Entry(Alert alert, List<ChannelState> channels) {}

  private final int perSubscription;
  private final LinkedHashMap<String, LinkedHashMap<String, Map<String, ChannelState>>> bySubscription;
  private final Map<String, Alert> alerts = new java.util.HashMap<>();

  /**
   * @param perSubscription alerts kept per subscription (1-10000)
   * @param subscriptions   subscriptions kept (1-1000000)
   */
  public DeliveryJournal(int perSubscription, int subscriptions) {
    if (perSubscription < 1 || perSubscription > 10_000 || subscriptions < 1 || subscriptions > 1_000_000) {
      throw new IllegalArgumentException("journal bounds out of range");
    }
    this.perSubscription = perSubscription;
    this.bySubscription = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, LinkedHashMap<String, Map<String, ChannelState>>> eldest) {
        boolean evict = size() > subscriptions;
        if (evict) {
          eldest.getValue().keySet().forEach(alerts::remove);
        }
        return evict;
      }
    };
  }

  /** The alert waits for delivery on {@code channel}. */
  public void queued(Alert alert, Subscription.Channel channel) {
    update(alert, channel, QUEUED, null, false);
  }

  /** An attempt on {@code channel} ended: delivered, or failed with {@code error} and will be retried. */
  void attempted(Alert alert, Subscription.Channel channel, boolean delivered, String error) {
    update(alert, channel, delivered ? DELIVERED : RETRYING, delivered ? null : error, true);
  }

  /** Delivery on {@code channel} was given up after {@code error}; the alert is on the dead-letter topic. */
  void deadLettered(Alert alert, Subscription.Channel channel, String error) {
    update(alert, channel, DEAD_LETTERED, error, false);
  }

  private void update(Alert alert, Subscription.Channel channel, String state, String error, boolean attempt) {
    ChannelState changed = change(alert, channel, state, error, attempt);
    if (changed != null) {
      notifyListeners(alert, changed);
    }
  }

  private Map<String, ChannelState> channels(Alert alert) {
    LinkedHashMap<String, Map<String, ChannelState>> entries =
        bySubscription.computeIfAbsent(alert.subscriptionId(), k -> new LinkedHashMap<>());
    Map<String, ChannelState> channels = entries.get(alert.alertId());
    if (channels == null) {
      channels = new LinkedHashMap<>();
      entries.put(alert.alertId(), channels);
      alerts.put(alert.alertId(), alert);
      while (entries.size() > perSubscription) {
        String oldest = entries.keySet().iterator().next();
        entries.remove(oldest);
        alerts.remove(oldest);
      }
    }
    return channels;
  }

  private synchronized ChannelState change(Alert alert, Subscription.Channel channel, String state, String error,
      boolean attempt) {
    Map<String, ChannelState> channels = channels(alert);
    String target = channel.target();
    ChannelState before = channels.get(target);
    int attempts = before == null ? 0 : before.attempts();
    if (state.equals(QUEUED) && before != null && !before.state().equals(DEAD_LETTERED)
        && !before.state().equals(DELIVERED)) {
      return null; // already on its way
    }
    if (state.equals(QUEUED)) {
      attempts = 0; // a redelivery starts over
    }
    ChannelState now = new ChannelState(channel.type(), target, state, attempt ? attempts + 1 : attempts,
        error, Instant.now());
    channels.put(target, now);
    return now;
  }

  /**
   * Sets a channel's state as rebuilt from the topics at start, without a {@link Subscription.Channel}: the
   * dead-letter record names the channel only by type and target.
   */
  synchronized void restore(Alert alert, String type, String target, String state, int attempts, String error,
      Instant at) {
    Map<String, ChannelState> channels = channels(alert);
    channels.put(target, new ChannelState(type, target, state, attempts, error, at));
  }

  /**
   * Takes in the entries of {@code older}, a journal rebuilt from the topics while this one already
   * recorded live deliveries: per subscription the older entries come first and the live ones after, a live
   * entry winning over an older one of the same alert; the bounds then drop the oldest.
   */
  void putOlder(DeliveryJournal older) {
    Map<String, LinkedHashMap<String, Map<String, ChannelState>>> theirs;
    Map<String, Alert> theirAlerts;
    synchronized (older) {
      theirs = new LinkedHashMap<>();
      older.bySubscription.forEach((sub, entries) -> {
        LinkedHashMap<String, Map<String, ChannelState>> copy = new LinkedHashMap<>();
        entries.forEach((id, channels) -> copy.put(id, new LinkedHashMap<>(channels)));
        theirs.put(sub, copy);
      });
      theirAlerts = new java.util.HashMap<>(older.alerts);
    }
    synchronized (this) {
      theirs.forEach((sub, entries) -> {
        LinkedHashMap<String, Map<String, ChannelState>> live = bySubscription.get(sub);
        LinkedHashMap<String, Map<String, ChannelState>> merged = new LinkedHashMap<>();
        entries.forEach((id, channels) -> {
          if (live == null || !live.containsKey(id)) {
            merged.put(id, channels);
            alerts.put(id, theirAlerts.get(id));
          }
        });
        if (live != null) {
          merged.putAll(live);
        }
        while (merged.size() > perSubscription) {
          String oldest = merged.keySet().iterator().next();
          merged.remove(oldest);
          alerts.remove(oldest);
        }
        bySubscription.put(sub, merged);
      });
    }
  }

  /** A change of state, for listeners that follow the journal live (the history page). */
  public record Change(Alert alert, ChannelState channel) {}

  private final java.util.List<java.util.function.Consumer<Change>> listeners =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Calls {@code listener} (on the delivering thread; it must return quickly) after each live change.
   *
   * @return stops the calls
   */
  public Runnable listen(java.util.function.Consumer<Change> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private void notifyListeners(Alert alert, ChannelState state) {
    for (var listener : listeners) {
      try {
        listener.accept(new Change(alert, state));
      } catch (RuntimeException e) {
        // a listener's failure is its own
      }
    }
  }

  /** The recent alerts of {@code subscriptionId}, newest first, with their channels' states. */
  public synchronized List<Entry> of(String subscriptionId) {
    LinkedHashMap<String, Map<String, ChannelState>> entries = bySubscription.get(subscriptionId);
    if (entries == null) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(entries.size());
    entries.forEach((id, channels) -> out.add(new Entry(alerts.get(id), List.copyOf(channels.values()))));
    java.util.Collections.reverse(out);
    return out;
  }
}
