package dev.newswatch.alerts.subscriptions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.alerts.match.InvalidQueryException;
import dev.newswatch.alerts.match.QueryCompiler;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.http.HttpReplies;
import dev.newswatch.model.http.RateLimiter;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions HTTP API (JSON, {@code Authorization: Bearer <token>}), described by the OpenAPI
 * document it serves at {@code GET /api/v1/openapi.json}:
 * <ul>
 *   <li>{@code GET /api/v1/subscriptions}, {@code POST /api/v1/subscriptions} (201, 409 when the id is taken)</li>
 *   <li>{@code GET|PUT|DELETE /api/v1/subscriptions/{id}}</li>
 *   <li>{@code POST /api/v1/subscriptions/{id}/pause}, {@code .../resume}, {@code .../test}</li>
 *   <li>{@code POST /api/v1/subscriptions:preview}: a subscription that is not stored, run against the recent
 *       stories</li>
 *   <li>{@code POST /api/v1/subscriptions:reencrypt} (admin): writes every subscription stored with secrets
 *       in clear or under an older key again, sealed with the active key</li>
 * </ul>
 * An owner sees and changes only their own subscriptions (another owner's answer 404, as if absent); the
 * admin sees all. 401 without a known token, 403 when an owner names another owner, 400 for invalid input
 * (with line and column for a bad query, and the limit's name for one over the {@link ApiLimits#query()}
 * limits), 409 for a new subscription over {@link ApiLimits#subscriptionsPerOwner()}, 429 with
 * {@code Retry-After} for a caller over its request rate ({@link ApiLimiter}), 413 for bodies over
 * {@value #MAX_BODY_BYTES} bytes. Channel secrets are write-only: never returned, and an update that omits
 * one keeps the stored one. A channel URL that resolves to a non-public address is refused. A subscription
 * whose stored secrets do not open (see {@link KafkaSubscriptionDirectory.Locked}) is listed with its error,
 * answers 503 and may be deleted. Routing and
 * request checks are kept together here so every answer path is visible in one file; the request-body
 * rules live in {@link SubscriptionRequests}.
 */
public final class SubscriptionsApi {

  static final int MAX_BODY_BYTES = 64 * 1024;
  static final int MAX_PREVIEW_MATCHES = 100;
  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionsApi.class);
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "other");
  static final List<String> OUTCOMES = List.of("ok", "created", "deleted", "not_found", "bad_request", "unauthorized",
      "forbidden", "conflict", "too_large", "method_not_allowed", "unavailable", "rate_limited", "over_limit");
  /** The {@code reason} labels of {@code newswatch_alerts_subscriptions_refused_total}. */
  static final List<String> REFUSALS = List.of("subscriptions_per_owner", "query_length", "clauses", "wildcards",
      "regex", "watchlist");
  private static final ObjectMapper STRICT = JsonCodec.mapper().copy()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OwnerAuth auth;
  private final Supplier<SubscriptionRegistry.Backend> backend;
  private final AddressGuard guard;
  private final Counter requests;
  private final Counter refused;
  private final ApiLimits limits;
  private final ApiLimiter limiter;
  private final Object createLock = new Object();
  private final byte[] openApi;
  private volatile Supplier<dev.newswatch.alerts.DeliveryJournal> journal = () -> null;

  /**
   * @param auth          who the caller is
   * @param backend       every subscription, the store that writes them (returning once a change is
   *                      visible) and the recent stories; null while the alerts service is starting
   * @param guard         the outbound address policy channel URLs must pass
   * @param metrics       where {@code newswatch_alerts_api_requests_total} is registered
   */
  public SubscriptionsApi(OwnerAuth auth, Supplier<SubscriptionRegistry.Backend> backend, AddressGuard guard,
      PrometheusRegistry metrics) {
    this(auth, backend, guard, ApiLimits.defaults(), new ApiLimiter(ApiLimits.defaults(), metrics), metrics);
  }

  /**
   * @param limits  the subscription count and query limits
   * @param limiter the request rate limits (shared with the other endpoints that take owner tokens)
   * @param metrics where {@code newswatch_alerts_api_requests_total} and
   *                {@code newswatch_alerts_subscriptions_refused_total} are registered
   */
  public SubscriptionsApi(OwnerAuth auth, Supplier<SubscriptionRegistry.Backend> backend, AddressGuard guard,
      ApiLimits limits, ApiLimiter limiter, PrometheusRegistry metrics) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.auth = Objects.requireNonNull(auth, "auth");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.requests = Counter.builder().name("newswatch_alerts_api_requests_total")
        .help("Requests to /api/v1/subscriptions by method and outcome").labelNames("method", "outcome")
        .register(metrics);
    METHODS.forEach(m -> OUTCOMES.forEach(o -> requests.initLabelValues(m, o)));
    this.refused = Counter.builder().name("newswatch_alerts_subscriptions_refused_total")
        .help("Subscriptions refused at create, update or preview for exceeding a limit, by reason")
        .labelNames("reason").register(metrics);
    REFUSALS.forEach(refused::initLabelValues);
    try (InputStream in = SubscriptionsApi.class.getResourceAsStream("/alerts/openapi.json")) {
      openApi = Objects.requireNonNull(in, "alerts/openapi.json missing from the class path").readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Serves {@code GET /api/v1/subscriptions/{id}/alerts} from {@code journal} (null while this process
   * delivers nothing: 503).
   */
  public SubscriptionsApi withAlertHistory(Supplier<dev.newswatch.alerts.DeliveryJournal> journal) {
    this.journal = Objects.requireNonNull(journal, "journal");
    return this;
  }

  /** The subscriptions {@code who} may see, by owner then id: what {@code GET /api/v1/subscriptions} lists. */
  public List<Subscription> visible(OwnerAuth.Caller who, SubscriptionRegistry.Backend b) {
    return b.directory().all().stream()
        .filter(s -> who.mayAccess(s.owner()))
        .sorted(Comparator.comparing(Subscription::owner).thenComparing(Subscription::id))
        .toList();
  }

  /** The subscription {@code id} if {@code who} may see it: another owner's is absent, as on the API. */
  public Optional<Subscription> find(OwnerAuth.Caller who, SubscriptionRegistry.Backend b, String id) {
    return b.directory().get(id).filter(s -> who.mayAccess(s.owner()));
  }

  /** The alert history of {@code id} as {@code GET .../alerts} answers it, or null when not kept here. */
  public List<dev.newswatch.alerts.DeliveryJournal.Entry> history(String id) {
    dev.newswatch.alerts.DeliveryJournal j = journal.get();
    return j == null ? null : j.of(id);
  }

  /** True when {@code path} (after {@code /api/v1/}) is one this API answers. */
  public static boolean serves(String path) {
    return path.equals("openapi.json") || path.equals("subscriptions") || path.startsWith("subscriptions/")
        || path.startsWith("subscriptions:");
  }

  /** Open alert history streams, over all owners. */
  static final int MAX_HISTORY_STREAMS = 100;
  private static final java.time.Duration STREAM_KEEP_ALIVE = java.time.Duration.ofSeconds(15);
  private static final java.time.Duration STREAM_MAX_TIME = java.time.Duration.ofMinutes(10);
  private final java.util.concurrent.Semaphore historyStreams = new java.util.concurrent.Semaphore(MAX_HISTORY_STREAMS);

  /**
   * {@code GET /api/v1/subscriptions/{id}/alerts/stream}: Server-Sent Events, {@code event: delivery} with
   * {@code {"alertId", "subscription", "channel": {type, target, state, attempts, lastError, updatedAt}}} each
   * time one of the subscription's alerts changes state on a channel here (queued, delivered, retrying,
   * dead-lettered). At most {@value #MAX_HISTORY_STREAMS} open at once (503 beyond), each for 10 minutes (the
   * browser reconnects); at most 256 changes wait per stream, more are dropped (the page then reloads the
   * history on its next reconnect).
   */
  private void alertStream(HttpExchange exchange, Subscription current) throws IOException {
    dev.newswatch.alerts.DeliveryJournal j = journal.get();
    if (j == null) {
      reply(exchange, "GET", 503, "unavailable", error("alert history is kept by the alerts service, which does not "
          + "run in this process"));
      return;
    }
    if (!historyStreams.tryAcquire()) {
      reply(exchange, "GET", 503, "unavailable", error("too many open alert history streams"));
      return;
    }
    java.util.concurrent.BlockingQueue<dev.newswatch.alerts.DeliveryJournal.Change> queue =
        new java.util.concurrent.ArrayBlockingQueue<>(256);
    Runnable stop = j.listen(c -> {
      if (c.alert().subscriptionId().equals(current.id())) {
        queue.offer(c);
      }
    });
    try {
      requests.labelValues("GET", "ok").inc();
      java.io.OutputStream out = dev.newswatch.alerts.delivery.EventStream.open(exchange);
      long end = System.nanoTime() + STREAM_MAX_TIME.toNanos();
      while (System.nanoTime() < end) {
        dev.newswatch.alerts.DeliveryJournal.Change c =
            queue.poll(STREAM_KEEP_ALIVE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        String text;
        if (c == null) {
          text = ": keep-alive\n\n";
        } else {
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("alertId", c.alert().alertId());
          data.put("subscription", c.alert().subscriptionId());
          data.put("channel", c.channel());
          text = "event: delivery\ndata: " + new String(dev.newswatch.model.JsonCodec.toBytes(data),
              java.nio.charset.StandardCharsets.UTF_8) + "\n\n";
        }
        dev.newswatch.alerts.delivery.EventStream.write(out, text);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.debug("alert history stream of {} closed by the client: {}", current.id(), e.toString());
    } finally {
      stop.run();
      historyStreams.release();
    }
  }

  /**
   * Answers one request and closes the exchange.
   *
   * @param path the request path after {@code /api/v1/}
   */
  public void handle(HttpExchange exchange, String path) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      try {
        route(exchange, method, path);
      } catch (IllegalStateException e) {
        LOG.warn("subscription API: store unavailable: {}", e.getMessage());
        reply(exchange, method, 503, "unavailable", error("subscriptions cannot be written now; try again shortly"));
      } catch (RuntimeException e) {
        LOG.warn("subscription API: request failed: {}", e.toString());
        reply(exchange, method, 500, "unavailable", error("internal error"));
      }
    }
  }

  private void route(HttpExchange exchange, String method, String path) throws IOException {
    if (path.equals("openapi.json")) {
      if (!method.equals("GET")) {
        methodNotAllowed(exchange, method, "GET");
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, openApi.length);
      exchange.getResponseBody().write(openApi);
      requests.labelValues("GET", "ok").inc();
      return;
    }
    RateLimiter.Decision address = limiter.checkAddress(exchange);
    if (!address.allowed()) {
      tooMany(exchange, method, address);
      return;
    }
    Optional<OwnerAuth.Caller> caller = auth.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
    if (caller.isEmpty()) {
      limiter.failedAuthentication(exchange);
      exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newswatch\"");
      reply(exchange, method, 401, "unauthorized", error("missing or wrong bearer token"));
      return;
    }
    RateLimiter.Decision rate = limiter.acquireOwner(caller.get().owner());
    if (!rate.allowed()) {
      tooMany(exchange, method, rate);
      return;
    }
    SubscriptionRegistry.Backend b = backend.get();
    if (b == null || !b.store().ready()) {
      reply(exchange, method, 503, "unavailable", error("subscriptions are still loading; try again shortly"));
      return;
    }
    OwnerAuth.Caller who = caller.get();
    if (path.equals("subscriptions:reencrypt")) {
      if (!method.equals("POST")) {
        methodNotAllowed(exchange, method, "POST");
      } else if (!who.admin()) {
        reply(exchange, method, 403, "forbidden", error("only the admin token may re-encrypt subscriptions"));
      } else {
        SubscriptionRegistry.ResealReport done = b.secrets().reseal();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reencrypted", done.resealed());
        answer.put("activeKey", done.activeKey());
        answer.put("unreadable", done.unreadable());
        LOG.info("subscription API: {} subscriptions re-encrypted under key {} by {}", done.resealed(),
            done.activeKey(), who.owner());
        reply(exchange, method, 200, "ok", answer);
      }
      return;
    }
    if (path.equals("subscriptions:validate")) {
      if (!method.equals("POST")) {
        methodNotAllowed(exchange, method, "POST");
        return;
      }
      ObjectNode body = readBody(exchange, "POST");
      if (body == null) {
        return;
      }
      if (!body.hasNonNull("id")) {
        body.put("id", "validate");
      }
      if (decode(exchange, "POST", body, who, null) != null) {
        reply(exchange, method, 200, "ok", Map.of("valid", true));
      }
      return;
    }
    if (path.equals("subscriptions:preview")) {
      if (!method.equals("POST")) {
        methodNotAllowed(exchange, method, "POST");
        return;
      }
      preview(exchange, who, b);
      return;
    }
    if (path.equals("subscriptions")) {
      switch (method) {
        case "GET" -> list(exchange, who, b);
        case "POST" -> create(exchange, who, b);
        default -> methodNotAllowed(exchange, method, "GET, POST");
      }
      return;
    }
    String[] parts = path.substring("subscriptions".length()).split("/", -1);
    // parts[0] is "" (the path went on with '/'); then {id} and an optional action
    boolean stream = parts.length == 4 && parts[2].equals("alerts") && parts[3].equals("stream");
    if (!path.startsWith("subscriptions/") || parts.length < 2 || parts.length > 3 && !stream || parts[1].isEmpty()) {
      reply(exchange, method, 404, "not_found", error("no such resource; see /api/v1/openapi.json"));
      return;
    }
    Optional<Subscription> found = find(who, b, parts[1]);
    Optional<KafkaSubscriptionDirectory.Locked> locked = found.isPresent() ? Optional.empty()
        : b.secrets().locked(parts[1]).filter(l -> l.owner() == null ? who.admin() : who.mayAccess(l.owner()));
    if (locked.isPresent()) {
      KafkaSubscriptionDirectory.Locked l = locked.get();
      if (parts.length == 2 && method.equals("DELETE")) {
        b.store().delete(l.id());
        LOG.info("subscription API: {} (unreadable) deleted by {}", l.id(), who.owner());
        reply(exchange, method, 200, "deleted", Map.of("deleted", SubscriptionRequests.shown(l)));
      } else {
        Map<String, Object> answer = new LinkedHashMap<>(error("subscription " + l.id() + " cannot be read: its "
            + "stored secrets do not open (" + l.reason() + "); it is not matched until the key that sealed them is "
            + "configured again, or it is deleted and created anew"));
        answer.put("subscription", SubscriptionRequests.shown(l));
        reply(exchange, method, 503, "unavailable", answer);
      }
      return;
    }
    if (found.isEmpty()) {
      reply(exchange, method, 404, "not_found", error("no subscription with id " + HttpReplies.echo(parts[1])));
      return;
    }
    Subscription current = found.get();
    if (stream) {
      if (!method.equals("GET")) {
        methodNotAllowed(exchange, method, "GET");
        return;
      }
      alertStream(exchange, current);
      return;
    }
    if (parts.length == 3 && parts[2].equals("alerts")) {
      if (!method.equals("GET")) {
        methodNotAllowed(exchange, method, "GET");
        return;
      }
      List<dev.newswatch.alerts.DeliveryJournal.Entry> entries = history(current.id());
      if (entries == null) {
        reply(exchange, method, 503, "unavailable", error("alert history is kept by the alerts service, which does "
            + "not run in this process"));
        return;
      }
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("subscription", current.id());
      answer.put("alerts", entries);
      reply(exchange, method, 200, "ok", answer);
      return;
    }
    if (parts.length == 3) {
      if (!method.equals("POST")) {
        methodNotAllowed(exchange, method, "POST");
        return;
      }
      switch (parts[2]) {
        case "pause", "resume" -> {
          Subscription changed = current.withPaused(parts[2].equals("pause"));
          b.store().put(changed);
          LOG.info("subscription API: {} {} by {}", current.id(), parts[2] + "d", who.owner());
          reply(exchange, method, 200, "ok", SubscriptionRequests.shown(changed));
        }
        case "test" -> reply(exchange, method, 200, "ok", run(current.withPaused(false), b));
        default -> reply(exchange, method, 404, "not_found", error("unknown action; pause, resume or test"));
      }
      return;
    }
    switch (method) {
      case "GET" -> reply(exchange, method, 200, "ok", SubscriptionRequests.shown(current));
      case "PUT" -> update(exchange, who, current, b);
      case "DELETE" -> {
        b.store().delete(current.id());
        LOG.info("subscription API: {} deleted by {}", current.id(), who.owner());
        reply(exchange, method, 200, "deleted", Map.of("deleted", SubscriptionRequests.shown(current)));
      }
      default -> methodNotAllowed(exchange, method, "GET, PUT, DELETE");
    }
  }

  private void list(HttpExchange exchange, OwnerAuth.Caller who, SubscriptionRegistry.Backend b) throws IOException {
    List<Map<String, Object>> shown = new ArrayList<>(visible(who, b).stream()
        .map(SubscriptionRequests::shown).toList());
    b.secrets().locked().stream()
        .filter(l -> l.owner() == null ? who.admin() : who.mayAccess(l.owner()))
        .sorted(Comparator.comparing(KafkaSubscriptionDirectory.Locked::id))
        .forEach(l -> shown.add(SubscriptionRequests.shown(l)));
    reply(exchange, "GET", 200, "ok", shown);
  }

  private void create(HttpExchange exchange, OwnerAuth.Caller who, SubscriptionRegistry.Backend b) throws IOException {
    ObjectNode body = readBody(exchange, "POST");
    if (body == null) {
      return;
    }
    if (!body.hasNonNull("id")) {
      body.put("id", "s-" + HexFormat.of().formatHex(randomBytes()));
    }
    Subscription s = decode(exchange, "POST", body, who, null);
    if (s == null) {
      return;
    }
    Optional<Subscription> existing = b.directory().get(s.id());
    if (existing.isEmpty() && b.secrets().locked(s.id()).isPresent()) {
      reply(exchange, "POST", 409, "conflict", error("a subscription with id " + s.id() + " exists"));
      return;
    }
    if (existing.isPresent()) {
      Map<String, Object> answer = new LinkedHashMap<>(error("a subscription with id " + s.id() + " exists"));
      if (who.mayAccess(existing.get().owner())) {
        answer.put("subscription", SubscriptionRequests.shown(existing.get()));
      }
      reply(exchange, "POST", 409, "conflict", answer);
      return;
    }
    if (who.admin()) {
      b.store().put(s);
    } else {
      // Counted and written under one lock, so parallel requests of one owner cannot pass the cap together.
      synchronized (createLock) {
        long owned = b.directory().all().stream().filter(x -> x.owner().equals(s.owner())).count();
        if (owned >= limits.subscriptionsPerOwner()) {
          refused.labelValues("subscriptions_per_owner").inc();
          Map<String, Object> answer = new LinkedHashMap<>(error("owner " + s.owner() + " has " + owned
              + " subscriptions, the most allowed (" + limits.subscriptionsPerOwner() + "); delete one first"));
          answer.put("limit", "subscriptionsPerOwner");
          answer.put("max", limits.subscriptionsPerOwner());
          reply(exchange, "POST", 409, "over_limit", answer);
          return;
        }
        b.store().put(s);
      }
    }
    LOG.info("subscription API: {} created by {}", s.id(), who.owner());
    exchange.getResponseHeaders().set("Location", "/api/v1/subscriptions/" + s.id());
    reply(exchange, "POST", 201, "created", SubscriptionRequests.shown(s));
  }

  private void update(HttpExchange exchange, OwnerAuth.Caller who, Subscription current,
      SubscriptionRegistry.Backend b) throws IOException {
    ObjectNode body = readBody(exchange, "PUT");
    if (body == null) {
      return;
    }
    if (body.hasNonNull("id") && !body.get("id").asText().equals(current.id())) {
      reply(exchange, "PUT", 400, "bad_request", error("the id in the body differs from the id in the path"));
      return;
    }
    body.put("id", current.id());
    if (!body.hasNonNull("owner")) {
      body.put("owner", current.owner());
    }
    Subscription s = decode(exchange, "PUT", body, who, current);
    if (s == null) {
      return;
    }
    b.store().put(s);
    LOG.info("subscription API: {} updated by {}", s.id(), who.owner());
    reply(exchange, "PUT", 200, "ok", SubscriptionRequests.shown(s));
  }

  private void preview(HttpExchange exchange, OwnerAuth.Caller who, SubscriptionRegistry.Backend b) throws IOException {
    ObjectNode body = readBody(exchange, "POST");
    if (body == null) {
      return;
    }
    if (!body.hasNonNull("id")) {
      body.put("id", "preview");
    }
    Subscription s = decode(exchange, "POST", body, who, null);
    if (s != null) {
      reply(exchange, "POST", 200, "ok", run(s.withPaused(false), b));
    }
  }

  private Map<String, Object> run(Subscription s, SubscriptionRegistry.Backend b) {
    List<Story> stories = b.recent().get();
    List<Map<String, Object>> matches = new ArrayList<>();
    int count = 0;
    for (SubscriptionRequests.Preview p : SubscriptionRequests.preview(s, stories)) {
      count++;
      if (matches.size() < MAX_PREVIEW_MATCHES) {
        matches.add(p.shown());
      }
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("storiesChecked", stories.size());
    answer.put("matchCount", count);
    answer.put("matches", matches);
    return answer;
  }

  /**
   * The subscription of a request body, checked: owner rules, query, channel targets. Answers 400 or 403
   * and returns null when it is not acceptable.
   */
  private Subscription decode(HttpExchange exchange, String method, ObjectNode body, OwnerAuth.Caller who,
      Subscription current) throws IOException {
    String owner = body.hasNonNull("owner") ? body.get("owner").asText() : who.owner();
    if (!who.mayAccess(owner)) {
      reply(exchange, method, 403, "forbidden", error("you may only use your own owner name '" + who.owner() + "'"));
      return null;
    }
    body.put("owner", owner);
    Subscription s;
    try {
      SubscriptionRequests.keepSecrets(body, current);
      s = STRICT.treeToValue(body, Subscription.class);
    } catch (ValueInstantiationException e) {
      String message = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
      reply(exchange, method, 400, "bad_request", error(message));
      return null;
    } catch (IOException | IllegalArgumentException e) {
      String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
          : e.getMessage();
      reply(exchange, method, 400, "bad_request", error("invalid subscription: " + message));
      return null;
    }
    try {
      if (s.query() != null) {
        QueryCompiler.parse(s.query());
      }
      limits.query().check(s);
    } catch (InvalidQueryException e) {
      Map<String, Object> answer = new LinkedHashMap<>(error(e.getMessage()));
      answer.put("line", e.line());
      answer.put("column", e.column());
      answer.put("reason", e.reason());
      if (e.limit() != null) {
        answer.put("limit", e.limit());
        refused.labelValues(refusal(e.limit())).inc();
      }
      reply(exchange, method, 400, "bad_request", answer);
      return null;
    }
    if (!s.selectsSomething()) {
      reply(exchange, method, 400, "bad_request", error("a subscription needs a query, a watchlist, tags or keywords"));
      return null;
    }
    for (Subscription.Channel c : s.channels()) {
      String refused = refusedTarget(c);
      if (refused != null) {
        reply(exchange, method, 400, "bad_request", error("channel " + c.type() + ": " + refused));
        return null;
      }
    }
    return s;
  }

  /** Why a channel's URL may not be used, or null when it may (or cannot be checked yet: DNS is down). */
  private String refusedTarget(Subscription.Channel c) {
    if (c.url() == null) {
      return null;
    }
    URI uri;
    try {
      uri = URI.create(c.url());
    } catch (IllegalArgumentException e) {
      return "url is not a valid URI";
    }
    if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))
        || uri.getHost() == null) {
      return "url must be an absolute http or https URL";
    }
    try {
      guard.check(uri);
      return null;
    } catch (AddressGuard.BlockedAddressException e) {
      return "url target is not allowed: " + e.getMessage();
    } catch (UnknownHostException e) {
      LOG.info("subscription API: channel host {} does not resolve now; it is checked again at delivery",
          uri.getHost());
      return null;
    }
  }

  /** The JSON object of the body, or null after answering 400/413. */
  private ObjectNode readBody(HttpExchange exchange, String method) throws IOException {
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (bytes.length > MAX_BODY_BYTES) {
      reply(exchange, method, 413, "too_large", error("request body over " + MAX_BODY_BYTES + " bytes"));
      return null;
    }
    JsonNode body;
    try {
      body = STRICT.readTree(bytes);
    } catch (IOException e) {
      reply(exchange, method, 400, "bad_request", error("body is not JSON"));
      return null;
    }
    if (!(body instanceof ObjectNode object)) {
      reply(exchange, method, 400, "bad_request", error("body must be a JSON object (a subscription)"));
      return null;
    }
    return object;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static String refusal(String limit) {
    return switch (limit) {
      case "maxQueryLength" -> "query_length";
      case "maxClauses" -> "clauses";
      case "maxMultiTermQueries" -> "wildcards";
      case "maxWatchlist" -> "watchlist";
      default -> "regex";
    };
  }

  private void tooMany(HttpExchange exchange, String method, RateLimiter.Decision decision) throws IOException {
    exchange.getResponseHeaders().set("Retry-After", Long.toString(decision.retryAfterSeconds()));
    reply(exchange, method, 429, "rate_limited", HttpReplies.tooManyRequestsBody(decision,
        "too many requests; retry after " + decision.retryAfterSeconds() + " s"));
  }

  private void methodNotAllowed(HttpExchange exchange, String method, String allow) throws IOException {
    exchange.getResponseHeaders().set("Allow", allow);
    reply(exchange, method, 405, "method_not_allowed", error("method not allowed here; allowed: " + allow));
  }

  private static Map<String, Object> error(String message) {
    return Map.of("error", message == null ? "invalid request" : message);
  }

  private void reply(HttpExchange exchange, String method, int status, String outcome, Object body)
      throws IOException {
    requests.labelValues(METHODS.contains(method) ? method : "other", outcome).inc();
    HttpReplies.json(exchange, status, body);
  }
}
