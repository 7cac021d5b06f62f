package dev.newswatch.app.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves the bundled demo feeds (articles we wrote, under {@code demo/feeds/} on the classpath) from
 * 127.0.0.1, so {@code newswatch run --demo} shows articles, dropped duplicates and alerts without
 * network access.
 */
public final class DemoFeedServer implements AutoCloseable {

  /** Bundled feeds: file name → content type. */
  static final Map<String, String> FEEDS = feeds();

  private final HttpServer server;

  public DemoFeedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the demo feed server", e);
    }
    server.createContext("/feeds/", exchange -> {
      try (exchange) {
        String name = exchange.getRequestURI().getPath().substring("/feeds/".length());
        String type = FEEDS.get(name);
        byte[] body = type == null ? null : resource(name);
        if (body == null) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          exchange.sendResponseHeaders(304, -1);
          return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.start();
  }

  /** The host:port entry that lets the poller's address guard reach this server. */
  public String hostAndPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  /** Absolute URLs of the bundled feeds. */
  public List<String> feedUrls() {
    return FEEDS.keySet().stream().map(name -> "http://" + hostAndPort() + "/feeds/" + name).toList();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DemoFeedServer.class.getClassLoader().getResourceAsStream("demo/feeds/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  private static Map<String, String> feeds() {
    Map<String, String> feeds = new LinkedHashMap<>();
    feeds.put("baltic-wire.rss.xml", "application/rss+xml; charset=utf-8");
    feeds.put("minsk-monitor.rss.xml", "application/rss+xml; charset=utf-8");
    feeds.put("east-post.atom.xml", "application/atom+xml; charset=utf-8");
    feeds.put("sanctions-desk.rdf", "application/rdf+xml; charset=utf-8");
    return java.util.Collections.unmodifiableMap(feeds);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
