package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.alerts.subscriptions.KafkaSubscriptionDirectory;
import dev.newswatch.alerts.subscriptions.SealedSubscriptions;
import dev.newswatch.alerts.subscriptions.SubscriptionsApi;
import dev.newswatch.alerts.subscriptions.TokenOwnerAuth;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.model.secrets.SecretBox;
import dev.newswatch.testkit.MetricValues;
import dev.newswatch.testkit.TestKafka;
import dev.newswatch.testkit.WebhookReceiver;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Channel secrets at rest on the embedded broker: what newswatch.subscriptions.v1 holds is sealed, the API
 * never shows it, delivery still signs with it, a record sealed with an older key reads after a new active
 * key is added and is re-encrypted under it, and records sealed with an unknown key or moved to another
 * subscription are refused on their own while the rest goes on.
 */
class SubscriptionSecretsIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String TOKEN = "secrets-it-owner-token-01";
  private static final String ADMIN = "secrets-it-admin-token-01";
  private static final byte[] K1 = SecretBox.newKey();
  private static final byte[] K2 = SecretBox.newKey();

  @TempDir
  Path stateDir;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void secretsAreSealedAtRestHiddenByTheApiUsedForSigningAndRotated() throws Exception {
    TestKafka.createTopics(Topics.ALL);
    String subId = "sealed-" + run;
    String secret = "hmac-secret-" + run;
    String pathToken = "urltoken" + run;
    AlertsConfig config = new AlertsConfig(Duration.ofDays(1), 3, Duration.ofMillis(50), Duration.ofMillis(300),
        Duration.ofSeconds(5), true, List.of());
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      String marker = "secretsmarker" + run;
      // 1. written under k1
      try (Running a = start(config, new SecretBox(Map.of("k1", K1), "k1"), "a")) {
        HttpResponse<String> created = a.call("POST", "subscriptions", TOKEN, "{\"id\": \"" + subId
            + "\", \"query\": \"" + marker + " AND tags:pardon\", \"channels\": [{\"type\": \"webhook\", \"url\": \""
            + receiver.url("/hook/" + pathToken) + "\", \"secret\": \"" + secret + "\"}]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain(secret).doesNotContain(pathToken);

        List<String> raw = rawValues(subId);
        assertThat(raw).isNotEmpty().allSatisfy(v -> assertThat(v).doesNotContain(secret).doesNotContain(pathToken)
            .contains("nwenc:v1:k1:"));

        HttpResponse<String> shown = a.call("GET", "subscriptions/" + subId, TOKEN, null);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).doesNotContain(secret).doesNotContain(pathToken).doesNotContain("nwenc");
        assertThat(a.call("GET", "subscriptions", ADMIN, null).body()).doesNotContain(secret);

        String storyId = UUID.nameUUIDFromBytes(("secrets" + run).getBytes(StandardCharsets.UTF_8)).toString()
            .replace("-", "");
        AlertsServiceIT.produce(StoryFixtures.pardon().id(storyId).summary("Belarus freed 16 prisoners, " + marker
            + ".").build());
        assertThat(receiver.await(r -> r.path().endsWith(pathToken), TIMEOUT)).as("webhook delivered").isTrue();
        WebhookReceiver.Request request = receiver.requests().stream().filter(r -> r.path().endsWith(pathToken))
            .findFirst().orElseThrow();
        String expected = "sha256=" + hmac(secret, request.header("X-Newswatch-Timestamp") + "." + request.body());
        assertThat(MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
            request.header("X-Newswatch-Signature").getBytes(StandardCharsets.UTF_8)))
            .as("signed with the decrypted secret").isTrue();
      }

      // Records the next instance cannot open: one sealed with a key it does not have, and one whose sealed
      // values were copied from another subscription.
      String unknownKey = "unknownkey-" + run;
      String moved = "moved-" + run;
      produceRaw(unknownKey, new SealedSubscriptions(new SecretBox(Map.of("k9", SecretBox.newKey()), "k9"))
          .encode(new Subscription(unknownKey, "desk", null, "never" + run, List.of(), 1, null, null,
              List.of(new Subscription.Channel("webhook", "https://93.184.216.34/x", "s")), 0, false, null, null)));
      ObjectNode copy = (ObjectNode) JsonCodec.mapper().readTree(rawValues(subId).getLast());
      copy.put("id", moved);
      produceRaw(moved, JsonCodec.toBytes(copy));

      // 2. a new active key k2 beside k1
      Map<String, byte[]> rotated = new LinkedHashMap<>();
      rotated.put("k1", K1);
      rotated.put("k2", K2);
      try (Running b = start(config, new SecretBox(rotated, "k2"), "b")) {
        Subscription read = b.service.directory().get(subId).orElseThrow();
        assertThat(read.channels().getFirst().secret()).isEqualTo(secret);
        assertThat(read.channels().getFirst().url()).endsWith(pathToken);

        assertThat(b.service.directory().get(unknownKey)).isEmpty();
        assertThat(b.service.directory().get(moved)).isEmpty();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (KafkaSubscriptionDirectory.Locked l : b.service.subscriptionBackend().secrets().locked()) {
          reasons.put(l.id(), l.reason());
        }
        assertThat(reasons).containsEntry(unknownKey, "unknown_key").containsEntry(moved, "tampered");
        assertThat(MetricValues.value(b.metrics, "newswatch_alerts_subscriptions_unreadable")).isGreaterThanOrEqualTo(2);
        assertThat(MetricValues.value(b.metrics, "newswatch_alerts_subscription_secret_errors_total", "reason",
            "unknown_key")).isGreaterThanOrEqualTo(1);
        HttpResponse<String> refused = b.call("GET", "subscriptions/" + unknownKey, TOKEN, null);
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("unknown_key").contains("k9");
        assertThat(b.call("GET", "subscriptions/" + subId, TOKEN, null).statusCode()).isEqualTo(200);

        HttpResponse<String> done = b.call("POST", "subscriptions:reencrypt", ADMIN, null);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode report = JsonCodec.mapper().readTree(done.body());
        assertThat(report.get("reencrypted").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("activeKey").asText()).isEqualTo("k2");
        assertThat(report.get("unreadable").toString()).contains(unknownKey).contains(moved);

        String latest = rawValues(subId).getLast();
        assertThat(latest).contains("nwenc:v1:k2:").doesNotContain("nwenc:v1:k1:").doesNotContain(secret);
        Subscription underK2 = new SealedSubscriptions(new SecretBox(Map.of("k2", K2), "k2"))
            .decode(latest.getBytes(StandardCharsets.UTF_8)).subscription();
        assertThat(underK2.channels().getFirst().secret()).as("k1 no longer needed").isEqualTo(secret);
        assertThat(b.service.subscriptionBackend().secrets().reseal().resealed()).as("nothing left").isZero();

        // The broker outlives this test.
        for (String id : List.of(subId, unknownKey, moved)) {
          assertThat(b.call("DELETE", "subscriptions/" + id, ADMIN, null).statusCode()).isEqualTo(200);
        }
      }
    }
  }

  private record Running(AlertsService service, HttpServer server, PrometheusRegistry metrics, HttpClient http)
      implements AutoCloseable {
    HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
              + "/api/v1/" + path)).header("Authorization", "Bearer " + token)
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
      server.stop(0);
      service.close();
    }
  }

  private Running start(AlertsConfig config, SecretBox box, String name) throws Exception {
    Map<String, Object> streamsConfig = Map.of("application.id", "alerts-secrets-it-" + run + "-" + name,
        "state.dir", stateDir.resolve(name).toString(), "replication.factor", 1, "commit.interval.ms", 100);
    PrometheusRegistry metrics = new PrometheusRegistry();
    AlertsService service = new AlertsService(config, List.of(), TestKafka.clientConfig(), streamsConfig, metrics, box);
    service.start();
    SubscriptionsApi api = new SubscriptionsApi(new TokenOwnerAuth(Map.of("desk", TOKEN), ADMIN),
        service::subscriptionBackend, new AddressGuard(true, List.of()), metrics);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    server.createContext("/api/v1/", ex -> api.handle(ex, ex.getRequestURI().getPath().substring(8)));
    server.start();
    return new Running(service, server, metrics, http);
  }

  /** Every value the topic holds for {@code key}, oldest first, as raw text. */
  private static List<String> rawValues(String key) {
    return TestKafka.readAll(Topics.SUBSCRIPTIONS).stream()
        .filter(r -> r.key() != null && key.equals(new String(r.key(), StandardCharsets.UTF_8)) && r.value() != null)
        .map(ConsumerRecord::value).map(v -> new String(v, StandardCharsets.UTF_8)).toList();
  }

  private static void produceRaw(String key, byte[] value) throws Exception {
    try (var producer = new KafkaProducer<>(TestKafka.clientConfig(), new StringSerializer(),
        new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.SUBSCRIPTIONS, key, value)).get();
    }
  }

  private static String hmac(String key, String text) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }
}
