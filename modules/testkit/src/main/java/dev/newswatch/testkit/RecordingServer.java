package dev.newswatch.testkit;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on one given loopback address and port that records the path of every request and
 * answers each with a fixed RSS body, or with a redirect set for its path. Two of them on 127.0.0.1 and
 * 127.0.0.2 with the same port tell which address a client really connected to.
 */
public final class RecordingServer implements AutoCloseable {

  private static final String BODY = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
      + "<link>https://example.org/</link><description>d</description></channel></rss>";

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final List<String> paths = new CopyOnWriteArrayList<>();
  private final Map<String, String> redirects = new ConcurrentHashMap<>();

  /**
   * @param address a loopback address
   * @param port    the port, or 0 for any free one
   */
  public RecordingServer(InetAddress address, int port) {
    try {
      server = HttpServer.create(new InetSocketAddress(address, port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getPath();
        paths.add(path);
        exchange.getRequestBody().readAllBytes();
        String location = redirects.get(path);
        if (location != null) {
          exchange.getResponseHeaders().set("Location", location);
          exchange.sendResponseHeaders(302, -1);
          return;
        }
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  /** Answers requests for {@code path} with a 302 to {@code location}. */
  public RecordingServer redirect(String path, String location) {
    redirects.put(path, location);
    return this;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The paths requested so far, in order. */
  public List<String> paths() {
    return List.copyOf(paths);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
