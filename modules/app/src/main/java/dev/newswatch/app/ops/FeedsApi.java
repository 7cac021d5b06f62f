package dev.newswatch.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.ingest.poll.FeedStatus;
import dev.newswatch.ingest.registry.FeedCatalog;
import dev.newswatch.ingest.registry.FeedRegistry;
import dev.newswatch.ingest.registry.RegistryChanges;
import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.http.HttpReplies;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed registry over HTTP, under {@code /api/v1/feeds}:
 * <ul>
 *   <li>{@code GET /api/v1/feeds} — every feed with its status ({@link FeedView});</li>
 *   <li>{@code GET /api/v1/feeds/{id}} — one feed;</li>
 *   <li>{@code POST /api/v1/feeds} with {@code {"url": "...", "name": "..."}} — adds a feed: 201 with the
 *       feed, 409 with the existing feed when its URL is already polled, 400 for an invalid URL;</li>
 *   <li>{@code DELETE /api/v1/feeds/{id}} — removes a feed: 200 with the feed, 404 when unknown.</li>
 * </ul>
 * Reading takes the API token or the admin token; changing takes the admin token (401 without a
 * known token, 403 with the read token). Request bodies over {@value #MAX_BODY_BYTES} bytes get 413.
 * A write is acknowledged by Kafka and read back by this instance's catalog before the answer, so a
 * following {@code GET} here shows it; the pollers pick it up through their group within seconds.
 */
public final class FeedsApi {

  static final int MAX_BODY_BYTES = 16 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(FeedsApi.class);
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
  private static final Set<String> FIELDS = Set.of("url", "name");
  /** Values of the {@code outcome} label. */
  static final List<String> OUTCOMES = List.of("ok", "created", "exists", "removed", "not_found", "bad_request",
      "unauthorized", "forbidden", "too_large", "method_not_allowed", "unavailable");

  private static final List<String> METHODS = List.of("GET", "POST", "DELETE", "other");

  private final ApiToken readToken;
  private final ApiToken adminToken;
  private final Supplier<FeedCatalog> catalog;
  private final Supplier<FeedRegistry> registry;
  private final Supplier<Map<String, FeedStatus>> local;
  private final Counter requests;

  /**
   * @param readToken  the API token (reads only)
   * @param adminToken the admin token (reads and changes)
   * @param catalog    the registry view; null while the process is starting
   * @param registry   writes the registry; null while the process is starting
   * @param local      the live status of the feeds this instance polls (empty when it runs no poller)
   * @param metrics    where {@code newswatch_ingest_api_requests_total} is registered
   */
  public FeedsApi(ApiToken readToken, ApiToken adminToken, Supplier<FeedCatalog> catalog,
      Supplier<FeedRegistry> registry, Supplier<Map<String, FeedStatus>> local, PrometheusRegistry metrics) {
    this.readToken = readToken;
    this.adminToken = adminToken;
    this.catalog = catalog;
    this.registry = registry;
    this.local = local;
    this.requests = Counter.builder().name("newswatch_ingest_api_requests_total")
        .help("Requests to /api/v1/feeds by method and outcome").labelNames("method", "outcome").register(metrics);
    for (String method : METHODS) {
      OUTCOMES.forEach(o -> requests.initLabelValues(method, o));
    }
  }

  /** Answers one request; {@code rest} is the path after {@code /api/v1/feeds} ("" or "/{id}"). */
  void handle(HttpExchange exchange, String rest) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    boolean admin = adminToken != null && adminToken.accepts(header);
    if (!admin && (readToken == null || !readToken.accepts(header))) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newswatch\"");
      reply(exchange, method, 401, "unauthorized", error("missing or wrong bearer token"));
      return;
    }
    String id = rest.startsWith("/") ? rest.substring(1) : rest;
    if (!rest.isEmpty() && (id.isEmpty() || id.contains("/"))) {
      reply(exchange, method, 404, "not_found", error("no such resource; feeds are /api/v1/feeds/{id}"));
      return;
    }
    boolean writes = method.equals("POST") || method.equals("DELETE");
    Set<String> allowed = id.isEmpty() ? Set.of("GET", "POST") : Set.of("GET", "DELETE");
    if (!allowed.contains(method)) {
      exchange.getResponseHeaders().set("Allow", id.isEmpty() ? "GET, POST" : "GET, DELETE");
      reply(exchange, method, 405, "method_not_allowed", error("method not allowed here"));
      return;
    }
    if (writes && !admin) {
      reply(exchange, method, 403, "forbidden", error("changing feeds needs the admin token (http.adminToken)"));
      return;
    }
    FeedCatalog view = catalog.get();
    if (view == null || !view.caughtUp()) {
      reply(exchange, method, 503, "unavailable", error("the feed registry is still loading; try again shortly"));
      return;
    }
    try {
      switch (method) {
        case "GET" -> get(exchange, view, id);
        case "POST" -> post(exchange, view);
        default -> delete(exchange, view, id);
      }
    } catch (IllegalStateException e) {
      LOG.warn("feed API: registry write failed: {}", e.getMessage());
      reply(exchange, method, 503, "unavailable", error("the feed registry cannot be written now: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply(exchange, method, 503, "unavailable", error("interrupted"));
    }
  }

  /** Every feed with its status, as {@code GET /api/v1/feeds} answers; null while the registry is loading. */
  public List<FeedView> list() {
    FeedCatalog view = catalog.get();
    if (view == null || !view.caughtUp()) {
      return null;
    }
    Map<String, FeedStatus> polled = local.get();
    return view.active().stream().map(e -> FeedView.of(e, polled.get(e.definition().url()))).toList();
  }

  private void get(HttpExchange exchange, FeedCatalog view, String id) throws IOException {
    Map<String, FeedStatus> polled = local.get();
    if (id.isEmpty()) {
      List<FeedView> feeds = view.active().stream().map(e -> FeedView.of(e, polled.get(e.definition().url())))
          .toList();
      reply(exchange, "GET", 200, "ok", feeds);
      return;
    }
    Optional<FeedCatalog.Entry> entry = view.byId(id);
    if (entry.isEmpty()) {
      reply(exchange, "GET", 404, "not_found", error("no feed with id " + HttpReplies.echo(id)));
      return;
    }
    reply(exchange, "GET", 200, "ok", FeedView.of(entry.get(), polled.get(entry.get().definition().url())));
  }

  private void post(HttpExchange exchange, FeedCatalog view) throws IOException, InterruptedException {
    JsonNode body = readBody(exchange);
    if (body == null) {
      return;
    }
    RegistryChanges.Addition addition;
    try {
      addition = RegistryChanges.add(view.definitions(), text(body, "url"), text(body, "name"),
          registry().clock().instant());
    } catch (IllegalArgumentException e) {
      LOG.info("feed API: feed refused: {}", e.getMessage());
      reply(exchange, "POST", 400, "bad_request", error(e.getMessage()));
      return;
    }
    FeedDefinition feed = addition.definition();
    if (!addition.created()) {
      Map<String, Object> answer = new LinkedHashMap<>(error("feed already registered"));
      answer.put("feed", show(view, feed));
      reply(exchange, "POST", 409, "exists", answer);
      return;
    }
    write(view, feed);
    LOG.info("feed API: feed {} ({}) added as {}", feed.name(), RedactedUri.of(feed.url()), feed.id());
    exchange.getResponseHeaders().set("Location", "/api/v1/feeds/" + feed.id());
    reply(exchange, "POST", 201, "created", show(view, feed));
  }

  private void delete(HttpExchange exchange, FeedCatalog view, String id) throws IOException, InterruptedException {
    Optional<FeedDefinition> removal = RegistryChanges.remove(view.definitions(), id, registry().clock().instant());
    if (removal.isEmpty()) {
      reply(exchange, "DELETE", 404, "not_found", error("no feed with id " + HttpReplies.echo(id)));
      return;
    }
    FeedDefinition feed = removal.get();
    FeedView shown = show(view, feed);
    write(view, feed);
    LOG.info("feed API: feed {} ({}) removed", feed.name(), RedactedUri.of(feed.url()));
    reply(exchange, "DELETE", 200, "removed", Map.of("removed", shown));
  }

  private FeedRegistry registry() {
    FeedRegistry writer = registry.get();
    if (writer == null) {
      throw new IllegalStateException("registry writer not started");
    }
    return writer;
  }

  /** Writes and waits until the catalog has read the record back (read-your-writes on this instance). */
  private void write(FeedCatalog view, FeedDefinition feed) throws InterruptedException {
    RecordMetadata written = registry().put(feed, WRITE_TIMEOUT);
    if (!view.awaitRegistryOffset(written.partition(), written.offset(), WRITE_TIMEOUT)) {
      LOG.warn("feed API: record for {} written but not yet read back after {}", feed.id(), WRITE_TIMEOUT);
    }
  }

  private FeedView show(FeedCatalog view, FeedDefinition feed) {
    FeedCatalog.Entry entry = view.byId(feed.id()).orElse(new FeedCatalog.Entry(feed, null));
    return FeedView.of(entry, local.get().get(feed.url()));
  }

  /** The JSON object of the body, or null after answering 400/413. */
  private JsonNode readBody(HttpExchange exchange) throws IOException {
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      reply(exchange, "POST", 413, "too_large", error("request body over " + MAX_BODY_BYTES + " bytes"));
      return null;
    }
    JsonNode body;
    try {
      body = JsonCodec.mapper().readTree(bytes);
    } catch (IOException e) {
      reply(exchange, "POST", 400, "bad_request", error("body is not JSON: expected {\"url\": \"...\", \"name\": \"...\"}"));
      return null;
    }
    if (body == null || !body.isObject()) {
      reply(exchange, "POST", 400, "bad_request", error("body must be a JSON object {\"url\": \"...\", \"name\": \"...\"}"));
      return null;
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        reply(exchange, "POST", 400, "bad_request", error("unknown field '" + HttpReplies.echo(name) + "'; known: url, name"));
        return null;
      }
    }
    for (String field : FIELDS) {
      JsonNode value = body.get(field);
      if (value != null && !value.isNull() && !value.isTextual()) {
        reply(exchange, "POST", 400, "bad_request", error(field + " must be a string"));
        return null;
      }
    }
    return body;
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Map<String, Object> error(String message) {
    return Map.of("error", message);
  }

  private void reply(HttpExchange exchange, String method, int status, String outcome, Object body)
      throws IOException {
    requests.labelValues(METHODS.contains(method) ? method : "other", outcome).inc();
    HttpReplies.json(exchange, status, body);
  }
}
