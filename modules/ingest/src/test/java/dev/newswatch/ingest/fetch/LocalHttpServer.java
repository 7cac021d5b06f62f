package dev.newswatch.ingest.fetch;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on 127.0.0.1 with handlers set per test, for what the testkit FeedServer does not
 * do: redirects, gzip, Last-Modified, slow and endless answers.
 */
final class LocalHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

  LocalHttpServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.start();
  }

  LocalHttpServer handle(String path, HttpHandler handler) {
    server.createContext(path, handler);
    return this;
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
