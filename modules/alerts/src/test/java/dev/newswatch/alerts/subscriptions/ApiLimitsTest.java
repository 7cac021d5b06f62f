package dev.newswatch.alerts.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.alerts.match.QueryLimits;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.http.RateLimiter;
import dev.newswatch.model.net.AddressGuard;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The abuse limits of the subscriptions API over HTTP: request rates, the per-owner cap, query limits. */
class ApiLimitsTest {

  private static final String ALICE = "alice-token-0123456789";
  private static final String BOB = "bob-token-0123456789ab";
  private static final String ADMIN = "admin-token-0123456789";

  private final SubscriptionsApiTest.MemorySubscriptions subscriptions = new SubscriptionsApiTest.MemorySubscriptions();
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private HttpServer server;
  private String base;

  private void start(ApiLimits limits) throws Exception {
    ApiLimiter limiter = new ApiLimiter(limits, nanos::get, registry);
    SubscriptionsApi api = new SubscriptionsApi(new TokenOwnerAuth(Map.of("alice", ALICE, "bob", BOB), ADMIN),
        () -> new SubscriptionRegistry.Backend(subscriptions.directory, subscriptions, List::of),
        AddressGuard.publicOnly(), limits, limiter, registry);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    server.createContext("/api/v1/", exchange -> api.handle(exchange,
        exchange.getRequestURI().getPath().substring("/api/v1/".length())));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/";
  }

  private static ApiLimits limits(int perMinute, int burst, int failuresPerMinute, int failureBurst, int cap) {
    return new ApiLimits(new RateLimiter.Settings(perMinute, burst, 100),
        new RateLimiter.Settings(failuresPerMinute, failureBurst, 100), cap, QueryLimits.defaults());
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JsonCodec.mapper().readTree(r.body());
  }

  private double counter(String name, String reason) {
    return registry.scrape().stream().filter(s -> s.getMetadata().getName().equals(name))
        .map(CounterSnapshot.class::cast).flatMap(s -> s.getDataPoints().stream())
        .filter(d -> d.getLabels().get("reason").equals(reason)).mapToDouble(CounterSnapshot.CounterDataPointSnapshot::getValue)
        .sum();
  }

