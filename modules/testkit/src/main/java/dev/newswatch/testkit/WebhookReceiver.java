package dev.newswatch.testkit;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A real HTTP server on 127.0.0.1 that records every POST it receives. It can be told to fail the next
 * n requests with a status code, to exercise retries.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** One received request: headers (lower-cased names, first value) and the body as text. */
  public record Request(String path, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureStatus = 503;

  public WebhookReceiver() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      try (exchange) {
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
          exchange.sendResponseHeaders(failureStatus, -1);
          return;
        }
        Map<String, String> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        requests.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(headers),
            new String(body, StandardCharsets.UTF_8)));
        exchange.sendResponseHeaders(204, -1);
      }
    });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Answers the next {@code count} requests with {@code status} instead of recording them. */
  public void failNext(int count, int status) {
    failureStatus = status;
    failuresLeft.set(count);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Waits until at least one recorded request satisfies the predicate, or the timeout passes. */
  public boolean await(Predicate<Request> predicate, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (requests.stream().anyMatch(predicate)) {
        return true;
      }
      Thread.sleep(50);
    }
    return requests.stream().anyMatch(predicate);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
