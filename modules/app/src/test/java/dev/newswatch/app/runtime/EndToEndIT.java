package dev.newswatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.config.ConfigLoader;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.alerts.subscriptions.SubscriptionsApi;
import dev.newswatch.alerts.subscriptions.TokenOwnerAuth;
import dev.newswatch.app.ops.ApiToken;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.app.ops.FeedsApi;
import dev.newswatch.app.ops.MetricsRegistries;
import dev.newswatch.app.ops.OpsHttpServer;
import dev.newswatch.model.Alert;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.TopicSpec;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.FeedServer;
import dev.newswatch.testkit.Fixtures;
import dev.newswatch.testkit.RecordSchemas;
import dev.newswatch.testkit.TestKafka;
import dev.newswatch.testkit.WebhookReceiver;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The thin path end to end on the embedded broker the app runs: two feeds carry the same pardon story
 * (one link with tracking parameters) plus an unrelated item, and a third feed is gone (404); the
 * subscriber's webhook gets exactly one signed alert, the unrelated item none, the broken feed is
 * reported on the API and in metrics without stopping anything, and a restart of every service sends
 * nothing again.
 */
class EndToEndIT {

  private static final String SECRET = "e2e-webhook-secret";
  private static final String API_TOKEN = "e2e-api-token-0123456789";
  private static final String ADMIN_TOKEN = "e2e-admin-token-0123456789";

  @TempDir
  Path dir;
  private FeedServer feeds;
  private WebhookReceiver webhook;

  @BeforeEach
  void servers() {
    feeds = new FeedServer()
        .serveRss("/baltic-wire.xml", Fixtures.text("feeds/baltic-wire.xml"))
        .serveRss("/minsk-monitor.xml", Fixtures.text("feeds/minsk-monitor.xml"));
    webhook = new WebhookReceiver();
  }

  @AfterEach
  void stopServers() {
    feeds.close();
    webhook.close();
  }

  private NewswatchConfig config() throws Exception {
    String feedHost = URI.create(feeds.url("/")).getAuthority();
    String hookHost = URI.create(webhook.url("/")).getAuthority();
    String yaml = """
        kafka:
          embedded: {dataDir: "%s", port: 0, controllerPort: 0}
        http: {port: 0}
        poller:
          interval: 2s
          minInterval: 2s
          maxInterval: 2s
          firstPollMaxItemAge: 36500d
          fetch: {allowedHosts: ["%s"]}
        pipeline: {stateDir: "%s"}
        secrets: {keyFile: "%s"}
        alerts: {allowedHosts: ["%s"], initialBackoff: 100ms, maxBackoff: 1s}
        feeds:
          - {name: Baltic Wire, url: "%s"}
          - {name: Minsk Monitor, url: "%s"}
          - {name: Gone Gazette, url: "%s"}
        subscribers:
          - id: rights-desk
            name: Rights desk
            tags: [pardon]
            channels:
              - {type: webhook, url: "%s", secret: "%s"}
              - {type: console}
          - id: sanctions-only
            tags: [sanctions]
            channels:
              - {type: webhook, url: "%s"}
        """.formatted(dir.resolve("kafka"), feedHost, dir.resolve("streams"), dir.resolve("secrets.key"), hookHost,
        feeds.url("/baltic-wire.xml"), feeds.url("/minsk-monitor.xml"), feeds.url("/gone.xml"),
        webhook.url("/rights-desk"), SECRET, webhook.url("/sanctions"));
    return new ConfigLoader(Map.of()).load(yaml, "EndToEndIT");
  }