  @Test
  void aBurstOverTheLimitGets429WithRetryAfterThenSucceedsAfterTheWait() throws Exception {
    start(limits(12, 3, 30, 30, 500)); // one request back every 5 s
    for (int i = 0; i < 3; i++) {
      assertThat(call("GET", "subscriptions", ALICE, null).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> limited = call("GET", "subscriptions", ALICE, null);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("5");
    assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(json(limited).get("error").asText()).contains("too many requests");
    assertThat(json(limited).get("retryAfterSeconds").asLong()).isEqualTo(5);
    assertThat(counter("newswatch_alerts_api_rate_limited", "owner")).isEqualTo(1);

    nanos.addAndGet(Duration.ofSeconds(4).toNanos());
    assertThat(call("GET", "subscriptions", ALICE, null).headers().firstValue("Retry-After")).hasValue("1");
    nanos.addAndGet(Duration.ofSeconds(1).toNanos());
    assertThat(call("GET", "subscriptions", ALICE, null).statusCode()).isEqualTo(200);
  }

  @Test
  void anotherTokenIsUnaffected() throws Exception {
    start(limits(12, 2, 30, 30, 500));
    call("GET", "subscriptions", ALICE, null);
    call("GET", "subscriptions", ALICE, null);
    assertThat(call("GET", "subscriptions", ALICE, null).statusCode()).isEqualTo(429);
    assertThat(call("GET", "subscriptions", BOB, null).statusCode()).isEqualTo(200);
    assertThat(call("GET", "subscriptions", ADMIN, null).statusCode()).isEqualTo(200);
  }

  @Test
  void guessingTokensFromOneAddressIsSlowedEvenForTheRightToken() throws Exception {
    start(limits(600, 100, 6, 3, 500)); // one failure back every 10 s
    for (int i = 0; i < 3; i++) {
      assertThat(call("GET", "subscriptions", "guess-" + i + "-0123456789abcdef", null).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> blocked = call("GET", "subscriptions", "guess-3-0123456789abcdef", null);
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).hasValue("10");
    // a right guess is not told apart while the address is blocked
    assertThat(call("GET", "subscriptions", ALICE, null).statusCode()).isEqualTo(429);
    assertThat(call("GET", "subscriptions", null, null).statusCode()).isEqualTo(429);
    assertThat(counter("newswatch_alerts_api_rate_limited", "failed_auth")).isEqualTo(3);
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    assertThat(call("GET", "subscriptions", ALICE, null).statusCode()).isEqualTo(200);
  }

  @Test
  void anOwnerCannotCreateMoreThanTheCap() throws Exception {
    start(limits(600, 100, 30, 30, 2));
    assertThat(call("POST", "subscriptions", ALICE, "{\"query\": \"tags:pardon\"}").statusCode()).isEqualTo(201);
    assertThat(call("POST", "subscriptions", ALICE, "{\"query\": \"tags:sanctions\"}").statusCode()).isEqualTo(201);
    HttpResponse<String> over = call("POST", "subscriptions", ALICE, "{\"query\": \"tags:arrest\"}");
    assertThat(over.statusCode()).isEqualTo(409);
    assertThat(json(over).get("limit").asText()).isEqualTo("subscriptionsPerOwner");
    assertThat(json(over).get("max").asInt()).isEqualTo(2);
    assertThat(json(over).get("error").asText()).contains("alice has 2 subscriptions");
    assertThat(subscriptions.byId).hasSize(2);
    assertThat(counter("newswatch_alerts_subscriptions_refused", "subscriptions_per_owner")).isEqualTo(1);

    // another owner has a cap of its own, an update is no new subscription, the admin is exempt
    assertThat(call("POST", "subscriptions", BOB, "{\"query\": \"tags:arrest\"}").statusCode()).isEqualTo(201);
    String id = subscriptions.byId.values().stream().filter(s -> s.owner().equals("alice")).findFirst().orElseThrow().id();
    assertThat(call("PUT", "subscriptions/" + id, ALICE, "{\"query\": \"tags:arrest\"}").statusCode()).isEqualTo(200);
    assertThat(call("POST", "subscriptions", ADMIN, "{\"owner\": \"alice\", \"query\": \"tags:release\"}").statusCode())
        .isEqualTo(201);
    assertThat(call("DELETE", "subscriptions/" + id, ALICE, null).statusCode()).isEqualTo(200);
    assertThat(call("POST", "subscriptions", ALICE, "{\"query\": \"tags:arrest\"}").statusCode()).isEqualTo(409);
  }

  @Test
  void queryLimitRefusalsSayWhichLimitAndWhere() throws Exception {
    start(ApiLimits.defaults());
    HttpResponse<String> regex = call("POST", "subscriptions", ALICE, "{\"query\": \"tags:pardon AND /bial.*/\"}");
    assertThat(regex.statusCode()).isEqualTo(400);
    JsonNode body = json(regex);
    assertThat(body.get("limit").asText()).isEqualTo("allowRegex");
    assertThat(body.get("line").asInt()).isEqualTo(1);
    assertThat(body.get("column").asInt()).isEqualTo(17);
    assertThat(body.get("error").asText()).contains("regular expressions");

    String wildcards = String.join(" OR ", List.of("a1*", "a2*", "a3*", "a4*", "a5*", "a6*", "a7*", "a8*", "a9*",
        "b1*", "b2*"));
    JsonNode tooMany = json(call("POST", "subscriptions", ALICE, "{\"query\": \"" + wildcards + "\"}"));
    assertThat(tooMany.get("limit").asText()).isEqualTo("maxMultiTermQueries");
    assertThat(tooMany.get("column").asInt()).isEqualTo(wildcards.indexOf("b2*") + 1);

    JsonNode preview = json(call("POST", "subscriptions:preview", ALICE, "{\"query\": \"" + wildcards + "\"}"));
    assertThat(preview.get("limit").asText()).isEqualTo("maxMultiTermQueries");
    assertThat(subscriptions.byId).isEmpty();
    assertThat(counter("newswatch_alerts_subscriptions_refused", "regex")).isEqualTo(1);
    assertThat(counter("newswatch_alerts_subscriptions_refused", "wildcards")).isEqualTo(2);
  }

  @Test
  void guardedHandlersShareTheAddressLimit() throws Exception {
    start(limits(600, 100, 6, 2, 500));
    ApiLimiter limiter = new ApiLimiter(limits(600, 100, 6, 2, 500), nanos::get, new PrometheusRegistry());
    server.createContext("/stream", limiter.guard(exchange -> {
      try (exchange) {
        exchange.sendResponseHeaders(401, -1);
      }
    }));
    String stream = base.replace("/api/v1/", "/stream");
    HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(stream)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(first.statusCode()).isEqualTo(401);
    client.send(HttpRequest.newBuilder(URI.create(stream)).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> blocked = client.send(HttpRequest.newBuilder(URI.create(stream)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(blocked.statusCode()).isEqualTo(429);
    assertThat(blocked.headers().firstValue("Retry-After")).hasValue("10");
    assertThat(json(blocked).get("retryAfterSeconds").asLong()).isEqualTo(10);
  }
}
