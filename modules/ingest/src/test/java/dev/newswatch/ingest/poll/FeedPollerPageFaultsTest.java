package dev.newswatch.ingest.poll;

import static dev.newswatch.ingest.poll.PollFixtures.LOOPBACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.extract.ArticleExtractor;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.fetch.FetchException;
import dev.newswatch.ingest.fetch.HttpFetcher;
import dev.newswatch.model.Article;
import dev.newswatch.model.FeedState;
import dev.newswatch.testkit.FaultyHttpServer;
import dev.newswatch.testkit.FaultyHttpServer.Ending;
import dev.newswatch.testkit.FaultyHttpServer.Response;
import dev.newswatch.testkit.MetricValues;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Article pages that break off or meet a server that is briefly down: the article is held back (its item
 * unseen, the feed's validators kept) and published once, with its text, by the poll after the page
 * loads; a page that keeps failing goes out without its text after {@link FeedPoller#PAGE_TRIES} polls.
 */
class FeedPollerPageFaultsTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private static final String HTML = "text/html; charset=utf-8";

  private final FaultyHttpServer server = new FaultyHttpServer();
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final HttpFetcher fetcher = new HttpFetcher(LOOPBACK);
  private final IngestMetrics metrics = new IngestMetrics(registry);
  private final FeedPoller poller = new FeedPoller(fetcher, new FeedParser(), metrics, Duration.ofDays(36_500),
      new ArticlePages(fetcher, new ArticleExtractor(), metrics), 10);
  private final FeedSource feed = new FeedSource(server.url("/courier.xml"), "Grodno Courier");

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private static String feedOf(String base) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Grodno Courier</title><link>%1$s</link>
          <item><title>Talks on potash transit resume</title><link>%1$s/news/potash</link><guid>gc-2</guid>
            <description>Teaser two.</description><pubDate>Thu, 19 Nov 2026 09:00:00 +0000</pubDate></item>
          <item><title>Belarus pardons 31 prisoners</title><link>%1$s/news/pardon-31</link><guid>gc-1</guid>
            <description>Teaser one.</description><pubDate>Thu, 19 Nov 2026 08:00:00 +0000</pubDate></item>
        </channel></rss>
        """.formatted(base);
  }

  private static String page(String title, String text) {
    return """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%1$s | Grodno Courier</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>%1$s</h1>
        <p>%2$s</p>
        <p>The presidential press service gave no further details on Thursday, and the families of those
        concerned said they had not been told in advance of the decision or of what would follow it.</p>
        <p>Rights groups counted more than 1,100 political prisoners still held in Belarusian prisons and
        colonies, and asked for every one of them to be released without conditions attached.</p>
        </article><footer>Copyright Grodno Courier</footer></body></html>
        """.formatted(title, text);
  }

  private static final String PARDON_TEXT = "Alexander Lukashenko pardoned 31 people convicted of what the "
      + "authorities call extremism, among them the journalist Ihar Losik, after talks with the US envoy.";
  private static final String POTASH_TEXT = "Negotiators from Minsk and Vilnius met again about potash "
      + "shipments through Klaipeda, suspended since the sanctions of 2022, a ministry spokesman said.";

  private void serveFeed() {
    server.serve("/courier.xml", Response.of(feedOf(server.url("")
        .replaceAll("/$", "")), "application/rss+xml").header("ETag", "\"v2\""));
  }

  private double pages(String outcome) {
    return MetricValues.value(registry, "newswatch_ingest_article_pages", "outcome", outcome);
  }

  @Test
  void aPageThatBreaksOffHoldsItsArticleBackUntilTheNextPollReadsIt() {
    serveFeed();
    server.serve("/news/potash", Response.of(page("Talks on potash transit resume", POTASH_TEXT), HTML));
    server.serve("/news/pardon-31", Response.of(page("Belarus pardons 31 prisoners", PARDON_TEXT), HTML).gzipped()
        .cutAfter(120, Ending.RESET));
    FeedState before = new FeedState(feed.url(), "\"v1\"", null, java.util.List.of("guid:gc-0"), T0.minusSeconds(600),
        null, null, 0, null, null, null, null, 0L, java.util.Map.of("guid:gc-0", "0123456789ab"));

    PollOutcome first = poller.poll(feed, before, T0);

    assertThat(first.newArticles()).extracting(Article::guid).containsExactly("gc-2");
    assertThat(first.newArticles().get(0).body()).contains("potash shipments through Klaipeda");
    assertThat(first.heldBack()).singleElement().asString().startsWith("truncated: response body incomplete");
    assertThat(first.newState().seenItemKeys()).containsExactly("guid:gc-0", "guid:gc-2");
    assertThat(first.newState().itemVersions()).containsOnlyKeys("guid:gc-0", "guid:gc-2");
    assertThat(first.newState().etag()).as("the old validator, so the next poll gets the document").isEqualTo("\"v1\"");
    assertThat(pages("held_back")).isEqualTo(1);
    assertThat(pages("fetch_error")).isZero();
    assertThat(MetricValues.value(registry, "newswatch_ingest_article_page_fetch_errors", "reason", "truncated"))
        .isEqualTo(1);

    server.serve("/news/pardon-31", Response.of(page("Belarus pardons 31 prisoners", PARDON_TEXT), HTML).gzipped());
    PollOutcome second = poller.poll(feed, first.newState(), T0.plusSeconds(120));

    assertThat(second.newArticles()).singleElement().satisfies(a -> {
      assertThat(a.guid()).isEqualTo("gc-1");
      assertThat(a.body()).contains("Ihar Losik");
      assertThat(a.pageError()).isNull();
      assertThat(a.updatedAt()).isNull();
    });
    assertThat(second.heldBack()).isEmpty();
    assertThat(second.newState().seenItemKeys()).containsExactly("guid:gc-0", "guid:gc-2", "guid:gc-1");
    assertThat(second.newState().etag()).isEqualTo("\"v2\"");
    assertThat(server.hits("/news/potash")).as("a page read once is not read again").isEqualTo(1);

    PollOutcome third = poller.poll(feed, second.newState(), T0.plusSeconds(240));
    assertThat(third.newArticles()).isEmpty();
  }

  @Test
  void aPageThatKeepsFailingGoesOutWithoutItsTextAfterTheLastTry() {
    serveFeed();
    server.serve("/news/potash", Response.of(page("Talks on potash transit resume", POTASH_TEXT), HTML));
    server.serve("/news/pardon-31", new Response(503, java.util.Map.of("Content-Type", HTML),
        () -> new java.io.ByteArrayInputStream(new byte[0]), 0, FaultyHttpServer.Framing.CONTENT_LENGTH,
        Long.MAX_VALUE, Ending.COMPLETE));

    FeedState state = FeedState.empty(feed.url());
    int published = 0;
    for (int poll = 1; poll < FeedPoller.PAGE_TRIES; poll++) {
      PollOutcome outcome = poller.poll(feed, state, T0.plusSeconds(120L * poll));
      assertThat(outcome.heldBack()).as("poll " + poll).singleElement().asString().contains("HTTP 503");
      published += outcome.newArticles().size();
      state = outcome.newState();
    }
    PollOutcome last = poller.poll(feed, state, T0.plusSeconds(3600));

    assertThat(published).as("the other article, once").isEqualTo(1);
    assertThat(last.heldBack()).isEmpty();
    assertThat(last.newArticles()).singleElement().satisfies(a -> {
      assertThat(a.guid()).isEqualTo("gc-1");
      assertThat(a.body()).isNull();
      assertThat(a.summary()).isEqualTo("Teaser one.");
      assertThat(a.pageError()).startsWith("fetch_error: http_status: HTTP 503");
    });
    assertThat(last.newState().seenItemKeys()).contains("guid:gc-1");
    assertThat(server.hits("/news/pardon-31")).isEqualTo(FeedPoller.PAGE_TRIES);
    assertThat(pages("held_back")).isEqualTo(FeedPoller.PAGE_TRIES - 1);
    assertThat(pages("fetch_error")).isEqualTo(1);
  }

  @Test
  void aMissingPageIsNotWorthAnotherTry() {
    serveFeed();
    server.serve("/news/potash", Response.of(page("Talks on potash transit resume", POTASH_TEXT), HTML));

    PollOutcome outcome = poller.poll(feed, FeedState.empty(feed.url()), T0);

    assertThat(outcome.heldBack()).isEmpty();
    assertThat(outcome.newArticles()).extracting(Article::guid).containsExactly("gc-1", "gc-2");
    assertThat(outcome.newArticles().get(0).pageError()).startsWith("fetch_error: http_status: HTTP 404");
  }

  @Test
  void onlyFailuresThatMayPassAreWorthAnotherTry() {
    java.util.function.BiFunction<FetchException.Reason, Integer, Boolean> retry =
        (reason, status) -> ArticlePages.worthRetrying(new FetchException(reason, "x", status, null));

    assertThat(retry.apply(FetchException.Reason.TRUNCATED, 0)).isTrue();
    assertThat(retry.apply(FetchException.Reason.IO, 0)).isTrue();
    assertThat(retry.apply(FetchException.Reason.TIMEOUT, 0)).isTrue();
    assertThat(retry.apply(FetchException.Reason.HTTP_STATUS, 503)).isTrue();
    assertThat(retry.apply(FetchException.Reason.HTTP_STATUS, 429)).isTrue();
    assertThat(retry.apply(FetchException.Reason.HTTP_STATUS, 404)).isFalse();
    assertThat(retry.apply(FetchException.Reason.HTTP_STATUS, 403)).isFalse();
    assertThat(retry.apply(FetchException.Reason.DNS, 0)).as("a page host that does not resolve").isFalse();
    assertThat(retry.apply(FetchException.Reason.BLOCKED, 0)).isFalse();
    assertThat(retry.apply(FetchException.Reason.TOO_LARGE, 0)).isFalse();
    assertThat(retry.apply(FetchException.Reason.BAD_ENCODING, 0)).isFalse();
  }

  @Test
  void aFurtherPageThatBreaksOffHoldsTheArticleBackRatherThanCutItsText() {
    server.serve("/courier.xml", Response.of("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Grodno Courier</title><link>%1$s</link>
          <item><title>Inside the deal that freed 52 prisoners</title><link>%1$s/news/deal</link><guid>gc-9</guid>
            <pubDate>Thu, 19 Nov 2026 08:00:00 +0000</pubDate></item>
        </channel></rss>
        """.formatted(server.url("").replaceAll("/$", "")), "application/rss+xml"));
    server.serve("/news/deal", Response.of("""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inside the deal</title>
        <link rel="next" href="/news/deal/2"></head><body><article><h1>Inside the deal that freed 52 prisoners</h1>
        <p>The negotiations that led to the release of 52 prisoners began in the spring, when a small
        delegation travelled to Minsk with a list of names drawn up together with Viasna and the families.</p>
        <p>For weeks the talks stalled over the question of whether those released could stay in Belarus or
        would be driven across the border into Lithuania, as in earlier rounds of pardons.</p>
        </article></body></html>
        """, HTML));
    String second = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inside the deal (2)</title>
        </head><body><article><h1>Inside the deal that freed 52 prisoners</h1>
        <p>In the end the envoy accepted that most of the freed prisoners would leave the country, in exchange
        for the suspension of sanctions on the state airline Belavia and on potash shipments through Klaipeda.</p>
        <p>Several of those released said on arrival in Vilnius that they had not been asked whether they
        wanted to leave, and that their passports had been handed to them only at the border crossing.</p>
        </article></body></html>
        """;
    server.serve("/news/deal/2", Response.of(second, HTML).cutAfter(300, Ending.CLOSE));

    PollOutcome first = poller.poll(feed, FeedState.empty(feed.url()), T0);
    server.serve("/news/deal/2", Response.of(second, HTML));
    PollOutcome retried = poller.poll(feed, first.newState(), T0.plusSeconds(120));

    assertThat(first.newArticles()).isEmpty();
    assertThat(first.heldBack()).singleElement().asString().startsWith("next page: truncated");
    assertThat(retried.newArticles()).singleElement().satisfies(a -> {
      assertThat(a.body()).contains("began in the spring", "passports had been handed");
      assertThat(a.pageError()).isNull();
    });
  }
}
