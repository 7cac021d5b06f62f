package dev.newswatch.ingest.websub;

import dev.newswatch.ingest.fetch.RedactedUri;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verified pushes waiting for the poller, processed one at a time off the HTTP threads so the hub gets
 * its 2xx at once. Bounded twice: at most {@code capacity} pushes and {@value #MAX_QUEUED_BYTES} bytes of
 * bodies (one push of any allowed size is always taken when nothing waits). A push that does not fit is
 * refused and counted; polling still finds its items.
 */
final class PushQueue implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PushQueue.class);
  static final long MAX_QUEUED_BYTES = 64L * 1024 * 1024;

  private final PushTarget target;
  private final WebSubMetrics metrics;
  private final ThreadPoolExecutor worker;
  private final AtomicLong queuedBytes = new AtomicLong();

  PushQueue(int capacity, PushTarget target, WebSubMetrics metrics) {
    this.target = Objects.requireNonNull(target, "target");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity), r -> {
      Thread thread = new Thread(r, "newswatch-websub-push");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Queues a verified push; false (and counted as queue_full) when it does not fit. */
  boolean offer(String feedUrl, byte[] body, String contentType) {
    long after = queuedBytes.addAndGet(body.length);
    if (after > MAX_QUEUED_BYTES && after != body.length) {
      queuedBytes.addAndGet(-body.length);
      metrics.push(WebSubMetrics.QUEUE_FULL);
      return false;
    }
    try {
      worker.execute(() -> process(feedUrl, body, contentType));
      return true;
    } catch (RejectedExecutionException e) {
      queuedBytes.addAndGet(-body.length);
      metrics.push(WebSubMetrics.QUEUE_FULL);
      return false;
    }
  }

  private void process(String feedUrl, byte[] body, String contentType) {
    try {
      PushTarget.Result result = target.accept(feedUrl, body, contentType);
      metrics.push(switch (result) {
        case PUBLISHED -> WebSubMetrics.ACCEPTED;
        case PARSE_ERROR -> WebSubMetrics.PARSE_ERROR;
        case FAILED -> WebSubMetrics.PUBLISH_ERROR;
      });
    } catch (RuntimeException e) {
      metrics.push(WebSubMetrics.PUBLISH_ERROR);
      LOG.error("unexpected failure processing a push for feed {}", RedactedUri.of(feedUrl), e);
    } finally {
      queuedBytes.addAndGet(-body.length);
    }
  }

  /**
   * Stops taking pushes, drops the queued ones (polling finds their items) and waits briefly for the one
   * being processed, without interrupting it: an interrupted Kafka transaction would be aborted.
   */
  @Override
  public void close() {
    worker.getQueue().clear();
    worker.shutdown();
    try {
      if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      worker.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
