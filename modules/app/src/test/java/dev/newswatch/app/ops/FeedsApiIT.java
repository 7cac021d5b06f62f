package dev.newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.app.config.ConfigLoader;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.runtime.NewswatchRuntime;
import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.testkit.FeedServer;
import dev.newswatch.testkit.Fixtures;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API over real HTTP against a poller on the test broker: who may read and change the feed
 * registry, what is refused, and that an added feed gets polled and a removed one stops being polled.
 */
class FeedsApiIT {

  private static final String READ = "read-token-0123456789abcdef";
  private static final String ADMIN = "admin-token-0123456789abcdef";

  @TempDir
  Path dir;
  private FeedServer feeds;
  private NewswatchRuntime runtime;
  private OpsHttpServer http;
  private final HttpClient client = HttpClient.newHttpClient();
  private final String prefix = "/" + UUID.randomUUID();

  @BeforeEach
  void start() throws Exception {
    feeds = new FeedServer()
        .serveRss(prefix + "/seeded.xml", Fixtures.text("feeds/baltic-wire.xml"))
        .serveRss(prefix + "/added.xml", Fixtures.text("feeds/minsk-monitor.xml"))
        .serveRss(prefix + "/discovered.xml", Fixtures.text("feeds/minsk-monitor.xml"));
    String yaml = """
        kafka: {bootstrapServers: "%s", instanceId: "api-it"}
        http: {port: 0}
        poller:
          interval: 1s
          minInterval: 1s
          maxInterval: 1s
          firstPollMaxItemAge: 36500d
          transactionalIdPrefix: "%s"
          fetch: {allowedHosts: ["%s"]}
          group: {id: "%s", sessionTimeout: 6s, heartbeatInterval: 1s, revokeTimeout: 10s}
        pipeline: {stateDir: "%s"}
        feeds:
          - {name: Seeded Wire, url: "%s"}
        """.formatted(TestKafka.bootstrapServers(), "api-it-" + UUID.randomUUID(),
        URI.create(feeds.url("/")).getAuthority(), "api-it-" + UUID.randomUUID(), dir.resolve("streams"),
        feeds.url(prefix + "/seeded.xml"));
    NewswatchConfig config = new ConfigLoader(Map.of()).load(yaml, "FeedsApiIT");
    PrometheusRegistry registry = new PrometheusRegistry();
    runtime = new NewswatchRuntime(config, EnumSet.of(NewswatchRuntime.Service.POLLER), registry);
    FeedsApi api = new FeedsApi(ApiToken.of(READ), ApiToken.of(ADMIN), runtime::feedCatalog, runtime::feedRegistry,
        runtime::localFeedStatus, registry).withDiscovery(FeedsApi.fetcher(NewswatchRuntime.fetchConfig(config)));
    http = new OpsHttpServer("127.0.0.1", 0, registry, runtime, ApiToken.of(READ), runtime.apiDocuments(), api);
    runtime.start();
  }

  @AfterEach
  void stop() throws Exception {
    try {
      // Leave the shared broker's registry as it was found.
      for (JsonNode feed : json(send("GET", "/api/v1/feeds", ADMIN, null).body())) {
        if (feed.get("url").asText().contains(prefix)) {
          send("DELETE", "/api/v1/feeds/" + feed.get("id").asText(), ADMIN, null);
        }
      }
    } finally {
      http.close();
      runtime.close();
      feeds.close();
      client.close();
    }
  }

