package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertDigest;
import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.delivery.DeliveryResult;
import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered queue of one subscription's alerts for one of its channels. Alerts leave it in the order they
 * arrived, each only after it was delivered or dead-lettered, so per subscription and channel the receiver
 * sees them in order, and a channel that is down holds back nothing but itself: it is retried with
 * jittered exponential backoff (capped) until {@code retryBudget} has passed since its first attempt and at
 * least {@code maxAttempts} were made, then dead-lettered. Instant subscriptions are also paced by
 * {@code rateLimitPerHour} (the rest wait, in order); digest subscriptions collect their alerts and send
 * each slot's batch as one message ({@link DigestSchedule}).
 *
 * <p>At most one thread runs a lane at a time ({@link #active}); it is woken by a new alert when idle, or
 * by a timer when waiting for a retry, the rate limit or the digest slot.
 */
final class Lane {

  private static final Logger LOG = LoggerFactory.getLogger(Lane.class);
  private static final int STEPS_PER_RUN = 50;
  private static final Duration HOUR = Duration.ofHours(1);
  /**
   * A slot already past (after a restart or an outage) is sent once no alert has arrived for this long, or
   * once an alert of a later slot arrives: records are read in bursts, so the batch is then complete and a
   * crash rebuilds the same batch, with the same digest id.
   */
  static final Duration DIGEST_SETTLE = Duration.ofSeconds(2);

  /** What a lane needs from its surroundings. */
  record Context(AlertDispatcher dispatcher, SubscriptionDirectory directory, Backoff backoff, int maxAttempts,
      Duration retryBudget, int digestMaxItems, Semaphore concurrency, Scheduler scheduler, AlertsMetrics metrics,
      Clock clock) {}

  /** Runs lanes: now on a delivery thread, or after a pause. */
  interface Scheduler {
    void run(Lane lane, Duration after);
  }

  /** One queued record: the alert (null when a long digest batch only counts it), its offset and time. */
  record Item(Alert alert, long offset, Instant createdAt) {}

  final String subscriptionId;
  final Subscription.Channel channel;
  final OffsetLedger ledger;
  final int partition;
  private final Context context;

  private final Deque<Item> queue = new ArrayDeque<>();
  private final Deque<Instant> sentLastHour = new ArrayDeque<>();
  private int fullAlerts;
  private Instant lastAdded = Instant.MIN;
  private boolean active;
  private boolean cancelled;
  private int attempts;
  private Instant firstAttempt;
  private Instant nextAttempt;
  private String lastError;
  private volatile Subscription.Channel channelNow;

  Lane(String subscriptionId, Subscription.Channel channel, int partition, OffsetLedger ledger, Context context) {
    this.subscriptionId = subscriptionId;
    this.channel = channel;
    this.channelNow = channel;
    this.partition = partition;
    this.ledger = ledger;
    this.context = context;
  }

  /** Queues an alert; in a digest lane past {@code digestMaxItems} only its offset is kept. */
  void add(Alert alert, long offset, boolean digest) {
    boolean start;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      boolean keep = !digest || fullAlerts < context.digestMaxItems();
      queue.addLast(new Item(keep ? alert : null, offset, alert.createdAt()));
      lastAdded = context.clock().instant();
      if (keep) {
        fullAlerts++;
      }
      start = !active;
      active = true;
    }
    if (start) {
      context.scheduler().run(this, Duration.ZERO);
    }
  }

  synchronized int size() {
    return queue.size();
  }

  /** Stops the lane (partition revoked, shutdown): nothing more is attempted or marked finished. */
  synchronized void cancel() {
    cancelled = true;
    queue.clear();
  }

  /** Delivers what is due; called by the scheduler, never concurrently for one lane. */
  void run() {
    for (int step = 0; step < STEPS_PER_RUN; step++) {
      if (!step()) {
        return;
      }
    }
    context.scheduler().run(this, Duration.ZERO); // let other lanes have a turn
  }

  /** One delivery; false when the lane has nothing due (it has then arranged its own wake-up or gone idle). */
  private boolean step() {
    Optional<Subscription> current = context.directory().get(subscriptionId);
    List<Item> batch;
    boolean digest;
    synchronized (this) {
      if (cancelled || queue.isEmpty()) {
        active = false;
        return false;
      }
      Optional<Subscription.Channel> latest =
          current.flatMap(s -> s.channels().stream().filter(this::sameTarget).findFirst());
      if (latest.isEmpty()) {
        dropAll(current.isEmpty() ? "subscription deleted" : "channel removed from subscription");
        active = false;
        return false;
      }
      channelNow = latest.get(); // a rotated secret or bot token applies to what is still queued
      Subscription subscription = current.get();
      digest = subscription.mode().equals(Subscription.MODE_DIGEST);
      Instant now = context.clock().instant();
      Instant wake = digest ? digestWake(subscription, now) : instantWake(subscription, now);
      if (wake != null) {
        context.scheduler().run(this, Duration.between(now, wake));
        return false;
      }
      batch = digest ? digestBatch(subscription) : List.of(queue.peekFirst());
    }
    DeliveryResult result = deliver(batch, digest);
    if (result == null) {
      return false; // interrupted: shutting down
    }
    return finish(batch, result);
  }

  private Instant instantWake(Subscription subscription, Instant now) {
    if (nextAttempt != null && now.isBefore(nextAttempt)) {
      return nextAttempt;
    }
    int limit = subscription.rateLimitPerHour();
    while (!sentLastHour.isEmpty() && !sentLastHour.peekFirst().plus(HOUR).isAfter(now)) {
      sentLastHour.removeFirst();
    }
    if (limit > 0 && sentLastHour.size() >= limit) {
      return sentLastHour.peekFirst().plus(HOUR);
    }
    return null;
  }

  private Instant digestWake(Subscription subscription, Instant now) {
    Instant slot = DigestSchedule.nextSlot(subscription.digest(), queue.peekFirst().createdAt());
    if (now.isBefore(slot)) {
      return slot;
    }
    boolean closed = !queue.peekLast().createdAt().isBefore(slot);
    Instant settled = lastAdded.plus(DIGEST_SETTLE);
    if (!closed && now.isBefore(settled)) {
      return settled;
    }
    return nextAttempt != null && now.isBefore(nextAttempt) ? nextAttempt : null;
  }

  /** The queued items created before the slot of the oldest one, in order. */
  private List<Item> digestBatch(Subscription subscription) {
    Instant slot = DigestSchedule.nextSlot(subscription.digest(), queue.peekFirst().createdAt());
    List<Item> batch = new ArrayList<>();
    for (Item item : queue) {
      if (!item.createdAt().isBefore(slot)) {
        break;
      }
      batch.add(item);
    }
    return batch;
  }

  private DeliveryResult deliver(List<Item> batch, boolean digest) {
    try {
      context.concurrency().acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    try {
      DeliveryResult result;
      if (digest) {
        List<Alert> listed = batch.stream().map(Item::alert).filter(a -> a != null).limit(context.digestMaxItems())
            .toList();
        Instant slot = DigestSchedule.nextSlot(
            context.directory().get(subscriptionId).map(Subscription::digest).orElse(Subscription.Digest.DAILY_8),
            batch.get(0).createdAt());
        result = context.dispatcher().attempt(AlertDigest.of(subscriptionId, slot, listed, batch.size() - listed.size()),
            channelNow);
      } else {
        result = context.dispatcher().attempt(batch.get(0).alert(), channelNow);
      }
      return Thread.currentThread().isInterrupted() ? null : result;
    } finally {
      context.concurrency().release();
    }
  }

  /** Applies an attempt's outcome; true when the lane may go on at once. */
  private boolean finish(List<Item> batch, DeliveryResult result) {
    Instant now = context.clock().instant();
    synchronized (this) {
      if (cancelled) {
        active = false;
        return false;
      }
      if (firstAttempt == null) {
        firstAttempt = now;
      }
      attempts++;
      if (result.outcome() == DeliveryResult.Outcome.DELIVERED) {
        sentLastHour.addLast(now);
        complete(batch);
        return true;
      }
      lastError = result.error();
      boolean giveUp = result.outcome() == DeliveryResult.Outcome.PERMANENT_FAILURE
          || (attempts >= context.maxAttempts()
              && !Duration.between(firstAttempt, now).minus(context.retryBudget()).isNegative());
      if (!giveUp) {
        Duration pause = context.backoff().jittered(attempts);
        nextAttempt = now.plus(pause);
        context.metrics().retryScheduled(channel.type());
        LOG.info("subscription {}: {} attempt {} failed ({}); retrying in {} ms, {} alert(s) waiting",
            subscriptionId, channel.target(), attempts, result.error(), pause.toMillis(), queue.size());
        context.scheduler().run(this, pause);
        return false;
      }
    }
    return deadLetter(batch);
  }

  private boolean deadLetter(List<Item> batch) {
    int tries;
    String error;
    synchronized (this) {
      tries = attempts;
      error = lastError;
    }
    try {
      for (Item item : batch) {
        if (item.alert() != null) {
          context.dispatcher().deadLetter(item.alert(), channelNow, error, tries);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (KafkaException e) {
      LOG.warn("subscription {}: dead letter not written ({}); the alert stays queued and is tried again",
          subscriptionId, e.getMessage());
      synchronized (this) {
        Duration pause = context.backoff().jittered(Math.max(1, attempts));
        nextAttempt = context.clock().instant().plus(pause);
        context.scheduler().run(this, pause);
      }
      return false;
    }
    synchronized (this) {
      complete(batch);
    }
    return true;
  }

  /** The same destination: type, URL and recipient; the secret may have been rotated since. */
  private boolean sameTarget(Subscription.Channel other) {
    return other.type().equals(channel.type()) && java.util.Objects.equals(other.url(), channel.url())
        && java.util.Objects.equals(other.to(), channel.to());
  }

  /** Removes a finished batch from the head of the queue and marks its records finished. Holds the lock. */
  private void complete(List<Item> batch) {
    for (Item item : batch) {
      Item head = queue.pollFirst();
      if (head != null && head.alert() != null) {
        fullAlerts--;
      }
      ledger.laneDone(item.offset());
    }
    attempts = 0;
    firstAttempt = null;
    nextAttempt = null;
    lastError = null;
  }

  private void dropAll(String why) {
    LOG.warn("subscription {}: {}; {} queued alert(s) for {} dropped", subscriptionId, why, queue.size(),
        channel.target());
    for (Item item : queue) {
      ledger.laneDone(item.offset());
      context.metrics().unknownSubscription();
    }
    queue.clear();
    fullAlerts = 0;
  }
}
