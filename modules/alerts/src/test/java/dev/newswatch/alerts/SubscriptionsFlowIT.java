package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newswatch.alerts.subscriptions.SubscriptionsApi;
import dev.newswatch.alerts.subscriptions.TokenOwnerAuth;
import dev.newswatch.model.Alert;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Story;
import dev.newswatch.model.Topics;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole matching path on the embedded broker: a subscription created over HTTP reaches
 * newswatch.subscriptions.v1 and the matcher without a restart, a story on newswatch.stories.v1 makes an
 * alert on newswatch.alerts.v1, and a later revision naming a new released person makes an update.
 */
class SubscriptionsFlowIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String TOKEN = "flow-it-owner-token-0123";

  @TempDir
  Path stateDir;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void subscriptionCreatedOverHttpAlertsOnMatchingStory() throws Exception {
    Map<String, Object> streamsConfig = Map.of("application.id", "alerts-flow-it-" + run,
        "state.dir", stateDir.toString(), "replication.factor", 1, "commit.interval.ms", 100);
    TestKafka.createTopics(Topics.ALL);
    PrometheusRegistry registry = new PrometheusRegistry();
    try (AlertsService service = new AlertsService(AlertsConfig.defaults(), List.of(), TestKafka.clientConfig(),
        streamsConfig, registry)) {
      service.start();
      SubscriptionsApi api = new SubscriptionsApi(new TokenOwnerAuth(Map.of("flow", TOKEN), (String) null),
          service::subscriptionBackend, AddressGuard.publicOnly(), registry);
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
      server.createContext("/api/v1/", ex -> api.handle(ex, ex.getRequestURI().getPath().substring(8)));
      server.start();
      try {
        String marker = "flowmarker" + run;
        String subId = "flow-" + run;
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/subscriptions"))
            .header("Authorization", "Bearer " + TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + subId + "\", \"query\": \"" + marker
                + " AND tags:pardon\", \"watchlist\": [\"Беляцкий\"]}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String storyId = UUID.nameUUIDFromBytes(run.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
        StoryFixtures.Builder story = StoryFixtures.pardon().id(storyId)
            .summary("Belarus freed 16 prisoners, " + marker + ".");
        AlertsServiceIT.produce(story.build());
        Alert first = awaitAlert(subId, Alert.idFor(subId, storyId, 1));
        assertThat(first.storyId()).isEqualTo(storyId);
        assertThat(first.changes()).isEmpty();
        assertThat(first.reason()).contains("watchlist: Беляцкий");

        AlertsServiceIT.produce(story.revision(2).build()); // nothing new: no alert
        Story third = story.revision(3).person("Maria Kalesnikava").build();
        AlertsServiceIT.produce(third);
        Alert update = awaitAlert(subId, Alert.idFor(subId, storyId, 3));
        assertThat(update.changes()).containsExactly("newly named as released: Maria Kalesnikava");
        assertThat(alertsFor(subId)).hasSize(2);
        // The broker outlives this test: the subscription must not match other tests' stories.
        HttpResponse<String> deleted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/subscriptions/" + subId))
            .header("Authorization", "Bearer " + TOKEN).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(service.directory().get(subId)).isEmpty();
      } finally {
        server.stop(0);
      }
    }
  }

  private static List<Alert> alertsFor(String subId) {
    return TestKafka.readAll(Topics.ALERTS).stream()
        .filter(r -> r.key() != null && subId.equals(new String(r.key(), StandardCharsets.UTF_8)))
        .map(ConsumerRecord::value).map(v -> JsonCodec.fromBytes(v, Alert.class)).toList();
  }

  private static Alert awaitAlert(String subId, String alertId) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      for (Alert a : alertsFor(subId)) {
        if (a.alertId().equals(alertId)) {
          return a;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no alert " + alertId + " for " + subId + " within " + TIMEOUT);
  }
}
