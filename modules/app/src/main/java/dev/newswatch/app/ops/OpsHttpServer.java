package dev.newswatch.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ops endpoint: {@code /metrics} (Prometheus text format), {@code /healthz} (liveness: 200 unless a
 * service has failed for good) and {@code /readyz} (200 once the broker, topics and every service of
 * this process are up). Read-only and free of payloads, so it binds to 127.0.0.1 by default and needs no
 * credentials; expose it wider only behind the network policy of the deployment.
 */
public final class OpsHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);

  private final HttpServer server;
  private final ExecutorService executor;

  /**
   * Starts serving.
   *
   * @param host     address to bind, usually 127.0.0.1 (0.0.0.0 in containers)
   * @param port     port, 0 for a free one
   * @param registry metrics to expose
   * @param health   the process's health and readiness
   */
  public OpsHttpServer(String host, int port, PrometheusRegistry registry, HealthCheck health) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 16);
    executor = Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "ops-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    ExpositionFormats formats = ExpositionFormats.init();
    server.createContext("/metrics", exchange -> serveMetrics(exchange, registry, formats));
    server.createContext("/healthz", exchange -> serveStatus(exchange, health.health()));
    server.createContext("/readyz", exchange -> serveStatus(exchange, health.readiness()));
    server.createContext("/", exchange -> {
      try (exchange) {
        byte[] body = "newswatch ops endpoint: /metrics /healthz /readyz\n".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/") ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.start();
    LOG.info("ops endpoint on http://{}:{}/ (/metrics /healthz /readyz)", host, port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void serveMetrics(HttpExchange exchange, PrometheusRegistry registry, ExpositionFormats formats)
      throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      ExpositionFormatWriter writer = formats.findWriter(exchange.getRequestHeaders().getFirst("Accept"));
      if (!writer.isAvailable()) {
        writer = formats.getPrometheusTextFormatWriter();
      }
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
      writer.write(buffer, registry.scrape());
      exchange.getResponseHeaders().set("Content-Type", writer.getContentType());
      exchange.sendResponseHeaders(200, buffer.size());
      try (OutputStream out = exchange.getResponseBody()) {
        buffer.writeTo(out);
      }
    } catch (RuntimeException e) {
      LOG.warn("metrics scrape failed: {}", e.toString());
      throw e;
    }
  }

  private static void serveStatus(HttpExchange exchange, HealthCheck.Status status) throws IOException {
    try (exchange) {
      String body = (status.ok() ? "ok" : "not ok") + "\n" + status.detail() + "\n";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(status.ok() ? 200 : 503, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