  @Test
  void deliversOneAlertForTheSyndicatedPardonStoryAndNothingAgainAfterRestart() throws Exception {
    NewswatchConfig config = config();
    PrometheusRegistry registry = MetricsRegistries.newProcessRegistry();
    String bootstrap;
    int rawRecords;
    ApiToken token = ApiToken.of(API_TOKEN);
    try (NewswatchRuntime runtime = new NewswatchRuntime(config, EnumSet.allOf(NewswatchRuntime.Service.class), registry);
         OpsHttpServer http = new OpsHttpServer("127.0.0.1", 0, registry, runtime, token, runtime.apiDocuments(),
             new FeedsApi(token, ApiToken.of(ADMIN_TOKEN), runtime::feedCatalog, runtime::feedRegistry,
                 runtime::localFeedStatus, registry))) {
      SubscriptionsApi subscriptionsApi = new SubscriptionsApi(new TokenOwnerAuth(Map.of(), ADMIN_TOKEN),
          runtime::subscriptionBackend, AddressGuard.publicOnly(), registry);
      http.mount("/api/v1/subscriptions", ex -> subscriptionsApi.handle(ex, "subscriptions"
          + ex.getRequestURI().getPath().substring("/api/v1/subscriptions".length())));
      runtime.start();
      bootstrap = runtime.bootstrapServers();

      assertThat(webhook.await(r -> r.path().equals("/rights-desk"), Duration.ofSeconds(90)))
          .as("alert for the pardon story").isTrue();
      awaitTrue(() -> metric(http, "newswatch_pipeline_duplicates_dropped_total") >= 1, "duplicate dropped");
      awaitTrue(() -> metric(http, "newswatch_pipeline_articles_out_total") >= 2, "both distinct articles processed");
      Thread.sleep(3_000); // time for a wrong second alert to show up

      assertThat(webhook.requests()).as("one alert, none for the unrelated item or the sanctions subscriber")
          .hasSize(1);
      WebhookReceiver.Request request = webhook.requests().get(0);
      Alert alert = JsonCodec.fromBytes(request.body().getBytes(StandardCharsets.UTF_8), Alert.class);
      assertThat(alert.subscriptionId()).isEqualTo("rights-desk");
      assertThat(alert.title()).contains("pardons 18 political prisoners");
      assertThat(alert.tags()).contains("pardon");
      assertThat(request.header("X-Newswatch-Alert-Id")).isEqualTo(alert.alertId());
      assertThat(request.header("X-Newswatch-Signature"))
          .isEqualTo("sha256=" + hmac(request.header("X-Newswatch-Timestamp") + "." + request.body()));

      assertThat(get(http, "/readyz").statusCode()).isEqualTo(200);
      assertThat(get(http, "/healthz").statusCode()).isEqualTo(200);
      assertThat(get(http, "/api/v1/feeds").statusCode()).as("API needs the token").isEqualTo(401);
      HttpResponse<String> feedsDoc = get(http, "/api/v1/feeds", "Bearer " + API_TOKEN);
      assertThat(feedsDoc.statusCode()).isEqualTo(200);
      var feedStatus = JsonCodec.mapper().readTree(feedsDoc.body());
      assertThat(feedStatus).hasSize(3);
      for (var f : feedStatus) {
        if (f.get("url").asText().endsWith("/gone.xml")) {
          assertThat(f.get("lastOutcome").asText()).as("broken feed reported").isEqualTo("fetch_error");
          assertThat(f.get("consecutiveFailures").asInt()).isPositive();
          assertThat(f.get("lastError").asText()).contains("404");
          assertThat(f.get("status").asText()).as("backing off, not yet broken").isEqualTo("failing");
          assertThat(f.get("nextPollAt").asText()).isNotBlank();
        } else {
          assertThat(f.get("lastOutcome").asText()).isIn("ok", "not_modified");
          assertThat(f.get("status").asText()).isEqualTo("ok");
          assertThat(f.get("source").asText()).as("seeded from the configuration").isEqualTo("config");
          assertThat(f.get("polledHere").asBoolean()).isTrue();
        }
      }
      assertThat(metric(http, "newswatch_ingest_feeds_failing")).isEqualTo(1.0);
      assertThat(metric(http, "newswatch_ingest_feeds{status=\"failing\"}")).isEqualTo(1.0);
      assertThat(metric(http, "newswatch_ingest_feed_polls_total{outcome=\"fetch_error\"}")).isPositive();
      HttpResponse<String> subs = get(http, "/api/v1/subscriptions", "Bearer " + ADMIN_TOKEN);
      assertThat(subs.body()).contains("rights-desk", "\"secret\":\"***\"", "\"owner\":\"config\"")
          .doesNotContain(SECRET, "/rights-desk");
      String metrics = get(http, "/metrics").body();
      assertThat(metrics).contains("newswatch_ingest_articles_published_total", "newswatch_pipeline_tags_total",
          "newswatch_alerts_messages_delivered_total", "newswatch_kafka_consumer_fetch_manager_records_lag_max",
          "jvm_memory_used_bytes");
      assertThat(metric(http, "newswatch_ingest_articles_published_total")).isEqualTo(3.0);

      for (TopicSpec topic : Topics.ALL) {
        for (var record : TestKafka.readAll(bootstrap, topic.name())) {
          assertThat(RecordSchemas.violations(topic, record.value())).as(topic.name()).isEmpty();
        }
      }
      rawRecords = TestKafka.readAll(bootstrap, Topics.ARTICLES_RAW).size();
      assertThat(rawRecords).isEqualTo(3);
    }

    PrometheusRegistry registry2 = MetricsRegistries.newProcessRegistry();
    try (NewswatchRuntime runtime = new NewswatchRuntime(config, EnumSet.allOf(NewswatchRuntime.Service.class), registry2);
         OpsHttpServer http = new OpsHttpServer("127.0.0.1", 0, registry2, runtime)) {
      runtime.start();
      int hitsBefore = feeds.hits("/baltic-wire.xml");
      awaitTrue(() -> feeds.hits("/baltic-wire.xml") >= hitsBefore + 2, "two polls after the restart");
      awaitTrue(() -> get(http, "/readyz").statusCode() == 200, "ready after restart");
      Thread.sleep(3_000);
      assertThat(webhook.requests()).as("nothing resent after restart").hasSize(1);
      assertThat(TestKafka.readAll(runtime.bootstrapServers(), Topics.ARTICLES_RAW)).hasSize(rawRecords);
      assertThat(feeds.notModified("/baltic-wire.xml")).as("conditional GET after restart").isPositive();
    }
  }

  private static String hmac(String data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> get(OpsHttpServer http, String path) {
    return get(http, path, null);
  }

  private static HttpResponse<String> get(OpsHttpServer http, String path, String authorization) {
    try (HttpClient client = HttpClient.newHttpClient()) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path));
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sum of all samples of a metric in the text exposition. */
  private static double metric(OpsHttpServer http, String name) {
    return get(http, "/metrics").body().lines()
        .filter(l -> l.startsWith(name + " ") || l.startsWith(name + "{"))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for: " + what);
      }
      Thread.sleep(200);
    }
  }
}
