package dev.newswatch.ingest.poll;

import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.newswatch.ingest.poll.PollFixtures.AFTER_FIXTURES;
import static dev.newswatch.ingest.poll.PollFixtures.BALTIC_WIRE;
import static dev.newswatch.ingest.poll.PollFixtures.GUARDED_LOOPBACK;

import dev.newswatch.model.Article;
import dev.newswatch.model.FeedState;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.FeedServer;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class PollerServiceIT {

  private static final FeedServer SERVER = new FeedServer();

  @AfterAll
  static void stopServer() {
    SERVER.close();
  }

  /** A feed URL no other test uses, so records on the shared broker can be told apart. */
  private static String uniquePath(String name) {
    return "/" + UUID.randomUUID() + "/" + name;
  }

  private static PollerConfig config(Duration interval, FeedSource... feeds) {
    return new PollerConfig(List.of(feeds), interval, 2, GUARDED_LOOPBACK);
  }

  private static PollerService service(PollerConfig config, String transactionalId) {
    return service(config, transactionalId, new PrometheusRegistry());
  }

  private static PollerService service(PollerConfig config, String transactionalId, PrometheusRegistry registry) {
    return new PollerService(config, TestKafka.clientConfig(), transactionalId, registry, AFTER_FIXTURES);
  }

  @Test
  void publishesNewArticlesWithTheFeedStateAndRemembersThemAcrossARestart() {
    String path = uniquePath("baltic-wire.xml");
    SERVER.serveRss(path, BALTIC_WIRE);
    FeedSource feed = new FeedSource(SERVER.url(path), "Baltic Wire");
    PollerConfig config = config(Duration.ofMinutes(10), feed);
    String transactionalId = "ingest-it-" + UUID.randomUUID();

    try (PollerService first = service(config, transactionalId + "-a")) {
      first.pollOnce();

      assertThat(first.status().get(feed.url())).satisfies(s -> {
        assertThat(s.lastOutcome()).isEqualTo("ok");
        assertThat(s.articlesPublished()).isEqualTo(2);
      });
      assertThat(first.kafkaMetrics()).isNotEmpty();
    }
    List<ConsumerRecord<String, Article>> published = articlesOf(feed.url());
    assertThat(published).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
        "https://balticwire.example/europe/2026/11/belarus-pardons-18-prisoners",
        "https://balticwire.example/business/2026/11/riga-port-grain-record");
    assertThat(published).allSatisfy(r -> assertThat(r.value().canonicalUrl()).isEqualTo(r.key()));
    FeedState stored = stateOf(feed.url());
    assertThat(stored.seenItemKeys()).containsExactly("guid:balticwire-88190", "guid:balticwire-88213");
    assertThat(stored.etag()).isNotBlank();

    // Same items, new bytes: the restarted poller gets a 200, not a 304, and must rely on the seen keys.
    SERVER.serveRss(path, BALTIC_WIRE + "<!-- regenerated -->\n");
    try (PollerService restarted = service(config, transactionalId + "-b")) {
      restarted.start();
      restarted.pollOnce();

      assertThat(restarted.status().get(feed.url())).satisfies(s -> {
        assertThat(s.lastOutcome()).isIn("ok", "not_modified");
        assertThat(s.articlesPublished()).isZero();
        assertThat(s.consecutiveFailures()).isZero();
      });
    }
    assertThat(articlesOf(feed.url())).hasSize(2);
    assertThat(stateOf(feed.url()).etag()).as("the new ETag was stored without articles").isNotEqualTo(stored.etag());
  }

  private static final String PAGE = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Minsk frees five | Lida Ledger</title>
      </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
      <h1>Minsk frees five</h1>
      <p>Five people jailed after the 2020 protests were pardoned and released on Tuesday, the rights group
      Viasna said, naming two of them as the teacher Nasta Loika and the blogger Ihar Karnei.</p>
      <p>The releases followed a visit by the US special envoy John Coale, who has negotiated earlier rounds
      of pardons in exchange for the easing of sanctions on the national airline Belavia.</p>
      <p>Viasna still counts more than 1,100 political prisoners in Belarus and says new arrests continue.</p>
      </article></body></html>
      """;

  private static String ledgerFeed(String pageUrl, String title) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Lida Ledger</title><link>https://lidaledger.example/</link>
          <item><title>%s</title><link>%s</link><guid isPermaLink="false">ll-501</guid>
            <pubDate>Sun, 22 Nov 2026 09:00:00 +0000</pubDate></item>
        </channel></rss>
        """.formatted(title, pageUrl);
  }

  @Test
  void articlesCarryTheirPageTextAndAnEditIsPublishedAsAnUpdate() {
    String feedPath = uniquePath("lida-ledger.xml");
    String pagePath = uniquePath("minsk-frees-five.html");
    SERVER.serve(pagePath, PAGE, "text/html; charset=utf-8");
    SERVER.serveRss(feedPath, ledgerFeed(SERVER.url(pagePath), "Minsk frees five"));
    FeedSource feed = new FeedSource(SERVER.url(feedPath), "Lida Ledger");
    PollerConfig config = config(Duration.ofMinutes(10), feed).withMaxPagesPerPoll(5);

    try (PollerService service = service(config, "ingest-it-" + UUID.randomUUID())) {
      service.pollOnce();
      SERVER.serveRss(feedPath, ledgerFeed(SERVER.url(pagePath), "Minsk frees five, including Nasta Loika"));
      service.pollOnce();
      service.pollOnce();
    }

    List<ConsumerRecord<String, Article>> published = articlesOf(feed.url());
    assertThat(published).hasSize(2);
    assertThat(published.get(0).value()).satisfies(a -> {
      assertThat(a.body()).contains("Nasta Loika", "John Coale", "1,100 political prisoners").doesNotContain("World");
      assertThat(a.pageError()).isNull();
      assertThat(a.updatedAt()).isNull();
    });
    assertThat(published.get(1).value()).satisfies(a -> {
      assertThat(a.id()).isEqualTo(published.get(0).value().id());
      assertThat(a.title()).isEqualTo("Minsk frees five, including Nasta Loika");
      assertThat(a.updatedAt()).isNotNull();
      assertThat(a.body()).contains("Nasta Loika");
    });
    assertThat(SERVER.hits(pagePath)).isEqualTo(2);
    assertThat(stateOf(feed.url()).itemVersions()).containsOnlyKeys("guid:ll-501");
  }

  @Test
  void aFeedThat404sIsReportedAndDoesNotStopTheOthers() {
    String goodPath = uniquePath("baltic-wire.xml");
    SERVER.serveRss(goodPath, BALTIC_WIRE);
    FeedSource good = new FeedSource(SERVER.url(goodPath), "Baltic Wire");
    FeedSource missing = new FeedSource(SERVER.url(uniquePath("gone.xml")), "Gone Gazette");
    PrometheusRegistry registry = new PrometheusRegistry();

    try (PollerService service = service(config(Duration.ofMinutes(10), missing, good),
        "ingest-it-" + UUID.randomUUID(), registry)) {
      service.pollOnce();
      service.pollOnce();

      Map<String, FeedStatus> status = service.status();
      assertThat(status.get(missing.url())).satisfies(s -> {
        assertThat(s.lastOutcome()).isEqualTo("fetch_error");
        assertThat(s.lastError()).contains("HTTP 404");
        assertThat(s.consecutiveFailures()).isEqualTo(2);
      });
      assertThat(status.get(good.url())).satisfies(s -> {
        assertThat(s.consecutiveFailures()).isZero();
        assertThat(s.articlesPublished()).isEqualTo(2);
      });
      assertThat(service.isHealthy()).isTrue();
      assertThat(MetricValues.value(registry, "newswatch_ingest_feeds_failing")).isEqualTo(1);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feeds_configured")).isEqualTo(2);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feed_polls", "outcome", "fetch_error")).isEqualTo(2);
      assertThat(MetricValues.value(registry, "newswatch_ingest_articles_published")).isEqualTo(2);
    }
    assertThat(articlesOf(good.url())).hasSize(2);
  }

  @Test
  void startPollsAtOnceAndThenEveryInterval() throws InterruptedException {
    String path = uniquePath("baltic-wire.xml");
    SERVER.serveRss(path, BALTIC_WIRE);
    FeedSource feed = new FeedSource(SERVER.url(path), "Baltic Wire");

    try (PollerService service = service(config(Duration.ofSeconds(1), feed), "ingest-it-" + UUID.randomUUID())) {
      service.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (SERVER.notModified(path) < 2 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }

      assertThat(SERVER.notModified(path)).as("conditional re-polls").isGreaterThanOrEqualTo(2);
      assertThat(service.status().get(feed.url()).articlesPublished()).isEqualTo(2);
    }
    assertThat(articlesOf(feed.url())).hasSize(2);
  }

  @Test
  void aFencedInstanceStopsPublishingAndReportsUnhealthy() {
    String path = uniquePath("baltic-wire.xml");
    SERVER.serveRss(path, BALTIC_WIRE);
    FeedSource feed = new FeedSource(SERVER.url(path), "Baltic Wire");
    PollerConfig config = config(Duration.ofMinutes(10), feed);
    String sharedId = "ingest-it-" + UUID.randomUUID();

    try (PollerService old = service(config, sharedId)) {
      old.pollOnce();
      try (PollerService successor = service(config, sharedId)) {
        successor.pollOnce();
        SERVER.serveRss(path, BALTIC_WIRE.replace("balticwire-88213", "balticwire-88214"));

        old.pollOnce();

        assertThat(old.isHealthy()).isFalse();
        assertThat(old.status().get(feed.url()).lastOutcome()).isEqualTo("publish_error");
        assertThat(successor.isHealthy()).isTrue();
      }
    }
    assertThat(articlesOf(feed.url())).extracting(r -> r.value().guid())
        .containsExactlyInAnyOrder("balticwire-88213", "balticwire-88190");
  }

  @Test
  void scheduleAndBackoffSurviveARestart() throws InterruptedException {
    String goodPath = uniquePath("baltic-wire.xml");
    SERVER.serveRss(goodPath, BALTIC_WIRE);
    FeedSource good = new FeedSource(SERVER.url(goodPath), "Baltic Wire");
    String missingPath = uniquePath("gone.xml");
    FeedSource missing = new FeedSource(SERVER.url(missingPath), "Gone Gazette");
    String addedPath = uniquePath("added.xml");
    SERVER.serveRss(addedPath, BALTIC_WIRE);
    FeedSource added = new FeedSource(SERVER.url(addedPath), "Added later");
    String transactionalId = "ingest-it-" + UUID.randomUUID();
    Instant before = AFTER_FIXTURES.instant();

    try (PollerService first = service(config(Duration.ofMinutes(10), missing, good), transactionalId)) {
      first.pollOnce();
    }
    FeedState failing = stateOf(missing.url());
    assertThat(failing.consecutiveFailures()).isEqualTo(1);
    assertThat(failing.failingSince()).isAfterOrEqualTo(before);
    assertThat(failing.nextPollAt()).isAfter(before.plus(Duration.ofMinutes(7)));
    assertThat(stateOf(good.url()).nextPollAt()).isAfter(before.plus(Duration.ofMinutes(7)));

    try (PollerService restarted = service(config(Duration.ofMinutes(10), missing, good, added), transactionalId)) {
      restarted.start();
      assertThat(restarted.status().get(missing.url())).satisfies(s -> {
        assertThat(s.status()).isEqualTo(FeedStatus.FAILING);
        assertThat(s.consecutiveFailures()).isEqualTo(1);
        assertThat(s.nextPollAt()).isEqualTo(failing.nextPollAt());
      });
      // All feeds are looked at in the same tick: once the new one was fetched, the others were skipped.
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (SERVER.hits(addedPath) < 1 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(SERVER.hits(addedPath)).isEqualTo(1);
      assertThat(SERVER.hits(missingPath)).as("still backing off").isEqualTo(1);
      assertThat(SERVER.hits(goodPath)).as("not due yet").isEqualTo(1);
    }
  }

  @Test
  void aFeedFailingTooOftenIsMarkedBrokenButKept() {
    FeedSource missing = new FeedSource(SERVER.url(uniquePath("gone.xml")), "Gone Gazette");
    ScheduleConfig schedule = new ScheduleConfig(Duration.ofMinutes(10), Duration.ofMinutes(10),
        Duration.ofHours(1), 2, Duration.ofDays(1), Duration.ofHours(6), Duration.ofDays(1));
    PollerConfig config = new PollerConfig(List.of(missing), Duration.ofMinutes(10), 2, GUARDED_LOOPBACK, 2,
        Duration.ofDays(7), schedule, 0);
    PrometheusRegistry registry = new PrometheusRegistry();

    try (PollerService service = service(config, "ingest-it-" + UUID.randomUUID(), registry)) {
      service.pollOnce();
      assertThat(service.status().get(missing.url()).status()).isEqualTo(FeedStatus.FAILING);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feeds", "status", "failing")).isEqualTo(1);

      service.pollOnce();

      assertThat(service.status().get(missing.url())).satisfies(s -> {
        assertThat(s.status()).isEqualTo(FeedStatus.BROKEN);
        assertThat(s.brokenReason()).contains("2 consecutive failures").contains("HTTP 404");
        // Broken after two failures in quick succession: retried after its backoff (at most the 1 h
        // maxBackoff), not after the 6 h of brokenRetry, since it has been failing for moments only.
        assertThat(s.nextPollAt()).isAfter(AFTER_FIXTURES.instant().plus(Duration.ofMinutes(5)))
            .isBefore(AFTER_FIXTURES.instant().plus(Duration.ofHours(2)));
      });
      assertThat(MetricValues.value(registry, "newswatch_ingest_feeds", "status", "broken")).isEqualTo(1);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feeds", "status", "failing")).isZero();
    }
    assertThat(stateOf(missing.url()).brokenReason()).contains("HTTP 404");
  }

  @Test
  void aPermanentlyMovedFeedIsPolledAtItsNewUrlAndShowsIt() {
    String newPath = uniquePath("baltic-wire.xml");
    SERVER.serveRss(newPath, BALTIC_WIRE);
    try (LocalRedirects old = new LocalRedirects(308, SERVER.url(newPath))) {
      FeedSource feed = new FeedSource(old.url(), "Baltic Wire");
      String transactionalId = "ingest-it-" + UUID.randomUUID();

      try (PollerService service = service(config(Duration.ofMinutes(10), feed), transactionalId)) {
        service.pollOnce();
        assertThat(service.status().get(feed.url()).pollUrl()).isEqualTo(SERVER.url(newPath));
      }
      try (PollerService restarted = service(config(Duration.ofMinutes(10), feed), transactionalId)) {
        restarted.pollOnce();
        assertThat(restarted.status().get(feed.url()).pollUrl()).isEqualTo(SERVER.url(newPath));
      }

      assertThat(old.hits()).as("the old URL was asked once, before the move was known").isEqualTo(1);
      assertThat(SERVER.hits(newPath)).isEqualTo(2);
      assertThat(stateOf(feed.url()).redirectedUrl()).isEqualTo(SERVER.url(newPath));
      assertThat(articlesOf(feed.url())).hasSize(2);
    }
  }

  @Test
  void countsNewAndUnchangedPollsAndTheLatenessOfItems() {
    String path = uniquePath("baltic-wire.xml");
    SERVER.serveRss(path, BALTIC_WIRE);
    FeedSource feed = new FeedSource(SERVER.url(path), "Baltic Wire");
    PrometheusRegistry registry = new PrometheusRegistry();

    try (PollerService service = service(config(Duration.ofMinutes(10), feed), "ingest-it-" + UUID.randomUUID(),
        registry)) {
      service.pollOnce();
      SERVER.serveRss(path, BALTIC_WIRE + "<!-- regenerated -->\n");
      service.pollOnce();

      assertThat(MetricValues.value(registry, "newswatch_ingest_feed_polls", "outcome", "new_items")).isEqualTo(1);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feed_polls", "outcome", "unchanged")).isEqualTo(1);
      assertThat(MetricValues.histogramCount(registry, "newswatch_ingest_feed_item_lateness_seconds")).isEqualTo(2);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feeds", "status", "ok")).isEqualTo(1);
      assertThat(service.status().get(feed.url()).nextPollAt()).isAfter(AFTER_FIXTURES.instant());
    }
  }

  private static List<ConsumerRecord<String, Article>> articlesOf(String feedUrl) {
    List<ConsumerRecord<String, Article>> mine = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> record : TestKafka.readAll(Topics.ARTICLES_RAW)) {
      Article article = decode(record, Topics.articleSerde().deserializer()::deserialize);
      if (article != null && feedUrl.equals(article.feedUrl())) {
        mine.add(new ConsumerRecord<>(record.topic(), record.partition(), record.offset(),
            new String(record.key(), StandardCharsets.UTF_8), article));
      }
    }
    return mine;
  }

  private static FeedState stateOf(String feedUrl) {
    FeedState latest = null;
    for (ConsumerRecord<byte[], byte[]> record : TestKafka.readAll(Topics.FEED_STATE)) {
      if (record.key() != null && feedUrl.equals(new String(record.key(), StandardCharsets.UTF_8))) {
        latest = decode(record, Topics.feedStateSerde().deserializer()::deserialize);
      }
    }
    assertThat(latest).as("state of " + feedUrl).isNotNull();
    return latest;
  }

  private interface Decoder<T> {
    T decode(String topic, byte[] bytes);
  }

  private static <T> T decode(ConsumerRecord<byte[], byte[]> record, Decoder<T> decoder) {
    try {
      return decoder.decode(record.topic(), record.value());
    } catch (SerializationException e) {
      return null;
    }
  }
}
