package dev.newswatch.ingest.websub;

import dev.newswatch.ingest.fetch.FetchException;
import dev.newswatch.ingest.fetch.RedactedUri;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriber side of WebSub for every feed of a poller: which feed is subscribed at which hub, and
 * the state machine of each subscription (see {@code DESIGN.md} in this package). {@link #tick()} sends
 * the requests that are due (first subscriptions, retries after a backoff, renewals at
 * {@value WebSubConfig#RENEW_AT} of the granted lease, unsubscriptions); the {@link CallbackServer}
 * reports the hub's verifications and denials.
 *
 * <p>Thread-safe. State changes happen under one lock; requests to hubs are sent outside it, because a
 * hub may verify (call our server, which needs the lock) before it answers the request.
 */
final class HubSubscriptions implements PushChannel {

  private static final Logger LOG = LoggerFactory.getLogger(HubSubscriptions.class);

  static final Duration MIN_RETRY = Duration.ofMinutes(1);
  static final Duration MAX_RETRY = Duration.ofHours(6);
  /** How long a hub has to verify a request before it counts as failed. */
  static final Duration VERIFY_TIMEOUT = Duration.ofMinutes(5);
  /** Renewals never come closer together than this, whatever lease a hub grants. */
  static final Duration MIN_RENEW = Duration.ofMinutes(1);
  /** How long closing may spend unsubscribing. */
  static final Duration CLOSE_BUDGET = Duration.ofSeconds(10);
  static final int MAX_REASON_CHARS = 200;
  /** Granted leases are taken up to this long; a longer one is treated as this (renewed within a year). */
  static final Duration MAX_GRANTED_LEASE = Duration.ofDays(365);

  static final String SUBSCRIBE = "subscribe";
  static final String UNSUBSCRIBE = "unsubscribe";

  /** A request to send: the subscription and the mode. */
  private record Request(HubSubscription subscription, String mode) {}

  private final WebSubConfig config;
  private final HubClient client;
  private final WebSubMetrics metrics;
  private final Clock clock;
  private final Object lock = new Object();
  private final Map<String, HubSubscription> byFeed = new LinkedHashMap<>();
  private final Map<String, HubSubscription> byId = new HashMap<>();
  private boolean closed;
  private final WebSubStateFile stateFile;
  private final StateFileWrites writes;
  private List<WebSubStateFile.Entry> saved = List.of();

  HubSubscriptions(WebSubConfig config, HubClient client, WebSubMetrics metrics, Clock clock) {
    this(config, client, metrics, clock, null);
  }

  /**
   * @param stateFile where subscriptions are kept across restarts, or null to keep them in memory only
   *                  (they are then ended at {@link #close()})
   */
  HubSubscriptions(WebSubConfig config, HubClient client, WebSubMetrics metrics, Clock clock,
      WebSubStateFile stateFile) {
    this.config = Objects.requireNonNull(config, "config");
    this.client = Objects.requireNonNull(client, "client");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.stateFile = stateFile;
    this.writes = stateFile == null ? null : new StateFileWrites(stateFile.path(), metrics, clock);
    metrics.subscriptions(Map.of());
    if (stateFile != null) {
      restore(stateFile.load());
    }
  }

  /** Takes the subscriptions of an earlier run whose lease still runs, or that were being ended. */
  private void restore(List<WebSubStateFile.Entry> stored) {
    synchronized (lock) {
      Instant now = clock.instant();
      int restored = 0;
      for (WebSubStateFile.Entry e : stored) {
        HubSubscription s;
        try {
          s = new HubSubscription(e);
        } catch (RuntimeException x) {
          LOG.warn("WebSub: a stored subscription is not valid and is skipped: {}", x.getMessage());
          continue;
        }
        boolean leased = s.leaseExpiresAt != null && now.isBefore(s.leaseExpiresAt);
        if (!leased && s.state != HubSubscription.State.UNSUBSCRIBING) {
          continue;
        }
        if (s.nextAttemptAt == null) {
          s.nextAttemptAt = now;
        }
        byId.put(s.id, s);
        if (s.state != HubSubscription.State.UNSUBSCRIBING) {
          byFeed.put(s.feedUrl, s);
        }
        restored++;
      }
      LOG.info("WebSub: {} subscriptions restored from {}", restored, stateFile.path());
      updateGauges();
    }
  }

  @Override
  public void hubSeen(String feedUrl, HubLink hub) {
    Objects.requireNonNull(feedUrl, "feedUrl");
    synchronized (lock) {
      if (closed) {
        return;
      }
      HubSubscription existing = byFeed.get(feedUrl);
      if (existing != null && existing.link.equals(hub)) {
        existing.claimed = true;
        return;
      }
      if (existing != null) {
        LOG.info("feed {} {}; ending its subscription at {}", RedactedUri.of(feedUrl),
            hub == null ? "names no hub any more" : "moved to another hub or topic",
            RedactedUri.of(existing.link.hub()));
        end(existing);
      }
      if (hub != null) {
        HubSubscription created = new HubSubscription(feedUrl, hub, clock.instant());
        byFeed.put(feedUrl, created);
        byId.put(created.id, created);
        LOG.info("feed {} names WebSub hub {}; subscribing to topic {}", RedactedUri.of(feedUrl),
            RedactedUri.of(hub.hub()), RedactedUri.of(hub.topic()));
      }
      updateGauges();
    }
  }

  @Override
  public void feedRemoved(String feedUrl) {
    synchronized (lock) {
      HubSubscription existing = byFeed.get(feedUrl);
      if (existing != null) {
        end(existing);
        updateGauges();
      }
    }
  }

  @Override
  public boolean receivesPushes(String feedUrl) {
    synchronized (lock) {
      HubSubscription subscription = byFeed.get(feedUrl);
      return subscription != null && subscription.active(clock.instant());
    }
  }

  /** Sends every request that is due and notes requests whose verification never came. */
  void tick() {
    List<Request> due = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return;
      }
      Instant now = clock.instant();
      for (HubSubscription s : List.copyOf(byId.values())) {
        if (s.awaiting != null) {
          if (!now.isBefore(s.awaitingSince.plus(VERIFY_TIMEOUT))) {
            if (s.awaiting.equals(UNSUBSCRIBE)) {
              drop(s);
            } else {
              failed(s, WebSubMetrics.VERIFY_TIMEOUT, "hub did not verify within " + VERIFY_TIMEOUT, now);
            }
          }
          continue;
        }
        if (s.state == HubSubscription.State.UNSUBSCRIBING) {
          due.add(await(s, UNSUBSCRIBE, now));
          continue;
        }
        if (!s.claimed) {
          // restored, and the poller has not named this feed's hub since: verify pushes, renew nothing
          if (!s.active(now)) {
            LOG.info("{}: restored subscription's lease ended before its feed named the hub again; forgotten", s);
            drop(s);
          }
          continue;
        }
        if (s.state == HubSubscription.State.ACTIVE && !now.isBefore(s.leaseExpiresAt)) {
          LOG.warn("{}: lease expired before a renewal was verified; subscribing again", s);
          s.state = HubSubscription.State.SUBSCRIBING;
        }
        if (!now.isBefore(s.nextAttemptAt)) {
          due.add(await(s, SUBSCRIBE, now));
        }
      }
      updateGauges();
    }
    for (Request request : due) {
      send(request);
    }
  }

  /**
   * A hub's request to verify intent (WebSub section 5.3). Confirmed only when the id is known, the mode
   * is the one of the request we sent last and are waiting on, and the topic is the one we asked for.
   *
   * @param leaseSeconds the granted lease as sent, for subscribe; the requested one when missing
   * @return true when the challenge may be echoed (200), false for 404
   */
  boolean verify(String id, String mode, String topic, String leaseSeconds) {
    synchronized (lock) {
      HubSubscription s = byId.get(id);
      boolean confirmed = s != null && mode != null && mode.equals(s.awaiting)
          && s.link.topic().toString().equals(topic);
      metrics.verification(mode, confirmed);
      if (!confirmed) {
        return false;
      }
      Instant now = clock.instant();
      s.awaiting = null;
      if (mode.equals(UNSUBSCRIBE)) {
        drop(s);
        LOG.info("{}: unsubscribed", s);
      } else {
        long lease = lease(leaseSeconds);
        s.state = HubSubscription.State.ACTIVE;
        s.failures = 0;
        s.lastError = null;
        s.grantedLeaseSeconds = lease;
        s.leaseExpiresAt = now.plusSeconds(lease);
        Duration renewIn = Duration.ofMillis((long) (lease * 1000 * WebSubConfig.RENEW_AT));
        s.nextAttemptAt = now.plus(renewIn.compareTo(MIN_RENEW) < 0 ? MIN_RENEW : renewIn);
        LOG.info("{}: verified, lease {} s, renewal at {}", s, lease, s.nextAttemptAt);
      }
      updateGauges();
      return true;
    }
  }

  /**
   * A hub's notice that it refused or ended a subscription (WebSub section 5.2).
   *
   * @return true when it names a subscription of ours and its topic (200), false for 404
   */
  boolean denied(String id, String topic, String reason) {
    synchronized (lock) {
      HubSubscription s = byId.get(id);
      boolean known = s != null && s.link.topic().toString().equals(topic);
      metrics.verification("denied", known);
      if (!known) {
        return false;
      }
      if (s.state == HubSubscription.State.UNSUBSCRIBING) {
        drop(s);
      } else {
        Instant now = clock.instant();
        s.state = HubSubscription.State.DENIED;
        s.awaiting = null;
        s.leaseExpiresAt = null;
        s.nextAttemptAt = now.plus(MAX_RETRY);
        s.lastError = "denied by the hub" + (reason == null || reason.isBlank() ? "" : ": " + printable(reason));
        LOG.warn("{}: {}; asking again at {}", s, s.lastError, s.nextAttemptAt);
      }
      updateGauges();
      return true;
    }
  }

  /** The subscription a push names, or null when the id is unknown (ended, or never ours). */
  HubSubscription forPush(String id) {
    synchronized (lock) {
      return byId.get(id);
    }
  }

  /** Every subscription, for status pages: never ids or secrets. */
  List<SubscriptionStatus> status() {
    synchronized (lock) {
      List<SubscriptionStatus> list = new ArrayList<>();
      for (HubSubscription s : byId.values()) {
        list.add(new SubscriptionStatus(s.feedUrl, RedactedUri.of(s.link.hub()), RedactedUri.of(s.link.topic()),
            s.state.label(), s.leaseExpiresAt, s.grantedLeaseSeconds, s.failures, s.lastError));
      }
      return list;
    }
  }

  /**
   * Stops all ticking. With a state file, subscriptions are kept there for the next start (their hubs go
   * on pushing, and the restarted process verifies those pushes with the stored secrets). Without one, every
   * subscription a hub may hold is unsubscribed (best effort, within {@link #CLOSE_BUDGET}): a restarted
   * process could not verify pushes for them. With a state file that could not be written (a full disk),
   * the subscriptions it lacks are unsubscribed the same way.
   *
   * @return the number of unsubscribe requests sent
   */
  int close() {
    List<Request> unsubscribe = new ArrayList<>();
    synchronized (lock) {
      if (closed) {
        return 0;
      }
      List<HubSubscription> held = new ArrayList<>();
      for (HubSubscription s : byId.values()) {
        if (s.leaseExpiresAt != null || SUBSCRIBE.equals(s.awaiting)) {
          held.add(s);
        }
      }
      if (stateFile != null) {
        for (HubSubscription s : byId.values()) {
          s.awaiting = null; // a request in flight is sent again by the next process
        }
        persist();
        java.util.Set<String> kept = new java.util.HashSet<>();
        saved.forEach(e -> kept.add(e.id()));
        held.removeIf(s -> kept.contains(s.id));
        LOG.info("WebSub: {} subscriptions kept in {} for the next start", kept.size(), stateFile.path());
        if (!held.isEmpty()) {
          LOG.warn("WebSub: {} subscriptions are not in {} (it could not be written) and are unsubscribed",
              held.size(), stateFile.path());
        }
      }
      closed = true;
      Instant now = clock.instant();
      for (HubSubscription s : held) {
        s.state = HubSubscription.State.UNSUBSCRIBING;
        unsubscribe.add(await(s, UNSUBSCRIBE, now));
      }
      if (stateFile == null) {
        byFeed.clear();
      }
      updateGauges();
    }
    long deadline = System.nanoTime() + CLOSE_BUDGET.toNanos();
    int sent = 0;
    for (Request request : unsubscribe) {
      if (System.nanoTime() > deadline) {
        LOG.warn("WebSub: {} unsubscriptions not sent within {}; their leases will lapse", unsubscribe.size() - sent,
            CLOSE_BUDGET);
        break;
      }
      send(request);
      sent++;
    }
    return sent;
  }

  /** The state file's write failure that goes on, if there is a state file and one does. */
  java.util.Optional<StateFileWrites.Problem> stateFileProblem() {
    synchronized (lock) {
      return writes == null ? java.util.Optional.empty() : writes.problem();
    }
  }

  private Request await(HubSubscription s, String mode, Instant now) {
    s.awaiting = mode;
    s.awaitingSince = now;
    return new Request(s, mode);
  }

  private void send(Request request) {
    HubSubscription s = request.subscription();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("hub.mode", request.mode());
    form.put("hub.topic", s.link.topic().toString());
    form.put("hub.callback", config.callback(s.id).toString());
    if (request.mode().equals(SUBSCRIBE)) {
      form.put("hub.secret", s.secret);
      form.put("hub.lease_seconds", Long.toString(config.lease().toSeconds()));
    }
    try {
      int status = client.post(s.link.hub(), form);
      LOG.debug("{}: {} request accepted with HTTP {}", s, request.mode(), status);
    } catch (FetchException e) {
      metrics.subscribeError(e.reason().label());
      synchronized (lock) {
        if (!request.mode().equals(s.awaiting)) {
          return;
        }
        if (request.mode().equals(UNSUBSCRIBE)) {
          drop(s);
          LOG.warn("{}: unsubscribe failed, the lease will lapse: {}", s, e.getMessage());
        } else {
          failed(s, null, e.getMessage(), clock.instant());
        }
        updateGauges();
      }
    }
  }

  /** A subscribe request failed: back off, and stay active while the lease lasts. */
  private void failed(HubSubscription s, String metricReason, String error, Instant now) {
    if (metricReason != null) {
      metrics.subscribeError(metricReason);
    }
    s.awaiting = null;
    s.failures++;
    s.lastError = error;
    s.nextAttemptAt = now.plus(backoff(s.failures));
    if (!s.active(now)) {
      s.state = HubSubscription.State.FAILING;
    }
    LOG.warn("{}: subscribe failed ({} in a row), next attempt at {}: {}", s, s.failures, s.nextAttemptAt, error);
  }

  /** {@code MIN_RETRY × 2^(failures−1)}, capped at MAX_RETRY. */
  static Duration backoff(int failures) {
    Duration delay = MIN_RETRY.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 20));
    return delay.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : delay;
  }

  /** Ends a subscription: unsubscribed at the next tick when a hub may hold it, else forgotten at once. */
  private void end(HubSubscription s) {
    byFeed.remove(s.feedUrl, s);
    if (s.leaseExpiresAt != null || SUBSCRIBE.equals(s.awaiting)) {
      s.state = HubSubscription.State.UNSUBSCRIBING;
      s.awaiting = null;
    } else {
      drop(s);
    }
  }

  private void drop(HubSubscription s) {
    byId.remove(s.id, s);
    byFeed.remove(s.feedUrl, s);
  }

  private long lease(String leaseSeconds) {
    long requested = config.lease().toSeconds();
    if (leaseSeconds == null || leaseSeconds.isBlank()) {
      return requested;
    }
    try {
      long granted = Long.parseLong(leaseSeconds.strip());
      return granted < 1 ? requested : Math.min(granted, MAX_GRANTED_LEASE.toSeconds());
    } catch (NumberFormatException e) {
      return requested;
    }
  }

  private void updateGauges() {
    Map<HubSubscription.State, Integer> counts = new EnumMap<>(HubSubscription.State.class);
    byId.values().forEach(s -> counts.merge(s.state, 1, Integer::sum));
    metrics.subscriptions(counts);
    persist();
  }

  /**
   * Writes the state file when what it should hold changed: every subscription a hub may hold or may be
   * about to hold. Called under the lock after every change, and before a subscribe request carrying a new
   * secret is sent, so a hub never holds a secret the file lacks.
   */
  private void persist() {
    if (stateFile == null || closed) {
      return;
    }
    List<WebSubStateFile.Entry> now = new ArrayList<>();
    for (HubSubscription s : byId.values()) {
      if (s.leaseExpiresAt != null || s.awaiting != null || s.state == HubSubscription.State.UNSUBSCRIBING) {
        now.add(s.stored());
      }
    }
    if (now.equals(saved)) {
      // what the file holds is what it should (a failed write may have been made moot since)
      writes.written();
      return;
    }
    try {
      stateFile.save(now);
      saved = List.copyOf(now);
      writes.written();
    } catch (UncheckedIOException e) {
      writes.failed(e.getMessage());
    }
  }

  private static String printable(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", " ").strip();
    return clean.length() <= MAX_REASON_CHARS ? clean : clean.substring(0, MAX_REASON_CHARS - 1) + "…";
  }
}
