package dev.newswatch.ingest.poll;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 answering {@code /feed.xml} with one status: a redirect to a fixed location, or
 * (without a location) an error with {@code Retry-After: 120}. Counts its requests.
 */
final class LocalRedirects implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();

  LocalRedirects(int status, String location) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/feed.xml", exchange -> {
      try (exchange) {
        hits.incrementAndGet();
        if (location != null) {
          exchange.getResponseHeaders().set("Location", location);
        } else {
          exchange.getResponseHeaders().set("Retry-After", "120");
        }
        exchange.sendResponseHeaders(status, -1);
      }
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
  }

  int hits() {
    return hits.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
