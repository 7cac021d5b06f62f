package dev.newswatch.ingest.poll;

import java.time.Duration;
import java.util.ArrayList;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs polls of many feeds on a bounded pool: a scheduler thread queues each feed every interval unless
 * it is still queued or running, so one slow feed never delays the others and never piles up.
 */
final class PollScheduler {

  private static final Logger LOG = LoggerFactory.getLogger(PollScheduler.class);

  private final List<FeedSource> feeds;
  private final Duration interval;
  private final Consumer<FeedSource> poll;
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService scheduler;
  private final ExecutorService pool;

  /**
   * @param config feeds, interval and pool size
   * @param poll   polls one feed; must not overlap itself for one feed (the caller locks per feed)
   */
  PollScheduler(PollerConfig config, Consumer<FeedSource> poll) {
    this.feeds = config.feeds();
    this.interval = config.interval();
    this.poll = poll;
    this.scheduler = Executors.newSingleThreadScheduledExecutor(threads("newswatch-poll-scheduler"));
    this.pool = Executors.newFixedThreadPool(config.maxConcurrentFetches(), threads("newswatch-poll"));
  }

  /** Queues every feed now and then every interval after the previous round was queued. */
  void start() {
    scheduler.scheduleWithFixedDelay(this::queueDue, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Polls every feed once on the pool and waits for all of them. */
  void runAll() {
    List<Future<?>> polls = new ArrayList<>();
    try {
      for (FeedSource feed : feeds) {
        polls.add(pool.submit(() -> poll.accept(feed)));
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

  private void queueDue() {
    try {
      for (FeedSource feed : feeds) {
        if (queued.add(feed.url())) {
          pool.execute(() -> {
            try {
              poll.accept(feed);
            } finally {
              queued.remove(feed.url());
            }
          });
        }
      }
    } catch (RejectedExecutionException e) {
      LOG.debug("poller is stopping; scheduled round skipped");
    } catch (RuntimeException e) {
      // An exception would silently cancel the schedule; log it and keep the next rounds coming.
      LOG.error("unexpected failure queueing feed polls", e);
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
