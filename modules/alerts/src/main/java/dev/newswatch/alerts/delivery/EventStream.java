package dev.newswatch.alerts.delivery;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The wire side of a Server-Sent Events answer, shared by the alert, story and alert-history streams: the
 * headers (no caching, no proxy buffering), the 200 and the client's reconnect delay, then events written
 * and flushed one chunk at a time.
 */
public final class EventStream {

  private EventStream() {}

  /** Starts the stream on {@code exchange} and returns its body; the client reconnects 3 s after it ends. */
  public static OutputStream open(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    write(out, "retry: 3000\n\n");
    return out;
  }

  /** Writes {@code text} (whole events or a comment line) and flushes it to the client. */
  public static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
