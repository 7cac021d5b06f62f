package dev.newswatch.alerts.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.alerts.StoryFixtures;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionsApiTest {

  private static final String ALICE = "alice-token-0123456789";
  private static final String BOB = "bob-token-0123456789ab";
  private static final String ADMIN = "admin-token-0123456789";

  /** A store writing to one map that {@link #directory} reads, as the Kafka pair behaves after read-back. */
  static final class MemorySubscriptions implements SubscriptionStore {
    final Map<String, Subscription> byId = new ConcurrentHashMap<>();
    final SubscriptionDirectory directory = SubscriptionDirectory.over(byId);

    @Override
    public void put(Subscription subscription) {
      byId.put(subscription.id(), subscription);
    }

    @Override
    public void delete(String id) {
      byId.remove(id);
    }

    @Override
    public boolean ready() {
      return true;
    }
  }

  private final MemorySubscriptions subscriptions = new MemorySubscriptions();
  private final Map<String, KafkaSubscriptionDirectory.Locked> locked = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger reseals = new java.util.concurrent.atomic.AtomicInteger();
  private final SubscriptionRegistry.Secrets secrets = new SubscriptionRegistry.Secrets() {
    @Override
    public java.util.Optional<KafkaSubscriptionDirectory.Locked> locked(String id) {
      return java.util.Optional.ofNullable(locked.get(id));
    }

    @Override
    public java.util.Collection<KafkaSubscriptionDirectory.Locked> locked() {
      return List.copyOf(locked.values());
    }

    @Override
    public SubscriptionRegistry.ResealReport reseal() {
      reseals.incrementAndGet();
      return new SubscriptionRegistry.ResealReport(2, List.copyOf(locked.keySet()), "k2");
    }
  };
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private HttpServer server;
  private String base;
  private final dev.newswatch.alerts.DeliveryJournal journal = new dev.newswatch.alerts.DeliveryJournal(10, 10);

  @BeforeEach
  void start() throws Exception {
    List<Story> recent = List.of(
        StoryFixtures.pardon().build(),
        StoryFixtures.pardon().id("22222222222222222222222222222222").noPeople().title("EU extends Belavia sanctions")
            .summary("The EU extended aviation sanctions.").build());
    SubscriptionsApi api = new SubscriptionsApi(new TokenOwnerAuth(Map.of("alice", ALICE, "bob", BOB), ADMIN),
        () -> new SubscriptionRegistry.Backend(subscriptions.directory, subscriptions, () -> recent, secrets),
        AddressGuard.publicOnly(),
        new PrometheusRegistry()).withAlertHistory(() -> journal);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    server.createContext("/api/v1/", exchange -> api.handle(exchange,
        exchange.getRequestURI().getPath().substring("/api/v1/".length())));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/";
  }

  @AfterEach
  void stop() {
    server.stop(0);
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

  private static final String WEBHOOK_SUB = """
      {"id": "bialiatski", "query": "entities:\\"Ales Bialiatski\\" AND tags:pardon",
       "channels": [{"type": "webhook", "url": "https://93.184.216.34/hooks/secret-path", "secret": "hmac-key-1234"}]}
      """;

  @Test
  void validatesWithoutStoringAndNamesTheQueryErrorPosition() throws Exception {
    HttpResponse<String> ok = call("POST", "subscriptions:validate", ALICE, WEBHOOK_SUB);
    assertEquals(200, ok.statusCode(), ok.body());
    assertTrue(json(ok).get("valid").asBoolean());
    assertEquals(404, call("GET", "subscriptions/bialiatski", ALICE, null).statusCode(), "nothing stored");
    HttpResponse<String> bad = call("POST", "subscriptions:validate", ALICE, "{\"query\": \"title:(pardon\"}");
    assertEquals(400, bad.statusCode(), bad.body());
    assertEquals(1, json(bad).get("line").asInt());
    assertTrue(json(bad).get("column").asInt() > 0, bad.body());
    HttpResponse<String> other = call("POST", "subscriptions:validate", ALICE, "{\"owner\": \"bob\", \"query\": \"x\"}");
    assertEquals(403, other.statusCode(), "the owner rules of a create apply");
    assertEquals(405, call("GET", "subscriptions:validate", ALICE, null).statusCode());
  }

  @Test
  void answersTheAlertHistoryOfOwnSubscriptionsOnly() throws Exception {
    assertEquals(201, call("POST", "subscriptions", ALICE, WEBHOOK_SUB).statusCode());
    dev.newswatch.model.Alert alert = new dev.newswatch.model.Alert("a1", "bialiatski", "art1", "Pardon", "https://x.example/a",
        null, List.of("pardon"), List.of(), "matched tags: pardon", null, java.time.Instant.now());
    journal.queued(alert, new dev.newswatch.model.Subscription.Channel("webhook", "https://93.184.216.34/hooks/secret-path",
        "hmac-key-1234", null));
    HttpResponse<String> mine = call("GET", "subscriptions/bialiatski/alerts", ALICE, null);
    assertEquals(200, mine.statusCode(), mine.body());
    JsonNode entry = json(mine).at("/alerts/0");
    assertEquals("a1", entry.at("/alert/alertId").asText());
    assertEquals("queued", entry.at("/channels/0/state").asText());
    assertFalse(mine.body().contains("hmac-key-1234"));
    assertFalse(mine.body().contains("secret-path"), "the channel is named by its non-secret target");
    assertEquals(404, call("GET", "subscriptions/bialiatski/alerts", BOB, null).statusCode());
    assertEquals(200, call("GET", "subscriptions/bialiatski/alerts", ADMIN, null).statusCode());
    assertEquals(405, call("POST", "subscriptions/bialiatski/alerts", ALICE, null).statusCode());
  }

  @Test
  void refusesMissingOrUnknownToken() throws Exception {
    assertEquals(401, call("GET", "subscriptions", null, null).statusCode());
    HttpResponse<String> wrong = call("GET", "subscriptions", "not-a-token-at-all-x", null);
    assertEquals(401, wrong.statusCode());
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").isPresent());
  }

  @Test
  void createsAndShowsWithoutSecrets() throws Exception {
    HttpResponse<String> created = call("POST", "subscriptions", ALICE, WEBHOOK_SUB);
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("/api/v1/subscriptions/bialiatski", created.headers().firstValue("Location").orElseThrow());
    JsonNode shown = json(call("GET", "subscriptions/bialiatski", ALICE, null));
    assertEquals("alice", shown.get("owner").asText());
    assertEquals("***", shown.at("/channels/0/secret").asText());
    assertFalse(shown.toString().contains("hmac-key-1234"));
    assertFalse(shown.toString().contains("secret-path"));
    assertEquals("hmac-key-1234", subscriptions.byId.get("bialiatski").channels().getFirst().secret());
    assertEquals(409, call("POST", "subscriptions", ALICE, WEBHOOK_SUB).statusCode());
  }

  @Test
  void ownersSeeOnlyTheirOwnAndAdminSeesAll() throws Exception {
    assertEquals(201, call("POST", "subscriptions", ALICE, WEBHOOK_SUB).statusCode());
    assertEquals(201, call("POST", "subscriptions", BOB, "{\"id\": \"bobs\", \"query\": \"tags:sanctions\"}")
        .statusCode());
    assertEquals(404, call("GET", "subscriptions/bialiatski", BOB, null).statusCode());
    assertEquals(404, call("DELETE", "subscriptions/bialiatski", BOB, null).statusCode());
    assertEquals(404, call("PUT", "subscriptions/bialiatski", BOB, "{\"query\": \"x\"}").statusCode());
    JsonNode bobs = json(call("GET", "subscriptions", BOB, null));
    assertEquals(1, bobs.size());
    assertEquals("bobs", bobs.get(0).get("id").asText());
    assertEquals(2, json(call("GET", "subscriptions", ADMIN, null)).size());
    HttpResponse<String> stealing = call("POST", "subscriptions", BOB, "{\"owner\": \"alice\", \"query\": \"x\"}");
    assertEquals(403, stealing.statusCode());
    assertEquals(201, call("POST", "subscriptions", ADMIN, "{\"owner\": \"alice\", \"query\": \"x\"}").statusCode());
  }

  @Test
  void badQueryAnswers400WithPosition() throws Exception {
    HttpResponse<String> r = call("POST", "subscriptions", ALICE, "{\"query\": \"tags:pardon AND (country:BY\"}");
    assertEquals(400, r.statusCode(), r.body());
    JsonNode error = json(r);
    assertEquals(1, error.get("line").asInt());
    assertTrue(error.get("column").asInt() > 0, r.body());
    assertTrue(error.get("reason").asText().contains("Encountered"), r.body());
    HttpResponse<String> field = call("POST", "subscriptions", ALICE, "{\"query\": \"tags:pardon AND author:me\"}");
    assertEquals(400, field.statusCode());
    assertEquals(17, json(field).get("column").asInt(), field.body());
  }

  @Test
  void refusesInvalidBodies() throws Exception {
    assertEquals(400, call("POST", "subscriptions", ALICE, "not json").statusCode());
    assertEquals(400, call("POST", "subscriptions", ALICE, "{\"query\": \"x\", \"colour\": \"red\"}").statusCode());
    assertEquals(400, call("POST", "subscriptions", ALICE, "{\"name\": \"selects nothing\"}").statusCode());
    assertEquals(400, call("POST", "subscriptions", ALICE, "{\"query\": \"x\", \"mode\": \"sometimes\"}").statusCode());
    HttpResponse<String> local = call("POST", "subscriptions", ALICE,
        "{\"query\": \"x\", \"channels\": [{\"type\": \"webhook\", \"url\": \"http://127.0.0.1:8080/hook\"}]}");
    assertEquals(400, local.statusCode());
    assertTrue(local.body().contains("not allowed"), local.body());
    String huge = "{\"query\": \"x\", \"name\": \"" + "a".repeat(SubscriptionsApi.MAX_BODY_BYTES) + "\"}";
    assertEquals(413, call("POST", "subscriptions", ALICE, huge).statusCode());
  }

  @Test
  void pauseResumeUpdateKeepingSecretAndDelete() throws Exception {
    call("POST", "subscriptions", ALICE, WEBHOOK_SUB);
    assertTrue(json(call("POST", "subscriptions/bialiatski/pause", ALICE, null)).get("paused").asBoolean());
    assertTrue(subscriptions.byId.get("bialiatski").paused());
    assertFalse(json(call("POST", "subscriptions/bialiatski/resume", ALICE, null)).get("paused").asBoolean());
    JsonNode shown = json(call("GET", "subscriptions/bialiatski", ALICE, null));
    ((com.fasterxml.jackson.databind.node.ObjectNode) shown).put("minSources", 3);
    HttpResponse<String> put = call("PUT", "subscriptions/bialiatski", ALICE, shown.toString());
    assertEquals(200, put.statusCode(), put.body());
    Subscription stored = subscriptions.byId.get("bialiatski");
    assertEquals(3, stored.minSources());
    assertEquals("hmac-key-1234", stored.channels().getFirst().secret());
    assertEquals("https://93.184.216.34/hooks/secret-path", stored.channels().getFirst().url());
    assertEquals(200, call("DELETE", "subscriptions/bialiatski", ALICE, null).statusCode());
    assertEquals(404, call("GET", "subscriptions/bialiatski", ALICE, null).statusCode());
  }

  @Test
  void anUpdateLeavingOutTheSecretKeepsItAndNullRemovesIt() throws Exception {
    call("POST", "subscriptions", ALICE, WEBHOOK_SUB);
    HttpResponse<String> put = call("PUT", "subscriptions/bialiatski", ALICE, """
        {"query": "tags:pardon", "channels": [{"type": "webhook"}]}
        """);
    assertEquals(200, put.statusCode(), put.body());
    assertFalse(put.body().contains("hmac-key-1234"), put.body());
    Subscription.Channel kept = subscriptions.byId.get("bialiatski").channels().getFirst();
    assertEquals("hmac-key-1234", kept.secret());
    assertEquals("https://93.184.216.34/hooks/secret-path", kept.url());
    put = call("PUT", "subscriptions/bialiatski", ALICE, """
        {"query": "tags:pardon", "channels": [{"type": "webhook", "secret": null}]}
        """);
    assertEquals(200, put.statusCode(), put.body());
    assertEquals(null, subscriptions.byId.get("bialiatski").channels().getFirst().secret());
    // another type at that position inherits nothing
    put = call("PUT", "subscriptions/bialiatski", ALICE, """
        {"query": "tags:pardon", "channels": [{"type": "slack"}]}
        """);
    assertEquals(400, put.statusCode(), put.body());
  }

  @Test
  void anUnreadableSubscriptionIsListedAnswers503AndMayBeDeleted() throws Exception {
    locked.put("sealed-old", new KafkaSubscriptionDirectory.Locked("sealed-old", "alice", "Old desk", "unknown_key",
        "k1", "channel 0 secret: sealed with key id 'k1', which is not among the configured keys [k2]"));
    JsonNode list = json(call("GET", "subscriptions", ALICE, null));
    assertEquals("unreadable", list.get(0).get("status").asText());
    assertEquals("k1", list.get(0).get("keyId").asText());
    assertEquals(0, json(call("GET", "subscriptions", BOB, null)).size());
    HttpResponse<String> get = call("GET", "subscriptions/sealed-old", ALICE, null);
    assertEquals(503, get.statusCode());
    assertTrue(get.body().contains("unknown_key"), get.body());
    assertEquals(404, call("GET", "subscriptions/sealed-old", BOB, null).statusCode());
    assertEquals(409, call("POST", "subscriptions", ALICE, "{\"id\": \"sealed-old\", \"query\": \"x\"}")
        .statusCode());
    assertEquals(503, call("PUT", "subscriptions/sealed-old", ALICE, "{\"query\": \"x\"}").statusCode());
    assertEquals(200, call("DELETE", "subscriptions/sealed-old", ALICE, null).statusCode());
  }

  @Test
  void onlyTheAdminMayReencrypt() throws Exception {
    assertEquals(403, call("POST", "subscriptions:reencrypt", ALICE, null).statusCode());
    assertEquals(405, call("GET", "subscriptions:reencrypt", ADMIN, null).statusCode());
    assertEquals(0, reseals.get());
    HttpResponse<String> done = call("POST", "subscriptions:reencrypt", ADMIN, null);
    assertEquals(200, done.statusCode(), done.body());
    assertEquals(2, json(done).get("reencrypted").asInt());
    assertEquals("k2", json(done).get("activeKey").asText());
  }

  @Test
  void previewAndTestRunAgainstRecentStories() throws Exception {
    HttpResponse<String> r = call("POST", "subscriptions:preview", BOB,
        "{\"watchlist\": [\"Алесь Беляцкий\"]}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode result = json(r);
    assertEquals(2, result.get("storiesChecked").asInt());
    assertEquals(1, result.get("matchCount").asInt());
    assertEquals(StoryFixtures.STORY, result.at("/matches/0/storyId").asText());
    assertTrue(subscriptions.byId.isEmpty(), "a preview stores nothing");
    call("POST", "subscriptions", ALICE, "{\"id\": \"belavia\", \"query\": \"belavia OR aviation\", \"paused\": true}");
    JsonNode tested = json(call("POST", "subscriptions/belavia/test", ALICE, null));
    assertEquals(1, tested.get("matchCount").asInt());
    assertEquals("22222222222222222222222222222222", tested.at("/matches/0/storyId").asText());
  }

  @Test
  void servesOpenApiWithoutToken() throws Exception {
    HttpResponse<String> r = call("GET", "openapi.json", null, null);
    assertEquals(200, r.statusCode());
    assertTrue(json(r).get("openapi").asText().startsWith("3."));
    assertTrue(json(r).get("paths").has("/api/v1/subscriptions:preview"));
  }
}
