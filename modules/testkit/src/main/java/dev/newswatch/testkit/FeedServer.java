package dev.newswatch.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 that serves feed documents set by the test, with ETag support so
 * conditional GETs can be exercised. Paths not set answer 404.
 */
public final class FeedServer implements AutoCloseable {

  private record Doc(byte[] body, String contentType, String etag) {}

  private final HttpServer server;
  private final Map<String, Doc> docs = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
  private final Map<String, List<String>> links = new ConcurrentHashMap<>();

  public FeedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves {@code body} at {@code path} (for example "/world.xml") with the given content type. */
  public FeedServer serve(String path, String body, String contentType) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    docs.put(path, new Doc(bytes, contentType, "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\""));
    return this;
  }

  public FeedServer serveRss(String path, String body) {
    return serve(path, body, "application/rss+xml; charset=utf-8");
  }

  /** Sends these {@code Link} header values with every answer for {@code path} (WebSub discovery, say). */
  public FeedServer links(String path, String... values) {
    links.put(path, List.of(values));
    return this;
  }

  /** The absolute URL of a path on this server. */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Requests answered for a path, including 304s. */
  public int hits(String path) {
    return hits.getOrDefault(path, new AtomicInteger()).get();
  }

  /** Requests for a path answered 304 Not Modified. */
  public int notModified(String path) {
    return notModified.getOrDefault(path, new AtomicInteger()).get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    try (exchange) {
      Doc doc = docs.get(path);
      if (doc == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", doc.etag());
      for (String link : links.getOrDefault(path, List.of())) {
        exchange.getResponseHeaders().add("Link", link);
      }
      if (doc.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", doc.contentType());
      exchange.sendResponseHeaders(200, doc.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(doc.body());
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