  @Test
  void readingTakesEitherTokenAndChangingOnlyTheAdminToken() throws Exception {
    assertThat(send("GET", "/api/v1/feeds", null, null).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/v1/feeds", "wrong-token-0123456789abcdef", null).statusCode()).isEqualTo(401);
    awaitTrue(() -> send("GET", "/api/v1/feeds", READ, null).statusCode() == 200, "registry loaded");
    JsonNode list = json(send("GET", "/api/v1/feeds", ADMIN, null).body());
    JsonNode seeded = find(list, "/seeded.xml");
    assertThat(seeded).as("the configured feed was seeded").isNotNull();
    assertThat(seeded.get("source").asText()).isEqualTo("config");
    assertThat(seeded.get("id").asText()).isEqualTo(FeedDefinition.idOf(feeds.url(prefix + "/seeded.xml")));

    HttpResponse<String> forbidden = send("POST", "/api/v1/feeds", READ, "{\"url\":\"" + feeds.url(prefix + "/x") + "\"}");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(json(forbidden.body()).get("error").asText()).contains("admin token");
    assertThat(send("DELETE", "/api/v1/feeds/" + seeded.get("id").asText(), READ, null).statusCode()).isEqualTo(403);
    assertThat(send("DELETE", "/api/v1/feeds/" + seeded.get("id").asText(), null, null).statusCode()).isEqualTo(401);
    assertThat(send("PUT", "/api/v1/feeds", ADMIN, "{}").statusCode()).isEqualTo(405);
    assertThat(json(send("GET", "/api/v1/feeds", READ, null).body())).hasSize(list.size());
  }

  @Test
  void refusesWhatIsNotAFeedUrlWithAClearJsonError() throws Exception {
    awaitTrue(() -> send("GET", "/api/v1/feeds", READ, null).statusCode() == 200, "registry loaded");
    for (String body : new String[] {"{\"url\":\"file:///etc/passwd\"}", "{\"url\":\"ftp://example.org/rss\"}",
        "{\"url\":\"https:///no-host\"}", "{\"name\":\"no url\"}", "not json", "[1,2]",
        "{\"url\":\"https://a.example/rss\",\"extra\":1}", "{\"url\":42}",
        "{\"url\":\"https://a.example/" + "x".repeat(2_100) + "\"}"}) {
      HttpResponse<String> response = send("POST", "/api/v1/feeds", ADMIN, body);
      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(json(response.body()).get("error").asText()).as(body).isNotBlank();
    }
    HttpResponse<String> huge = send("POST", "/api/v1/feeds", ADMIN,
        "{\"url\":\"https://a.example/rss\",\"name\":\"" + "n".repeat(20_000) + "\"}");
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(send("GET", "/api/v1/feeds/0123456789abcdef0123456789abcdef", READ, null).statusCode()).isEqualTo(404);
    assertThat(send("DELETE", "/api/v1/feeds/0123456789abcdef0123456789abcdef", ADMIN, null).statusCode())
        .isEqualTo(404);
    assertThat(metrics()).contains("newswatch_ingest_api_requests_total{method=\"POST\",outcome=\"bad_request\"} 9.0");
  }

  @Test
  void anAddedFeedIsPolledAndARemovedOneIsNotAnyMore() throws Exception {
    awaitTrue(() -> send("GET", "/api/v1/feeds", READ, null).statusCode() == 200, "registry loaded");
    String path = prefix + "/added.xml";
    HttpResponse<String> created = send("POST", "/api/v1/feeds", ADMIN,
        "{\"url\":\"" + feeds.url(path) + "\",\"name\":\"Minsk Monitor\"}");
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode feed = json(created.body());
    String id = feed.get("id").asText();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/feeds/" + id);
    assertThat(feed.get("name").asText()).isEqualTo("Minsk Monitor");
    assertThat(feed.get("source").asText()).isEqualTo("api");
    assertThat(find(json(send("GET", "/api/v1/feeds", READ, null).body()), "/added.xml")).isNotNull();

    awaitTrue(() -> feeds.hits(path) >= 1, "the added feed is polled");
    awaitTrue(() -> {
      JsonNode shown = json(send("GET", "/api/v1/feeds/" + id, READ, null).body());
      return shown.get("polledHere").asBoolean() && shown.get("status").asText().equals("ok")
          && shown.get("itemsPublished").asLong() > 0 && shown.hasNonNull("nextPollAt");
    }, "its status shows the poll");
    HttpResponse<String> again = send("POST", "/api/v1/feeds", ADMIN, "{\"url\":\"" + feeds.url(path) + "\"}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again.body()).get("feed").get("id").asText()).isEqualTo(id);

    HttpResponse<String> removed = send("DELETE", "/api/v1/feeds/" + id, ADMIN, null);
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(json(removed.body()).get("removed").get("id").asText()).isEqualTo(id);
    assertThat(send("GET", "/api/v1/feeds/" + id, READ, null).statusCode()).isEqualTo(404);
    awaitTrue(() -> !runtime.localFeedStatus().containsKey(feeds.url(path)), "the poller lets it go");
    int hits = feeds.hits(path);
    Thread.sleep(3_000); // three poll intervals
    assertThat(feeds.hits(path)).as("no poll after removal").isEqualTo(hits);
    assertThat(feeds.hits(prefix + "/seeded.xml")).as("the other feed is still polled").isGreaterThan(1);
  }

  @Test
  void importsOpmlReportingEachFeedAndExportsTheRegistry() throws Exception {
    awaitTrue(() -> send("GET", "/api/v1/feeds", READ, null).statusCode() == 200, "registry loaded");
    String opml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0"><head><title>mine</title></head><body>
          <outline text="Belarus">
            <outline type="rss" text="Imported One" xmlUrl="%s"/>
            <outline type="rss" text="Seeded again" xmlUrl="%s"/>
          </outline>
          <outline type="rss" text="Not a web feed" xmlUrl="file:///etc/passwd"/>
          <outline type="rss" text="Imported Two" xmlUrl="%s"/>
        </body></opml>
        """.formatted(feeds.url(prefix + "/imported-1.xml"), feeds.url(prefix + "/seeded.xml"),
        feeds.url(prefix + "/imported-2.xml"));
    assertThat(send("POST", "/api/v1/feeds:import", READ, opml).statusCode()).as("read token").isEqualTo(403);
    assertThat(send("POST", "/api/v1/feeds:import", null, opml).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/api/v1/feeds:import", ADMIN, null).statusCode()).isEqualTo(405);
    HttpResponse<String> imported = send("POST", "/api/v1/feeds:import", ADMIN, opml);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    JsonNode answer = json(imported.body());
    assertThat(answer.get("listed").asInt()).isEqualTo(4);
    assertThat(answer.get("added").asInt()).isEqualTo(2);
    assertThat(answer.get("exists").asInt()).isEqualTo(1);
    assertThat(answer.get("refused").asInt()).isEqualTo(1);
    JsonNode rows = answer.get("feeds");
    assertThat(rows.get(0).get("outcome").asText()).isEqualTo("added");
    assertThat(rows.get(0).get("name").asText()).isEqualTo("Imported One");
    assertThat(rows.get(1).get("outcome").asText()).isEqualTo("exists");
    assertThat(rows.get(2).get("outcome").asText()).isEqualTo("refused");
    assertThat(rows.get(2).get("reason").asText()).contains("http");
    JsonNode list = json(send("GET", "/api/v1/feeds", READ, null).body());
    assertThat(find(list, "/imported-1.xml").get("name").asText()).isEqualTo("Imported One");
    assertThat(find(list, "/imported-2.xml")).isNotNull();
    HttpResponse<String> twice = send("POST", "/api/v1/feeds:import", ADMIN, opml);
    assertThat(json(twice.body()).get("exists").asInt()).as("a second import adds nothing").isEqualTo(3);

    assertThat(send("POST", "/api/v1/feeds:import", ADMIN, "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<opml><body/></opml>").statusCode()).isEqualTo(400);
    assertThat(send("POST", "/api/v1/feeds:import", ADMIN, "<rss/>").statusCode()).isEqualTo(400);
    assertThat(send("POST", "/api/v1/feeds:import", ADMIN, "x".repeat(FeedsApi.MAX_IMPORT_BYTES + 1)).statusCode())
        .isEqualTo(413);
    StringBuilder many = new StringBuilder("<opml version=\"2.0\"><body>");
    for (int i = 0; i <= FeedsApi.MAX_IMPORT_FEEDS; i++) {
      many.append("<outline xmlUrl=\"https://many.example/").append(i).append("\"/>");
    }
    HttpResponse<String> tooMany = send("POST", "/api/v1/feeds:import", ADMIN, many.append("</body></opml>").toString());
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(json(tooMany.body()).get("error").asText()).contains("at most " + FeedsApi.MAX_IMPORT_FEEDS);

    assertThat(send("GET", "/api/v1/feeds.opml", READ, null).statusCode()).as("read token").isEqualTo(403);
    HttpResponse<String> exported = send("GET", "/api/v1/feeds.opml", ADMIN, null);
    assertThat(exported.statusCode()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Type").orElse("")).startsWith("text/x-opml");
    assertThat(exported.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    java.util.List<dev.newswatch.ingest.feed.OpmlFeed> back =
        dev.newswatch.ingest.feed.Opml.read(exported.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(back).extracting(dev.newswatch.ingest.feed.OpmlFeed::xmlUrl).contains(
        feeds.url(prefix + "/seeded.xml"), feeds.url(prefix + "/imported-1.xml"), feeds.url(prefix + "/imported-2.xml"));
    assertThat(back).filteredOn(f -> f.xmlUrl().endsWith("/imported-1.xml")).extracting(
        dev.newswatch.ingest.feed.OpmlFeed::title).containsExactly("Imported One");
    assertThat(metrics()).contains("newswatch_ingest_api_requests_total{method=\"POST\",outcome=\"imported\"} 2.0");
  }

  @Test
  void discoversTheFeedsAPageAdvertisesThroughTheAddressGuard() throws Exception {
    awaitTrue(() -> send("GET", "/api/v1/feeds", READ, null).statusCode() == 200, "registry loaded");
    feeds.serve(prefix + "/site.html", """
        <!DOCTYPE html><html><head><title>Site</title>
        <link rel="alternate" type="application/rss+xml" href="discovered.xml">
        <link rel="alternate" type="application/atom+xml" href="%s">
        <link rel="stylesheet" href="style.css">
        </head><body>hello</body></html>
        """.formatted(feeds.url(prefix + "/seeded.xml")), "text/html; charset=utf-8");
    String request = "{\"url\":\"" + feeds.url(prefix + "/site.html") + "\"}";
    assertThat(send("POST", "/api/v1/feeds:discover", READ, request).statusCode()).isEqualTo(403);
    HttpResponse<String> found = send("POST", "/api/v1/feeds:discover", ADMIN, request);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    JsonNode list = json(found.body()).get("feeds");
    assertThat(list).hasSize(2);
    assertThat(list.get(0).get("url").asText()).isEqualTo(feeds.url(prefix + "/discovered.xml"));
    assertThat(list.get(0).get("registered").asBoolean()).isFalse();
    assertThat(list.get(1).get("registered").asBoolean()).as("the seeded feed is polled already").isTrue();

    HttpResponse<String> itself = send("POST", "/api/v1/feeds:discover", ADMIN,
        "{\"url\":\"" + feeds.url(prefix + "/discovered.xml") + "\"}");
    assertThat(json(itself.body()).get("feeds").get(0).get("url").asText()).as("a feed URL is its own feed")
        .isEqualTo(feeds.url(prefix + "/discovered.xml"));

    for (String blocked : new String[] {"http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/",
        "http://127.0.0.1:1/"}) {
      HttpResponse<String> refused = send("POST", "/api/v1/feeds:discover", ADMIN, "{\"url\":\"" + blocked + "\"}");
      assertThat(refused.statusCode()).as(blocked).isEqualTo(422);
      assertThat(json(refused.body()).get("error").asText()).as(blocked).startsWith("cannot fetch the page");
    }
    assertThat(send("POST", "/api/v1/feeds:discover", ADMIN, "{\"url\":\"file:///etc/passwd\"}").statusCode())
        .isEqualTo(400);
    assertThat(send("POST", "/api/v1/feeds:discover", ADMIN, "{\"page\":\"x\"}").statusCode()).isEqualTo(400);
  }

  private static JsonNode find(JsonNode list, String suffix) {
    for (JsonNode feed : list) {
      if (feed.get("url").asText().endsWith(suffix)) {
        return feed;
      }
    }
    return null;
  }

  private static JsonNode json(String body) {
    try {
      return JsonCodec.mapper().readTree(body);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private String metrics() {
    return send("GET", "/metrics", null, null).body();
  }

  private HttpResponse<String> send(String method, String path, String token, String body) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for: " + what);
      }
      Thread.sleep(200);
    }
  }
}
