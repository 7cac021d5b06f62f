package dev.newswatch.alerts;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs lanes on virtual threads, now or after a pause (one timer thread). Lanes wait for network I/O most
 * of the time, so a thread per running lane is cheap; the lanes' shared semaphore bounds the requests in
 * flight. Shutting down interrupts every running lane: a request in flight is abandoned and its alert stays
 * unfinished, to be sent again after restart with the same id.
 */
final class LaneRunner implements Lane.Scheduler {

  private static final Logger LOG = LoggerFactory.getLogger(LaneRunner.class);
  private static final Duration AFTER_FAILURE = Duration.ofSeconds(30);

  private final ExecutorService threads = Executors.newThreadPerTaskExecutor(
      Thread.ofVirtual().name("alerts-lane-", 0).factory());
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "alerts-lane-timer");
    t.setDaemon(true);
    return t;
  });

  @Override
  public void run(Lane lane, Duration after) {
    try {
      if (after.isZero() || after.isNegative()) {
        threads.execute(() -> runSafely(lane));
      } else {
        timer.schedule(() -> run(lane, Duration.ZERO), after.toMillis() + 1, TimeUnit.MILLISECONDS);
      }
    } catch (RejectedExecutionException e) {
      // Shutting down: the lane's alerts stay unfinished and are sent after restart.
    }
  }

  private void runSafely(Lane lane) {
    try {
      lane.run();
    } catch (RuntimeException e) {
      LOG.error("delivery lane of subscription {} failed; trying it again in {}", lane.subscriptionId, AFTER_FAILURE, e);
      run(lane, AFTER_FAILURE);
    }
  }

  /** Stops timers and interrupts running lanes, waiting up to {@code timeout} for them to end. */
  void shutdown(Duration timeout) {
    timer.shutdownNow();
    threads.shutdownNow();
    try {
      if (!threads.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("delivery lanes still running after {}", timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
