package dev.newswatch.alerts.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newswatch.alerts.subscriptions.OwnerAuth;
import dev.newswatch.model.http.HttpReplies;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET} an owner's alerts as a Server-Sent Events stream ({@code text/event-stream}), authenticated
 * with {@code Authorization: Bearer <token>} ({@link OwnerAuth}); the owner is the token's, an admin may
 * name another with {@code ?owner=}. Each event is {@code event: alert}, {@code id: <alert id>},
 * {@code data: <alert JSON>}; a comment line every {@code keepAlive} keeps proxies from closing an idle
 * stream. A stream ends after {@code maxStreamTime}; the client reconnects with {@code Last-Event-ID} and
 * misses nothing still buffered (see {@link SseChannel}). Open streams are bounded per owner and in total
 * (503 beyond). Each open stream holds the serving thread, so the server must give this handler an
 * executor with enough threads (virtual threads suit it).
 */
public final class AlertStreamHandler implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(AlertStreamHandler.class);

  private final SseChannel channel;
  private final OwnerAuth auth;
  private final Duration keepAlive;
  private final Duration maxStreamTime;
  private final StreamSlots slots;

  /**
   * @param keepAlive     pause after which a comment line is sent on an idle stream
   * @param maxStreamTime how long one stream stays open before the client must reconnect
   * @param perOwner      open streams per owner
   * @param maxStreams    open streams in total
   */
  public AlertStreamHandler(SseChannel channel, OwnerAuth auth, Duration keepAlive, Duration maxStreamTime,
      int perOwner, int maxStreams) {
    this.channel = channel;
    this.auth = auth;
    this.keepAlive = keepAlive;
    this.maxStreamTime = maxStreamTime;
    this.slots = new StreamSlots(perOwner, maxStreams);
  }

  /** 15 s keep-alive, 10 min streams, 4 per owner, 200 in total. */
  public AlertStreamHandler(SseChannel channel, OwnerAuth auth) {
    this(channel, auth, Duration.ofSeconds(15), Duration.ofMinutes(10), 4, 200);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        HttpReplies.text(exchange, 405, "only GET");
        return;
      }
      Optional<OwnerAuth.Caller> caller = auth.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
      if (caller.isEmpty()) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newswatch\"");
        HttpReplies.text(exchange, 401, "missing or unknown bearer token");
        return;
      }
      String owner = HttpReplies.query(exchange, "owner");
      if (owner == null) {
        owner = caller.get().owner();
      } else if (!caller.get().mayAccess(owner)) {
        HttpReplies.text(exchange, 403, "not your stream");
        return;
      }
      String streamOwner = owner;
      slots.serve(exchange, owner, () -> stream(exchange, streamOwner));
    }
  }

  private void stream(HttpExchange exchange, String owner) throws IOException {
    SseChannel.OwnerBuffer buffer = channel.buffer(owner);
    long after = buffer.resumeAfter(exchange.getRequestHeaders().getFirst("Last-Event-ID"));
    OutputStream out = EventStream.open(exchange);
    long end = System.nanoTime() + maxStreamTime.toNanos();
    try {
      while (System.nanoTime() < end) {
        List<SseChannel.Event> events = buffer.after(after, keepAlive);
        if (events.isEmpty()) {
          EventStream.write(out, ": keep-alive\n\n");
          continue;
        }
        StringBuilder text = new StringBuilder();
        for (SseChannel.Event e : events) {
          text.append("event: alert\nid: ").append(e.id()).append("\ndata: ").append(e.data()).append("\n\n");
          after = e.sequence();
        }
        EventStream.write(out, text.toString());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.debug("alert stream of {} closed by the client: {}", owner, e.toString());
    }
  }
}
