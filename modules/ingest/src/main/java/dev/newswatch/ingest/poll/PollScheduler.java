package dev.newswatch.ingest.poll;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs polls of many feeds on a bounded pool. A scheduler thread looks every {@link #TICK} for feeds
 * whose next poll time has come and queues each one unless it is still queued or running, or its host
 * already has {@code maxFetchesPerHost} polls under way; such a feed stays due and is taken at a later
 * tick. So one slow feed never delays the others, never piles up, and no host is hammered.
 */
final class PollScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);
  /** How often due feeds are looked for: the granularity of every next-poll time. */
  static final Duration TICK = Duration.ofMillis(500);

  /** Where the scheduler learns when a feed is due and which host it is polled at. */
  interface Plan {
    /** The earliest time of the feed's next poll. */
    Instant nextPollAt(FeedSource feed);

    /** The host the feed is fetched from, lower case (after a permanent redirect, the new host). */
    String host(FeedSource feed);
  }

  private final Supplier<Collection<FeedSource>> feeds;
  private final Consumer<FeedSource> poll;
  private final Plan plan;
  private final Clock clock;
  private final HostLimits hosts;
  private final IntConsumer backlog;
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final Set<String> running = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler;
  private final ExecutorService pool;

  /**
   * @param config  pool size and per-host limit
   * @param feeds   the feeds to poll, read at every tick (feeds come and go with the registry)
   * @param poll    polls one feed; must not overlap itself for one feed (the caller locks per feed)
   * @param plan    next poll time and host of each feed
   * @param clock   the time compared with next poll times
   * @param backlog receives, each tick, the number of feeds due but not yet being polled
   */
  PollScheduler(PollerConfig config, Supplier<Collection<FeedSource>> feeds, Consumer<FeedSource> poll, Plan plan,
      Clock clock, IntConsumer backlog) {
    this.feeds = feeds;
    this.poll = poll;
    this.plan = plan;
    this.clock = clock;
    this.hosts = new HostLimits(config.maxFetchesPerHost());
    this.backlog = backlog;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("newswatch-poll-scheduler"));
    this.pool = Executors.newFixedThreadPool(config.maxConcurrentFetches(), threads("newswatch-poll"));
  }

  /** Looks for due feeds now and then every tick. */
  void start() {
    scheduler.scheduleWithFixedDelay(this::queueDue, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Polls every feed once on the pool, due or not, within the per-host limit, and waits for all. */
  void runAll() {
    List<Future<?>> polls = new ArrayList<>();
    try {
      for (FeedSource feed : List.copyOf(feeds.get())) {
        polls.add(pool.submit(() -> {
          String host = plan.host(feed);
          try {
            hosts.acquire(host);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          try {
            poll.accept(feed);
          } finally {
            hosts.release(host);
          }
        }));
      }
    } catch (RejectedExecutionException e) {
      LOG.warn("poller is stopping; poll round cut short");
    }
    for (Future<?> future : polls) {
      try {
        future.get();
      } catch (ExecutionException e) {
        LOG.error("unexpected failure in a feed poll", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        polls.forEach(p -> p.cancel(true));
        return;
      }
    }
  }

  /** Stops scheduling and accepting polls without waiting; safe to call from a poll thread. */
  void stop() {
    scheduler.shutdownNow();
    pool.shutdown();
  }

  /** Stops, then waits up to the timeout for polls in progress before interrupting them. */
  void close(Duration timeout) {
    stop();
    try {
      if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
        pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** One tick: queues the feeds that are due and whose host has a free slot; reports the backlog. */
  void queueDue() {
    try {
      Instant now = clock.instant();
      int waiting = 0;
      for (FeedSource feed : List.copyOf(feeds.get())) {
        if (running.contains(feed.url())) {
          continue;
        }
        if (queued.contains(feed.url())) {
          waiting++;
          continue;
        }
        if (plan.nextPollAt(feed).isAfter(now)) {
          continue;
        }
        String host = plan.host(feed);
        if (!hosts.tryAcquire(host)) {
          waiting++;
          continue;
        }
        queued.add(feed.url());
        try {
          pool.execute(() -> runQueued(feed, host));
        } catch (RejectedExecutionException e) {
          queued.remove(feed.url());
          hosts.release(host);
          throw e;
        }
        waiting++;
      }
      backlog.accept(waiting);
    } catch (RejectedExecutionException e) {
      LOG.debug("poller is stopping; scheduled round skipped");
    } catch (RuntimeException e) {
      // An exception would silently cancel the schedule; log it and keep the next ticks coming.
      LOG.error("unexpected failure queueing feed polls", e);
    }
  }

  private void runQueued(FeedSource feed, String host) {
    running.add(feed.url());
    try {
      poll.accept(feed);
    } finally {
      running.remove(feed.url());
      queued.remove(feed.url());
      hosts.release(host);
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
