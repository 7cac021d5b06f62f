package dev.newswatch.ingest.poll;

import static dev.newswatch.ingest.poll.PollFixtures.AFTER_FIXTURES;
import static dev.newswatch.ingest.poll.PollFixtures.BALTIC_WIRE;
import static dev.newswatch.ingest.poll.PollFixtures.GUARDED_LOOPBACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Article;
import dev.newswatch.model.FeedState;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.FaultyHttpServer;
import dev.newswatch.testkit.FaultyHttpServer.Ending;
import dev.newswatch.testkit.FaultyHttpServer.Framing;
import dev.newswatch.testkit.FaultyHttpServer.Response;
import dev.newswatch.testkit.MetricValues;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The poller against feeds and pages that break: bodies cut off (gzip mid-stream, short of their
 * Content-Length, connection reset, closed mid-document), a 1 GB feed and a gzip bomb. Each broken feed
 * is reported with its reason while the others are published; nothing of a broken body is published;
 * once the server answers properly, every article is on the topic exactly once, across a restart too.
 */
class PollerFaultsIT {

  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final String HTML = "text/html; charset=utf-8";
  private static final long ONE_GB = 1L << 30;
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final FaultyHttpServer server = new FaultyHttpServer();
  private final String run = "/" + UUID.randomUUID();

  @AfterEach
  void stop() {
    server.close();
  }

  private PollerService service(PollerConfig config, String transactionalId, PrometheusRegistry registry) {
    return new PollerService(config, TestKafka.clientConfig(), transactionalId, registry, AFTER_FIXTURES);
  }

  private FeedSource feed(String name) {
    return new FeedSource(server.url(run + "/" + name + ".xml"), name);
  }

  private String path(FeedSource feed) {
    return feed.uri().getPath();
  }

  @Test
  void aFeedWhoseBodyBreaksOffIsReportedAndTheNextPollPublishesEachItemOnce() throws Exception {
    byte[] feedBytes = BALTIC_WIRE.getBytes(StandardCharsets.UTF_8);
    byte[] gzip = FaultyHttpServer.gzip(feedBytes);
    FeedSource gzipCut = feed("gzip-cut");
    FeedSource shortBody = feed("short-body");
    FeedSource reset = feed("reset");
    FeedSource halfDocument = feed("half-document");
    FeedSource good = feed("good");
    server.serve(path(gzipCut), Response.of(java.util.Arrays.copyOf(gzip, gzip.length / 2), RSS)
        .header("Content-Encoding", "gzip"));
    server.serve(path(shortBody), Response.of(feedBytes, RSS).cutAfter(feedBytes.length / 2, Ending.CLOSE));
    server.serve(path(reset), Response.of(feedBytes, RSS).gzipped().cutAfter(200, Ending.RESET));
    // Closing the connection is how this server ends its bodies: only the document itself can tell.
    server.serve(path(halfDocument), Response.of(feedBytes, RSS).framed(Framing.CLOSE_DELIMITED)
        .cutAfter(feedBytes.length * 2 / 3, Ending.CLOSE));
    server.serve(path(good), Response.of(feedBytes, RSS));
    List<FeedSource> broken = List.of(gzipCut, shortBody, reset, halfDocument);
    List<FeedSource> all = List.of(gzipCut, shortBody, reset, halfDocument, good);
    PollerConfig config = new PollerConfig(all, Duration.ofMinutes(10), 2, GUARDED_LOOPBACK);
    PrometheusRegistry registry = new PrometheusRegistry();
    String transactionalId = "faults-it-" + UUID.randomUUID();

    try (PollerService service = service(config, transactionalId + "-a", registry)) {
      service.pollOnce();

      Map<String, FeedStatus> status = service.status();
      for (FeedSource f : List.of(gzipCut, shortBody, reset)) {
        assertThat(status.get(f.url())).as(f.name()).satisfies(s -> {
          assertThat(s.lastOutcome()).isEqualTo("fetch_error");
          assertThat(s.status()).isEqualTo(FeedStatus.FAILING);
          assertThat(s.consecutiveFailures()).isEqualTo(1);
        });
      }
      assertThat(status.get(gzipCut.url()).lastError()).contains("gzip body from", "ends before its end");
      assertThat(status.get(shortBody.url()).lastError()).contains("response body incomplete", "Content-Length");
      assertThat(status.get(reset.url()).lastError()).contains("response body incomplete");
      assertThat(status.get(halfDocument.url()).lastOutcome()).isEqualTo("parse_error");
      assertThat(status.get(good.url()).articlesPublished()).isEqualTo(2);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feed_fetch_errors", "reason", "truncated")).isEqualTo(3);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feed_polls", "outcome", "fetch_error")).isEqualTo(3);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feed_polls", "outcome", "parse_error")).isEqualTo(1);
      assertThat(MetricValues.value(registry, "newswatch_ingest_feeds", "status", "failing")).isEqualTo(4);
      assertThat(service.isHealthy()).isTrue();
      assertThat(Await.until(() -> TestKafka.articleValuesOf(good.url()).size() == 2, WAIT)).isTrue();
      for (FeedSource f : broken) {
        assertThat(TestKafka.articleValuesOf(f.url())).as("nothing of a broken body is published: " + f.name()).isEmpty();
        assertThat(stateOf(f.url()).seenItemKeys()).isEmpty();
      }

