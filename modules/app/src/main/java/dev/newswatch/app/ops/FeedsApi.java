package dev.newswatch.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.ingest.feed.FeedDiscovery;
import dev.newswatch.ingest.feed.FeedParseException;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.feed.Opml;
import dev.newswatch.ingest.feed.OpmlFeed;
import dev.newswatch.ingest.fetch.FetchException;
import dev.newswatch.ingest.fetch.FetchResult;
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
import java.net.URI;
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
 *   <li>{@code DELETE /api/v1/feeds/{id}} — removes a feed: 200 with the feed, 404 when unknown;</li>
 *   <li>{@code GET /api/v1/feeds.opml} — the registry as an OPML 2.0 download (full URLs; admin only);</li>
 *   <li>{@code POST /api/v1/feeds:import} with an OPML document as the body (at most
 *       {@value #MAX_IMPORT_BYTES} bytes, {@value #MAX_IMPORT_FEEDS} feeds) — adds every feed it lists
 *       through the same validation as {@code POST /api/v1/feeds} and answers per feed: added, already
 *       present, or refused with the reason (admin only);</li>
 *   <li>{@code POST /api/v1/feeds:discover} with {@code {"url": "<page>"}} — fetches the page through the
 *       pollers' address guard and lists the feeds it advertises ({@code <link rel="alternate">}), each with
 *       whether it is already polled (admin only).</li>
 * </ul>
 * Reading takes the API token or the admin token; changing takes the admin token (401 without a
 * known token, 403 with the read token). Request bodies over {@value #MAX_BODY_BYTES} bytes get 413.
 * A write is acknowledged by Kafka and read back by this instance's catalog before the answer, so a
 * following {@code GET} here shows it; the pollers pick it up through their group within seconds.
 */
public final class FeedsApi {

  static final int MAX_BODY_BYTES = 16 * 1024;
  /** Largest OPML document {@code :import} reads; larger ones get 413. */
  static final int MAX_IMPORT_BYTES = 1024 * 1024;
  /** Most feeds one {@code :import} adds; a longer list is refused as a whole (400), not cut. */
  static final int MAX_IMPORT_FEEDS = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(FeedsApi.class);
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);
  private static final Set<String> FIELDS = Set.of("url", "name");
  /** Values of the {@code outcome} label. */
  static final List<String> OUTCOMES = List.of("ok", "created", "exists", "removed", "not_found", "bad_request",
      "unauthorized", "forbidden", "too_large", "method_not_allowed", "unavailable", "imported", "discovered",
      "fetch_failed");

  private static final List<String> METHODS = List.of("GET", "POST", "DELETE", "other");

  private final ApiToken readToken;
  private final ApiToken adminToken;
  private final Supplier<FeedCatalog> catalog;
  private final Supplier<FeedRegistry> registry;
  private final Supplier<Map<String, FeedStatus>> local;
  private final Counter requests;
  private volatile PageFetcher pages;

  /** Fetches a web page for {@code :discover}; the pollers' {@code HttpFetcher} with its address guard. */
  @FunctionalInterface
  public interface PageFetcher {
    FetchResult fetch(URI page) throws FetchException;
  }

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

  /**
   * Page fetches for discovery with the pollers' fetch settings and address guard ({@code poller.fetch}): a
   * client per request (discovery is rare), closed after it.
   */
  public static PageFetcher fetcher(dev.newswatch.ingest.fetch.FetchConfig fetch) {
    return page -> {
      try (dev.newswatch.ingest.fetch.HttpFetcher client = new dev.newswatch.ingest.fetch.HttpFetcher(fetch)) {
        return client.fetch(page, null, null);
      }
    };
  }

  /**
   * Serves {@code POST /api/v1/feeds:discover} with {@code fetcher}; without one it answers 503.
   *
   * @return this
   */
  public FeedsApi withDiscovery(PageFetcher fetcher) {
    this.pages = java.util.Objects.requireNonNull(fetcher, "fetcher");
    return this;
  }

  /**
   * Answers one request; {@code rest} is the path after {@code /api/v1/feeds}: "", "/{id}", ".opml",
   * ":import" or ":discover".
   */
  void handle(HttpExchange exchange, String rest) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    boolean admin = adminToken != null && adminToken.accepts(header);
    if (!admin && (readToken == null || !readToken.accepts(header))) {
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newswatch\"");
      reply(exchange, method, 401, "unauthorized", error("missing or wrong bearer token"));
      return;
    }
    if (rest.equals(".opml") || rest.equals(":import") || rest.equals(":discover")) {
      special(exchange, method, rest, admin);
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

  /** {@code .opml}, {@code :import} and {@code :discover}: admin only, one method each. */
  private void special(HttpExchange exchange, String method, String rest, boolean admin) throws IOException {
    String allowed = rest.equals(".opml") ? "GET" : "POST";
    if (!method.equals(allowed)) {
      exchange.getRequestBody().close();
      exchange.getResponseHeaders().set("Allow", allowed);
      reply(exchange, method, 405, "method_not_allowed", error("only " + allowed + " here"));
      return;
    }
    if (!admin) {
      exchange.getRequestBody().close();
      reply(exchange, method, 403, "forbidden", error("the feed list's import, export and discovery need the admin "
          + "token (http.adminToken)"));
      return;
    }
    if (rest.equals(":discover")) {
      discover(exchange);
      return;
    }
    FeedCatalog view = catalog.get();
    if (view == null || !view.caughtUp()) {
      exchange.getRequestBody().close();
      reply(exchange, method, 503, "unavailable", error("the feed registry is still loading; try again shortly"));
      return;
    }
    try {
      if (rest.equals(".opml")) {
        export(exchange, view);
      } else {
        importOpml(exchange, view);
      }
    } catch (IllegalStateException e) {
      LOG.warn("feed API: registry write failed: {}", e.getMessage());
      reply(exchange, method, 503, "unavailable", error("the feed registry cannot be written now: " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply(exchange, method, 503, "unavailable", error("interrupted"));
    }
  }

  private void export(HttpExchange exchange, FeedCatalog view) throws IOException {
    List<OpmlFeed> listed = view.active().stream().map(e -> e.definition())
        .sorted(java.util.Comparator.comparing(FeedDefinition::name, String.CASE_INSENSITIVE_ORDER))
        .map(d -> new OpmlFeed(d.url(), d.name(), null, null)).toList();
    byte[] body = Opml.write("newswatch feeds", listed).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    requests.labelValues("GET", "ok").inc();
    exchange.getResponseHeaders().set("Content-Type", "text/x-opml; charset=utf-8");
    exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"newswatch-feeds.opml\"");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
  }

  /** One line of an import's answer: outcome {@code added}, {@code exists} or {@code refused}. */
  record ImportedFeed(String url, String name, String outcome, String id, String reason) {}

  private void importOpml(HttpExchange exchange, FeedCatalog view) throws IOException, InterruptedException {
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_IMPORT_BYTES + 1);
    }
    if (bytes.length > MAX_IMPORT_BYTES) {
      reply(exchange, "POST", 413, "too_large", error("OPML document over " + MAX_IMPORT_BYTES + " bytes"));
      return;
    }
    List<OpmlFeed> listed;
    try {
      listed = Opml.read(bytes);
    } catch (FeedParseException e) {
      reply(exchange, "POST", 400, "bad_request", error(e.getMessage()));
      return;
    }
    if (listed.size() > MAX_IMPORT_FEEDS) {
      reply(exchange, "POST", 400, "bad_request", error("the OPML document lists " + listed.size()
          + " feeds; one import adds at most " + MAX_IMPORT_FEEDS));
      return;
    }
    Map<String, FeedDefinition> known = new java.util.HashMap<>(view.definitions());
    List<ImportedFeed> results = new java.util.ArrayList<>(listed.size());
    int added = 0;
    int exists = 0;
    RecordMetadata last = null;
    for (OpmlFeed feed : listed) {
      String name = feed.title() == null ? null
          : feed.title().length() > FeedDefinition.MAX_NAME_CHARS
              ? feed.title().substring(0, FeedDefinition.MAX_NAME_CHARS) : feed.title();
      RegistryChanges.Addition addition;
      try {
        addition = RegistryChanges.add(known, feed.xmlUrl(), name, registry().clock().instant());
      } catch (IllegalArgumentException e) {
        results.add(new ImportedFeed(RedactedUri.of(feed.xmlUrl()), name, "refused", null, e.getMessage()));
        continue;
      }
      FeedDefinition definition = addition.definition();
      if (!addition.created()) {
        exists++;
        results.add(new ImportedFeed(RedactedUri.of(definition.url()), definition.name(), "exists", definition.id(),
            null));
        continue;
      }
      last = registry().put(definition, WRITE_TIMEOUT);
      known.put(definition.url(), definition);
      added++;
      results.add(new ImportedFeed(RedactedUri.of(definition.url()), definition.name(), "added", definition.id(), null));
    }
    if (last != null && !view.awaitRegistryOffset(last.partition(), last.offset(), WRITE_TIMEOUT)) {
      LOG.warn("feed API: imported feeds written but not yet read back after {}", WRITE_TIMEOUT);
    }
    LOG.info("feed API: OPML import of {} feeds: {} added, {} already present, {} refused", listed.size(), added,
        exists, listed.size() - added - exists);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("listed", listed.size());
    answer.put("added", added);
    answer.put("exists", exists);
    answer.put("refused", listed.size() - added - exists);
    answer.put("feeds", results);
    reply(exchange, "POST", 200, "imported", answer);
  }

  /** One feed a page advertises, and whether (and as which id) it is already polled. */
  record DiscoveredFeed(String url, String id, boolean registered) {}

  private void discover(HttpExchange exchange) throws IOException {
    JsonNode body = readBody(exchange, Set.of("url"));
    if (body == null) {
      return;
    }
    String url = text(body, "url");
    if (url == null || url.isBlank()) {
      reply(exchange, "POST", 400, "bad_request", error("url is required"));
      return;
    }
    URI page;
    try {
      page = new URI(url.strip());
    } catch (java.net.URISyntaxException e) {
      reply(exchange, "POST", 400, "bad_request", error("url is not a URL"));
      return;
    }
    String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || page.getHost() == null
        || url.length() > FeedDefinition.MAX_URL_CHARS) {
      reply(exchange, "POST", 400, "bad_request", error("url must be an absolute http or https URL with a host"));
      return;
    }
    PageFetcher fetcher = pages;
    if (fetcher == null) {
      reply(exchange, "POST", 503, "unavailable", error("feed discovery is not available in this process"));
      return;
    }
    FetchResult fetched;
    try {
      fetched = fetcher.fetch(page);
    } catch (FetchException e) {
      LOG.info("feed API: discovery on {} failed: {}", RedactedUri.of(page), e.getMessage());
      reply(exchange, "POST", 422, "fetch_failed", error("cannot fetch the page: " + e.getMessage()));
      return;
    }
    List<URI> found;
    try {
      new FeedParser().parse(fetched.body(), fetched.contentType(), fetched.finalUri());
      found = List.of(fetched.finalUri()); // the URL is a feed itself
    } catch (FeedParseException notAFeed) {
      found = FeedDiscovery.discover(fetched.body(), fetched.contentType(), fetched.finalUri());
    }
    FeedCatalog view = catalog.get();
    Map<String, FeedDefinition> known = view == null ? Map.of() : view.definitions();
    List<DiscoveredFeed> feeds = found.stream().map(u -> {
      FeedDefinition d = known.get(new dev.newswatch.ingest.poll.FeedSource(u.toString(), null).url());
      return new DiscoveredFeed(u.toString(), FeedDefinition.idOf(u.toString()), d != null && !d.removed());
    }).toList();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("page", RedactedUri.of(fetched.finalUri()));
    answer.put("feeds", feeds);
    reply(exchange, "POST", 200, "discovered", answer);
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
    JsonNode body = readBody(exchange, FIELDS);
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
  private JsonNode readBody(HttpExchange exchange, Set<String> fields) throws IOException {
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
      if (!fields.contains(name)) {
        reply(exchange, "POST", 400, "bad_request", error("unknown field '" + HttpReplies.echo(name) + "'; known: "
            + String.join(", ", new java.util.TreeSet<>(fields))));
        return null;
      }
    }
    for (String field : fields) {
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
