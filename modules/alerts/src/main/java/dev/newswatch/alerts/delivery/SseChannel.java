package dev.newswatch.alerts.delivery;

import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.model.Alert;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Server-Sent Events channel: an alert is "delivered" when it is in its owner's buffer, a bounded list
 * of that owner's most recent alerts, from which {@link AlertStreamHandler} serves every open stream of the
 * owner. Each event carries the alert id as its SSE {@code id}, so a client that reconnects with
 * {@code Last-Event-ID} gets everything after that alert still in the buffer; an id no longer (or never) in
 * it replays the whole buffer, and the client drops ids it has seen. The buffer lives in this process:
 * alerts delivered before a restart, or by another alerts instance, are not in it.
 */
public final class SseChannel implements DeliveryChannel {

  /** The channel type served. */
  public static final String TYPE = "sse";

  /** One buffered event: a sequence number local to this process, the alert id and the JSON data line. */
  record Event(long sequence, String id, String data) {}

  private final SubscriptionDirectory directory;
  private final int capacity;
  private final Map<String, OwnerBuffer> owners = new ConcurrentHashMap<>();

  /**
   * @param directory finds an alert's owner
   * @param capacity  events kept per owner
   */
  public SseChannel(SubscriptionDirectory directory, int capacity) {
    this.directory = Objects.requireNonNull(directory, "directory");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  @Override
  public DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
    var subscription = directory.get(alert.subscriptionId());
    if (subscription.isEmpty()) {
      return DeliveryResult.permanentFailure("sse: subscription " + alert.subscriptionId() + " no longer exists");
    }
    // JSON never contains a raw line break, so the data is one SSE line.
    String data = new String(JsonCodec.toBytes(alert), StandardCharsets.UTF_8);
    buffer(subscription.get().owner()).add(alert.alertId(), data);
    return DeliveryResult.delivered();
  }

  @Override
  public String type() {
    return TYPE;
  }

  OwnerBuffer buffer(String owner) {
    return owners.computeIfAbsent(owner, o -> new OwnerBuffer(capacity));
  }

  /** The recent events of one owner; waiters are woken by each new event. */
  static final class OwnerBuffer {
    private final int capacity;
    private final Deque<Event> events = new ArrayDeque<>();
    private long nextSequence = 1;

    OwnerBuffer(int capacity) {
      this.capacity = capacity;
    }

    synchronized void add(String id, String data) {
      // A redelivered alert (same id) replaces nothing: clients dedupe by id, and a second event lets one
      // that missed the first still get it.
      events.addLast(new Event(nextSequence++, id, data));
      while (events.size() > capacity) {
        events.removeFirst();
      }
      notifyAll();
    }

    /**
     * The sequence after which a client resuming from {@code lastEventId} should continue: that of the
     * newest buffered event with this id, or 0 (everything) when it is null or no longer buffered.
     */
    synchronized long resumeAfter(String lastEventId) {
      if (lastEventId == null || lastEventId.isBlank()) {
        return nextSequence - 1; // a fresh client gets only what comes from now on
      }
      var it = events.descendingIterator();
      while (it.hasNext()) {
        Event e = it.next();
        if (e.id().equals(lastEventId)) {
          return e.sequence();
        }
      }
      return 0;
    }

    /** Events after {@code sequence}, waiting up to {@code wait} for the first one. */
    synchronized List<Event> after(long sequence, Duration wait) throws InterruptedException {
      long deadline = System.nanoTime() + wait.toNanos();
      while (nextSequence - 1 <= sequence) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return List.of();
        }
        wait(Math.max(1, left / 1_000_000));
      }
      List<Event> out = new ArrayList<>();
      for (Event e : events) {
        if (e.sequence() > sequence) {
          out.add(e);
        }
      }
      return out;
    }
  }
}