      // The server recovers.
      for (FeedSource f : broken) {
        server.serve(path(f), Response.of(feedBytes, RSS).gzipped());
      }
      service.pollOnce();
      service.pollOnce();

      assertThat(service.status().values()).allSatisfy(s -> assertThat(s.status()).isEqualTo(FeedStatus.OK));
    }
    try (PollerService restarted = service(config, transactionalId + "-b", new PrometheusRegistry())) {
      restarted.pollOnce();
      assertThat(restarted.status().values()).allSatisfy(s -> assertThat(s.articlesPublished()).isZero());
    }
    for (FeedSource f : all) {
      assertThat(Await.until(() -> TestKafka.articleValuesOf(f.url()).size() >= 2, WAIT)).isTrue();
      assertThat(TestKafka.articleValuesOf(f.url())).as(f.name()).extracting(Article::guid)
          .containsExactlyInAnyOrder("balticwire-88213", "balticwire-88190");
    }
  }

  private String pageFeed(String... slugs) {
    StringBuilder items = new StringBuilder();
    int hour = 8;
    for (String slug : slugs) {
      items.append("""
          <item><title>Story %1$s</title><link>%2$s</link><guid isPermaLink="false">%1$s</guid>
            <description>Teaser of %1$s.</description><pubDate>Sun, 22 Nov 2026 %3$02d:00:00 +0000</pubDate></item>
          """.formatted(slug, server.url(run + "/news/" + slug), hour++));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Lida Ledger</title><link>https://lidaledger.example/</link>
        %s</channel></rss>
        """.formatted(items);
  }

  private static String page(String slug) {
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story %1$s | Lida Ledger</title></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Story %1$s</h1>
        <p>Five people jailed after the 2020 protests were pardoned and released on Tuesday, the rights group
        Viasna said in the report numbered %1$s, naming two of them as the teacher Nasta Loika and a blogger.</p>
        <p>The releases followed a visit by the US special envoy John Coale, who has negotiated earlier rounds
        of pardons in exchange for the easing of sanctions on the national airline Belavia.</p>
        <p>Viasna still counts more than 1,100 political prisoners in Belarus and says new arrests continue.</p>
        </article></body></html>
        """.formatted(slug);
  }

  @Test
  void anArticleWhosePageBreaksOffIsHeldBackAndPublishedOnceWithItsTextAfterARestart() throws Exception {
    FeedSource feed = feed("lida-ledger");
    server.serve(path(feed), Response.of(pageFeed("ll-1", "ll-2"), RSS));
    server.serve(run + "/news/ll-1", Response.of(page("ll-1"), HTML));
    server.serve(run + "/news/ll-2", Response.of(page("ll-2"), HTML).gzipped().cutAfter(150, Ending.RESET));
    PollerConfig config = new PollerConfig(List.of(feed), Duration.ofMinutes(10), 2, GUARDED_LOOPBACK)
        .withMaxPagesPerPoll(5);
    String transactionalId = "faults-it-" + UUID.randomUUID();
    PrometheusRegistry registry = new PrometheusRegistry();
    Instant polled = AFTER_FIXTURES.instant();

    try (PollerService service = service(config, transactionalId, registry)) {
      service.pollOnce();

      assertThat(service.status().get(feed.url())).satisfies(s -> {
        assertThat(s.lastOutcome()).isEqualTo("ok");
        assertThat(s.articlesPublished()).isEqualTo(1);
        assertThat(s.lastError()).startsWith("1 article held back for the next poll, page not read: truncated: ");
        assertThat(s.nextPollAt()).as("polled again within minInterval")
            .isBefore(polled.plus(config.schedule().minInterval()).plusSeconds(30));
      });
      assertThat(MetricValues.value(registry, "newswatch_ingest_article_pages", "outcome", "held_back")).isEqualTo(1);
      assertThat(MetricValues.value(registry, "newswatch_ingest_article_page_fetch_errors", "reason", "truncated"))
          .isEqualTo(1);
    }
    assertThat(Await.until(() -> TestKafka.articleValuesOf(feed.url()).size() == 1, WAIT)).isTrue();
    assertThat(TestKafka.articleValuesOf(feed.url())).singleElement().satisfies(a -> {
      assertThat(a.guid()).isEqualTo("ll-1");
      assertThat(a.body()).contains("report numbered ll-1");
    });
    assertThat(stateOf(feed.url()).seenItemKeys()).containsExactly("guid:ll-1");

    // Restarted before the page loads, then after: the held-back item was never marked seen.
    server.serve(run + "/news/ll-2", Response.of(page("ll-2"), HTML).gzipped());
    try (PollerService restarted = service(config, transactionalId, new PrometheusRegistry())) {
      restarted.pollOnce();
      restarted.pollOnce();
      assertThat(restarted.status().get(feed.url())).satisfies(s -> {
        assertThat(s.lastError()).isNull();
        assertThat(s.articlesPublished()).isEqualTo(1);
      });
    }
    assertThat(Await.until(() -> TestKafka.articleValuesOf(feed.url()).size() >= 2, WAIT)).isTrue();
    List<Article> published = TestKafka.articleValuesOf(feed.url());
    assertThat(published).extracting(Article::guid).containsExactlyInAnyOrder("ll-1", "ll-2");
    assertThat(published).filteredOn(a -> a.guid().equals("ll-2")).singleElement().satisfies(a -> {
      assertThat(a.body()).contains("report numbered ll-2", "1,100 political prisoners");
      assertThat(a.pageError()).isNull();
    });
    assertThat(server.hits(run + "/news/ll-1")).as("a page read once is not read again").isEqualTo(1);
  }

  @Test
  void aOneGigabyteFeedAndAGzipBombStopAtTheCapWhileTheOtherFeedsArePublished() throws Exception {
    FeedSource huge = feed("endless-examiner");
    FeedSource declared = feed("declared-gigabyte");
    FeedSource bomb = feed("bomb");
    FeedSource good = feed("good");
    server.serve(path(huge), Response.streamed(() -> FaultyHttpServer.rss(ONE_GB), ONE_GB, RSS));
    server.serve(path(declared), Response.streamed(() -> FaultyHttpServer.rss(ONE_GB), ONE_GB, RSS)
        .framed(Framing.CONTENT_LENGTH));
    byte[] bombBytes = FaultyHttpServer.gzipBomb(256L << 20);
    assertThat((long) bombBytes.length).as("compressed, the bomb is under the cap").isLessThan(GUARDED_LOOPBACK.maxBodyBytes());
    server.serve(path(bomb), Response.of(bombBytes, RSS).header("Content-Encoding", "gzip"));
    server.serve(path(good), Response.of(BALTIC_WIRE, RSS));
    PollerConfig config = new PollerConfig(List.of(huge, declared, bomb, good), Duration.ofSeconds(1), 2,
        GUARDED_LOOPBACK);
    PrometheusRegistry registry = new PrometheusRegistry();

    try (PollerService service = service(config, "faults-it-" + UUID.randomUUID(), registry)) {
      service.start();
      // Polled on the schedule (every second, backing off for the failing ones): they never hold it up.
      assertThat(Await.until(() -> service.status().get(huge.url()).consecutiveFailures() >= 2
          && service.status().get(bomb.url()).consecutiveFailures() >= 1
          && service.status().get(declared.url()).consecutiveFailures() >= 1
          && service.status().get(good.url()).articlesPublished() == 2, WAIT)).isTrue();

      Map<String, FeedStatus> status = service.status();
      assertThat(status.get(huge.url()).lastError()).contains("response body exceeds 1048576 bytes");
      assertThat(status.get(declared.url()).lastError()).contains("response body exceeds 1048576 bytes");
      assertThat(status.get(bomb.url()).lastError()).contains("decompressed response body exceeds 1048576 bytes");
      assertThat(MetricValues.value(registry, "newswatch_ingest_feed_fetch_errors", "reason", "too_large"))
          .isGreaterThanOrEqualTo(4);
      assertThat(service.isHealthy()).isTrue();
    }
    // What left the server before the client hung up, over every poll: a few caps, never the gigabyte.
    assertThat(server.bodyBytesSent(path(huge))).isLessThan(ONE_GB / 8);
    assertThat(server.bodyBytesSent(path(declared))).isLessThan(ONE_GB / 8);
    assertThat(Await.until(() -> TestKafka.articleValuesOf(good.url()).size() == 2, WAIT)).isTrue();
    assertThat(TestKafka.articleValuesOf(huge.url())).isEmpty();
    assertThat(TestKafka.articleValuesOf(bomb.url())).isEmpty();
  }

  private static FeedState stateOf(String feedUrl) {
    FeedState latest = FeedState.empty(feedUrl);
    for (var record : TestKafka.readAll(Topics.FEED_STATE)) {
      if (record.key() != null && feedUrl.equals(new String(record.key(), StandardCharsets.UTF_8))) {
        try {
          latest = Topics.feedStateSerde().deserializer().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
          // another test's record
        }
      }
    }
    return latest;
  }
}
