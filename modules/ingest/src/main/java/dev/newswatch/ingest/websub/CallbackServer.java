package dev.newswatch.ingest.websub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.ingest.fetch.RedactedUri;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSub callback endpoint, {@code /websub/<subscription id>} on its own address and port:
 * <ul>
 *   <li>GET with {@code hub.mode=subscribe|unsubscribe}: verification of intent; 200 with the challenge
 *       only for a request we sent and are waiting on, else 404;</li>
 *   <li>GET with {@code hub.mode=denied}: the hub refused or ended a subscription; 200 when it is ours;</li>
 *   <li>POST: content distribution; the body (capped) must carry a valid {@code X-Hub-Signature}. Valid
 *       content is queued for the poller and answered 202 at once. A bad or missing signature is still
 *       answered 202, as the recommendation asks, but the content is dropped and counted. An unknown id
 *       gets 410 Gone, which tells the hub to drop the subscription; a full queue 503 with Retry-After.</li>
 * </ul>
 * Nothing here logs ids, secrets, signatures or bodies. A request body left unread is drained up to the
 * JDK server's limit and the connection closed beyond it.
 */
final class CallbackServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CallbackServer.class);

  /** The path under which callbacks are served; the public callback URL maps onto it. */
  static final String PATH = "/websub/";
  /** Longest query string read; a challenge is short, and this bounds what is echoed. */
  static final int MAX_QUERY_CHARS = 8_192;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{16,128}");
  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService executor;
  private final HubSubscriptions subscriptions;
  private final PushQueue queue;
  private final WebSubMetrics metrics;
  private final long maxBodyBytes;

  CallbackServer(String host, int port, long maxBodyBytes, HubSubscriptions subscriptions, PushQueue queue,
      WebSubMetrics metrics) throws IOException {
    this.subscriptions = subscriptions;
    this.queue = queue;
    this.metrics = metrics;
    this.maxBodyBytes = maxBodyBytes;
    server = HttpServer.create(new InetSocketAddress(host, port), 64);
    AtomicInteger count = new AtomicInteger();
    executor = Executors.newFixedThreadPool(THREADS, r -> {
      Thread thread = new Thread(r, "newswatch-websub-http-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext(PATH, this::handle);
    server.createContext("/", exchange -> {
      try (exchange) {
        exchange.sendResponseHeaders(404, -1);
      }
    });
    server.start();
    LOG.info("WebSub callback endpoint on http://{}:{}{}", host, port(), PATH);
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String id = exchange.getRequestURI().getRawPath().substring(PATH.length());
      if (!ID.matcher(id).matches()) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      switch (exchange.getRequestMethod()) {
        case "GET" -> verify(exchange, id);
        case "POST" -> push(exchange, id);
        default -> {
          exchange.getResponseHeaders().set("Allow", "GET, POST");
          exchange.sendResponseHeaders(405, -1);
        }
      }
    } catch (RuntimeException e) {
      LOG.error("unexpected failure answering a WebSub callback", e);
      throw e;
    }
  }

  private void verify(HttpExchange exchange, String id) throws IOException {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.length() > MAX_QUERY_CHARS) {
      exchange.sendResponseHeaders(raw == null ? 404 : 414, -1);
      return;
    }
    Map<String, String> query = query(raw);
    String mode = query.get("hub.mode");
    String topic = query.get("hub.topic");
    if ("denied".equals(mode)) {
      exchange.sendResponseHeaders(subscriptions.denied(id, topic, query.get("hub.reason")) ? 200 : 404, -1);
      return;
    }
    String challenge = query.get("hub.challenge");
    if (challenge == null || challenge.isEmpty()) {
      metrics.verification(mode, false);
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    if (!subscriptions.verify(id, mode, topic, query.get("hub.lease_seconds"))) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    byte[] body = challenge.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private void push(HttpExchange exchange, String id) throws IOException {
    HubSubscription subscription = subscriptions.forPush(id);
    if (subscription == null) {
      metrics.push(WebSubMetrics.UNKNOWN_SUBSCRIPTION);
      exchange.sendResponseHeaders(410, -1);
      return;
    }
    byte[] body = body(exchange);
    if (body == null) {
      metrics.push(WebSubMetrics.TOO_LARGE);
      LOG.warn("push for feed {} refused: body over {} bytes", RedactedUri.of(subscription.feedUrl), maxBodyBytes);
      exchange.sendResponseHeaders(413, -1);
      return;
    }
    String signature = exchange.getRequestHeaders().getFirst("X-Hub-Signature");
    if (!PushSignature.valid(signature, subscription.key(), body)) {
      metrics.push(WebSubMetrics.BAD_SIGNATURE);
      LOG.warn("push for feed {} ignored: {} signature", RedactedUri.of(subscription.feedUrl),
          signature == null ? "no" : "wrong");
      exchange.sendResponseHeaders(202, -1);
      return;
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (!queue.offer(subscription.feedUrl, body, contentType)) {
      LOG.warn("push for feed {} dropped: the push queue is full; polling will find its items",
          RedactedUri.of(subscription.feedUrl));
      exchange.getResponseHeaders().set("Retry-After", "60");
      exchange.sendResponseHeaders(503, -1);
      return;
    }
    exchange.sendResponseHeaders(202, -1);
  }

  /** The request body, or null when it is larger than allowed (declared or as sent). */
  private byte[] body(HttpExchange exchange) throws IOException {
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      if (declared != null && Long.parseLong(declared.strip()) > maxBodyBytes) {
        return null;
      }
    } catch (NumberFormatException e) {
      return null;
    }
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      return body.length > maxBodyBytes ? null : body;
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (name != null && value != null) {
        values.putIfAbsent(name, value);
      }
    }
    return values;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Stops listening at once; requests in progress are cut. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
