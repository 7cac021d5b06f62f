package dev.newswatch.app.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.model.http.HttpReplies;
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
 * this process are up) are read-only and free of payloads, so they need no credentials (probes and
 * scrapers cannot easily carry them). {@code /api/v1/...} returns JSON status documents and requires
 * {@code Authorization: Bearer <token>}; {@code /api/v1/feeds} also adds and removes feeds with the
 * admin token ({@link FeedsApi}). Binds to 127.0.0.1 by default.
 */
public final class OpsHttpServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OpsHttpServer.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final java.util.List<com.sun.net.httpserver.HttpContext> contexts = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final java.util.List<com.sun.net.httpserver.Filter> filters = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * Starts serving.
   *
   * @param host     address to bind, usually 127.0.0.1 (0.0.0.0 in containers)
   * @param port     port, 0 for a free one
   * @param registry metrics to expose
   * @param health   the process's health and readiness
   */
  public OpsHttpServer(String host, int port, PrometheusRegistry registry, HealthCheck health) throws IOException {
    this(host, port, registry, health, null, java.util.Map.of(), null);
  }

  /** Starts serving, with JSON status documents under {@code /api/v1/<name>} and no feed registry API. */
  public OpsHttpServer(String host, int port, PrometheusRegistry registry, HealthCheck health, ApiToken token,
      java.util.Map<String, java.util.function.Supplier<Object>> api) throws IOException {
    this(host, port, registry, health, token, api, null);
  }

  /**
   * Starts serving, with JSON status documents under {@code /api/v1/<name>}.
   *
   * @param token guards the API; with null the API answers 404
   * @param api   document name → supplier of a JSON-serialisable value (read at each request)
   * @param feeds serves {@code /api/v1/feeds} and {@code /api/v1/feeds/{id}} (with its own tokens), or null
   */
  public OpsHttpServer(String host, int port, PrometheusRegistry registry, HealthCheck health, ApiToken token,
      java.util.Map<String, java.util.function.Supplier<Object>> api, FeedsApi feeds) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 16);
    // Virtual threads: an SSE stream holds its request for as long as the subscriber listens, so a
    // fixed pool would be used up by a few listeners and starve /metrics and /healthz.
    executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ops-http-", 0).factory());
    server.setExecutor(executor);
    ExpositionFormats formats = ExpositionFormats.init();
    context("/metrics", exchange -> serveMetrics(exchange, registry, formats));
    context("/healthz", exchange -> serveStatus(exchange, health.health()));
    context("/readyz", exchange -> serveStatus(exchange, health.readiness()));
    context("/api/v1/", exchange -> serveApi(exchange, token, api, feeds));
    context("/", exchange -> {
      try (exchange) {
        byte[] body = "newswatch ops endpoint: /metrics /healthz /readyz\n".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/") ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    server.start();
    LOG.info("ops endpoint on http://{}:{}/ (/metrics /healthz /readyz)", host, port());
  }

  /**
   * Serves {@code path} (and paths under it) with {@code handler}, which answers and closes the exchange
   * and does its own authentication; a longer path wins over {@code /api/v1/}.
   */
  public void mount(String path, com.sun.net.httpserver.HttpHandler handler) {
    if (path.equals("/")) {
      contexts.removeIf(c -> c.getPath().equals("/"));
      server.removeContext("/");
    }
    context(path, exchange -> {
      try {
        handler.handle(exchange);
      } catch (IOException | RuntimeException e) {
        LOG.warn("request to {} failed: {}", path, e.toString());
        exchange.close();
      }
    });
  }

  /** Runs {@code filter} before every handler, those mounted later included (the web page's session bridge). */
  public void addFilter(com.sun.net.httpserver.Filter filter) {
    filters.add(filter);
    contexts.forEach(c -> c.getFilters().add(filter));
  }

  private void context(String path, com.sun.net.httpserver.HttpHandler handler) {
    com.sun.net.httpserver.HttpContext c = server.createContext(path, handler);
    c.getFilters().addAll(filters);
    contexts.add(c);
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

  private static void serveApi(HttpExchange exchange, ApiToken token,
      java.util.Map<String, java.util.function.Supplier<Object>> api, FeedsApi feeds) throws IOException {
    try (exchange) {
      String name = exchange.getRequestURI().getPath().substring("/api/v1/".length());
      if (feeds != null && (name.equals("feeds") || name.startsWith("feeds/") || name.startsWith("feeds:")
          || name.equals("feeds.opml"))) {
        try {
          feeds.handle(exchange, name.substring("feeds".length()));
        } catch (RuntimeException e) {
          LOG.warn("feed API request failed: {}", e.toString());
          HttpReplies.json(exchange, 500, java.util.Map.of("error", "internal error"));
        }
        return;
      }
      java.util.function.Supplier<Object> document = api.get(name);
      if (token == null || document == null) {
        HttpReplies.json(exchange, 404, java.util.Map.of("error", "not found", "documents", api.keySet()));
        return;
      }
      if (!token.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newswatch\"");
        HttpReplies.json(exchange, 401, java.util.Map.of("error", "missing or wrong bearer token"));
        return;
      }
      if (!exchange.getRequestMethod().equals("GET")) {
        HttpReplies.json(exchange, 405, java.util.Map.of("error", "only GET"));
        return;
      }
      HttpReplies.json(exchange, 200, document.get());
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
