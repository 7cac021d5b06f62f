package dev.newswatch.alerts.delivery;

import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.model.http.HttpReplies;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open event streams (Server-Sent Events of alerts, stories): at most so many in all and per owner, so
 * that one owner's tabs cannot hold every connection the server has. A stream runs in a slot; the slot is
 * free again when the stream ends, however it ends.
 */
public final class StreamSlots {

  /** The body of a stream. */
  @FunctionalInterface
  public interface Stream {
    void run() throws IOException;
  }

  private final int perOwner;
  private final Semaphore total;
  private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

  /**
   * Slots.
   *
   * @param perOwner open streams per owner
   * @param total    open streams in all
   */
  public StreamSlots(int perOwner, int total) {
    this.perOwner = perOwner;
    this.total = new Semaphore(total);
  }

  /** Runs {@code stream} in one of {@code owner}'s slots, or answers 503 when none is free. */
  public void serve(HttpExchange exchange, String owner, Stream stream) throws IOException {
    if (!total.tryAcquire()) {
      HttpReplies.text(exchange, 503, "too many open streams");
      return;
    }
    AtomicInteger mine = open.computeIfAbsent(owner, o -> new AtomicInteger());
    try {
      if (mine.incrementAndGet() > perOwner) {
        HttpReplies.text(exchange, 503, "too many open streams for this owner");
        return;
      }
      stream.run();
    } finally {
      mine.decrementAndGet();
      total.release();
    }
  }
}
