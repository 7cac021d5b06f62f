package dev.newswatch.ingest.poll;

import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.newswatch.ingest.poll.PollFixtures.LOOPBACK;

import dev.newswatch.ingest.TestFiles;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.ingest.fetch.HttpFetcher;
import dev.newswatch.ingest.poll.PollOutcome.Status;
import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.FeedState;
import dev.newswatch.testkit.FeedServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant T1 = T0.plus(Duration.ofMinutes(5));

  private final FeedServer server = new FeedServer();
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final HttpFetcher fetcher = new HttpFetcher(LOOPBACK);
  private final FeedPoller poller = new FeedPoller(fetcher, new FeedParser(), new IngestMetrics(registry));

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private FeedSource serve(String path, String fixture) {
    server.serveRss(path, TestFiles.text(fixture));
    return new FeedSource(server.url(path), "Brest Bulletin");
  }

  private static FeedState withoutValidators(FeedState state) {
    return new FeedState(state.feedUrl(), null, null, state.seenItemKeys(), state.lastPolledAt(),
        state.redirectedUrl(), state.nextPollAt(), state.consecutiveFailures(), state.failingSince(),
        state.brokenReason(), state.itemsPerDay(), state.lastError(), state.itemsPublished(), state.itemVersions());
  }

  @Test
  void firstPollReturnsEveryItemOldestFirst() {
    FeedSource feed = serve("/brest.xml", "poll/brest-bulletin-v1.xml");

    PollOutcome outcome = poller.poll(feed, FeedState.empty(feed.url()), T0);

    assertThat(outcome.status()).isEqualTo(Status.OK);
    assertThat(outcome.error()).isNull();
    assertThat(outcome.newArticles()).extracting(Article::guid).containsExactly("bb-1001", "bb-1002");
    Article first = outcome.newArticles().get(0);
    assertThat(first.canonicalUrl()).isEqualTo("https://brestbulletin.example/2026/11/crossing-reopens");
    assertThat(first.id()).isEqualTo(ArticleIds.fromCanonicalUrl(first.canonicalUrl()));
    assertThat(first.feedUrl()).isEqualTo(feed.url());
    assertThat(first.feedTitle()).isEqualTo("Brest Bulletin");
    assertThat(first.language()).isEqualTo("en");
    assertThat(first.fetchedAt()).isEqualTo(T0);
    assertThat(first.publishedAt()).isEqualTo(Instant.parse("2026-11-18T15:20:00Z"));
    assertThat(outcome.newState().seenItemKeys()).containsExactly("guid:bb-1001", "guid:bb-1002");
    assertThat(outcome.newState().etag()).isNotBlank();
    assertThat(outcome.newState().lastPolledAt()).isEqualTo(T0);
  }

  @Test
  void secondPollWithTheReturnedStateReturnsNothing() {
    FeedSource feed = serve("/brest.xml", "poll/brest-bulletin-v1.xml");
    PollOutcome first = poller.poll(feed, FeedState.empty(feed.url()), T0);

    PollOutcome second = poller.poll(feed, withoutValidators(first.newState()), T1);

    assertThat(second.status()).isEqualTo(Status.OK);
    assertThat(second.newArticles()).isEmpty();
    assertThat(second.newState().seenItemKeys()).isEqualTo(first.newState().seenItemKeys());
  }

  @Test
  void aNewItemLaterIsTheOnlyArticleReturned() {
    FeedSource feed = serve("/brest.xml", "poll/brest-bulletin-v1.xml");
    PollOutcome first = poller.poll(feed, FeedState.empty(feed.url()), T0);
    serve("/brest.xml", "poll/brest-bulletin-v2.xml");

    PollOutcome later = poller.poll(feed, first.newState(), T1);

    assertThat(later.status()).isEqualTo(Status.OK);
    assertThat(later.newArticles()).extracting(Article::guid).containsExactly("bb-1003");
    assertThat(later.newState().seenItemKeys()).containsExactly("guid:bb-1001", "guid:bb-1002", "guid:bb-1003");
    assertThat(later.newState().etag()).isNotEqualTo(first.newState().etag());
  }

  @Test
  void notModifiedAnswerGivesNoArticlesAndKeepsTheSeenItems() {
    FeedSource feed = serve("/brest.xml", "poll/brest-bulletin-v1.xml");
    PollOutcome first = poller.poll(feed, FeedState.empty(feed.url()), T0);

    PollOutcome second = poller.poll(feed, first.newState(), T1);

    assertThat(second.status()).isEqualTo(Status.NOT_MODIFIED);
    assertThat(second.newArticles()).isEmpty();
    assertThat(second.newState().seenItemKeys()).isEqualTo(first.newState().seenItemKeys());
    assertThat(second.newState().etag()).isEqualTo(first.newState().etag());
    assertThat(second.newState().lastPolledAt()).isEqualTo(T1);
    assertThat(server.notModified("/brest.xml")).isEqualTo(1);
  }

  @Test
  void itemsWithoutGuidAreKeyedByCanonicalUrlSoTrackingParametersDoNotMatter() {
    FeedSource feed = serve("/grodno.xml", "poll/grodno-wire-tracked.xml");
    PollOutcome first = poller.poll(feed, FeedState.empty(feed.url()), T0);
    serve("/grodno.xml", "poll/grodno-wire-clean.xml");

    PollOutcome second = poller.poll(feed, first.newState(), T1);

    assertThat(first.newArticles()).singleElement().satisfies(article -> {
      assertThat(article.canonicalUrl()).isEqualTo("https://grodnowire.example/2026/09/belavia-europe");
      assertThat(article.guid()).isNull();
    });
    assertThat(first.newState().seenItemKeys()).containsExactly("url:https://grodnowire.example/2026/09/belavia-europe");
    assertThat(second.status()).isEqualTo(Status.OK);
    assertThat(second.newArticles()).isEmpty();
  }

  @Test
  void brokenFeedBecomesAParseErrorOutcomeAndKeepsTheState() {
    FeedSource feed = serve("/gomel.xml", "feeds/truncated-gomel-gazette.xml");
    FeedState before = new FeedState(feed.url(), "\"old\"", null, List.of("guid:x"), T0);

    PollOutcome outcome = poller.poll(feed, before, T1);

    assertThat(outcome.status()).isEqualTo(Status.PARSE_ERROR);
    assertThat(outcome.error()).contains("not well-formed XML");
    assertThat(outcome.newArticles()).isEmpty();
    assertThat(outcome.newState()).isEqualTo(before);
  }

  @Test
  void missingFeedBecomesAFetchErrorOutcome() {
    FeedSource feed = new FeedSource(server.url("/nowhere.xml"), "Nowhere");

    PollOutcome outcome = poller.poll(feed, FeedState.empty(feed.url()), T0);

    assertThat(outcome.status()).isEqualTo(Status.FETCH_ERROR);
    assertThat(outcome.error()).contains("HTTP 404");
  }

  @Test
  void loopbackFeedIsBlockedWithTheDefaultFetchConfig() {
    FeedSource feed = serve("/brest.xml", "poll/brest-bulletin-v1.xml");
    try (HttpFetcher strict = new HttpFetcher(FetchConfig.defaults())) {
      FeedPoller guarded = new FeedPoller(strict, new FeedParser(), new IngestMetrics(new PrometheusRegistry()));

      PollOutcome outcome = guarded.poll(feed, FeedState.empty(feed.url()), T0);

      assertThat(outcome.status()).isEqualTo(Status.BLOCKED);
      assertThat(outcome.error()).contains("loopback");
      assertThat(server.hits("/brest.xml")).isZero();
    }
  }

  @Test
  void countsPolledAndSkippedItems() {
    server.serveRss("/tallinn.xml", TestFiles.text("feeds/rss2-tallinn-courier.xml"));
    FeedSource feed = new FeedSource(server.url("/tallinn.xml"), null);
    // Polled before (its items are older than a first poll would publish).
    FeedState known = new FeedState(feed.url(), null, null, List.of(), T0.minus(Duration.ofDays(30)));

    PollOutcome outcome = poller.poll(feed, known, T0);

    assertThat(outcome.newArticles()).hasSize(2);
    assertThat(MetricValues.value(registry, "newswatch_ingest_articles_polled")).isEqualTo(4);
    assertThat(MetricValues.value(registry, "newswatch_ingest_feed_items_skipped", "reason", "no_link")).isEqualTo(2);
  }

  @Test
  void firstPollPublishesOnlyRecentItemsAndRemembersTheRest() {
    FeedSource feed = serve("/brest.xml", "poll/brest-bulletin-v1.xml");
    // bb-1002 is the newer of the two items (published 2026-11-19); a 2-day limit leaves out bb-1001.
    FeedPoller strict = new FeedPoller(fetcher, new FeedParser(), new IngestMetrics(new PrometheusRegistry()),
        Duration.ofHours(36), FeedPoller.NO_PAGES, 0);

    PollOutcome first = strict.poll(feed, FeedState.empty(feed.url()), T0);
    PollOutcome later = strict.poll(feed, withoutValidators(first.newState()), T1);

    assertThat(first.newArticles()).extracting(Article::guid).containsExactly("bb-1002");
    assertThat(first.newState().seenItemKeys()).containsExactly("guid:bb-1001", "guid:bb-1002");
    assertThat(later.newArticles()).isEmpty();
  }

  @Test
  void anOldItemIsPublishedWhenTheFeedWasPolledBefore() {
    FeedSource feed = serve("/brest.xml", "poll/brest-bulletin-v1.xml");
    FeedPoller strict = new FeedPoller(fetcher, new FeedParser(), new IngestMetrics(new PrometheusRegistry()),
        Duration.ofHours(1), FeedPoller.NO_PAGES, 0);
    FeedState known = new FeedState(feed.url(), null, null, List.of("guid:other"), T0.minus(Duration.ofHours(1)));

    PollOutcome outcome = strict.poll(feed, known, T0);

    assertThat(outcome.newArticles()).extracting(Article::guid).containsExactly("bb-1001", "bb-1002");
  }

  @Test
  void aPermanentRedirectMovesWherePollsGoButNotTheFeedIdentity() {
    server.serveRss("/moved/brest.xml", TestFiles.text("poll/brest-bulletin-v1.xml"));
    try (LocalRedirects redirects = new LocalRedirects(301, server.url("/moved/brest.xml"))) {
      FeedSource feed = new FeedSource(redirects.url(), "Brest Bulletin");

      PollOutcome first = poller.poll(feed, FeedState.empty(feed.url()), T0);
      PollOutcome second = poller.poll(feed, withoutValidators(first.newState()), T1);

      assertThat(first.newState().feedUrl()).isEqualTo(feed.url());
      assertThat(first.newState().redirectedUrl()).isEqualTo(server.url("/moved/brest.xml"));
      assertThat(first.newArticles()).allSatisfy(a -> assertThat(a.feedUrl()).isEqualTo(feed.url()));
      assertThat(second.newState().redirectedUrl()).isEqualTo(server.url("/moved/brest.xml"));
      assertThat(redirects.hits()).as("the old URL is not asked again").isEqualTo(1);
      assertThat(server.hits("/moved/brest.xml")).isEqualTo(2);
    }
  }

  @Test
  void aTemporaryRedirectLeavesTheFeedWhereItIs() {
    server.serveRss("/elsewhere/brest.xml", TestFiles.text("poll/brest-bulletin-v1.xml"));
    try (LocalRedirects redirects = new LocalRedirects(302, server.url("/elsewhere/brest.xml"))) {
      FeedSource feed = new FeedSource(redirects.url(), "Brest Bulletin");

      PollOutcome first = poller.poll(feed, FeedState.empty(feed.url()), T0);
      poller.poll(feed, withoutValidators(first.newState()), T1);

      assertThat(first.status()).isEqualTo(Status.OK);
      assertThat(first.newState().redirectedUrl()).isNull();
      assertThat(redirects.hits()).isEqualTo(2);
    }
  }

  @Test
  void countsFetchErrorsByReasonAndCarriesRetryAfter() {
    try (LocalRedirects busy = new LocalRedirects(429, null)) {
      FeedSource feed = new FeedSource(busy.url(), null);

      PollOutcome outcome = poller.poll(feed, FeedState.empty(feed.url()), T0);

      assertThat(outcome.status()).isEqualTo(Status.FETCH_ERROR);
      assertThat(outcome.retryAfter()).isEqualTo(Duration.ofSeconds(120));
      assertThat(outcome.fetchError()).isEqualTo("http_status");
      assertThat(MetricValues.value(registry, "newswatch_ingest_feed_fetch_errors", "reason", "http_status")).isEqualTo(1);
    }
  }

  @Test
  void veryLongKeysAreStoredAsHashes() {
    String longGuid = "urn:uuid:" + "a".repeat(500);

    String key = FeedPoller.itemKey(longGuid, "https://example.org/x");

    assertThat(key).startsWith("guid#").hasSize("guid#".length() + 32);
    assertThat(FeedPoller.itemKey(longGuid, "https://example.org/y")).isEqualTo(key);
    assertThat(FeedPoller.itemKey(null, "https://example.org/x")).isEqualTo("url:https://example.org/x");
  }

  private static final String EDITED_FEED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Brest Bulletin</title><link>https://brestbulletin.example/</link>
        <item>
          <title>%s</title>
          <link>https://brestbulletin.example/2026/11/coale-visit</link>
          <guid isPermaLink="false">bb-1002</guid>
          <description>%s</description>
          <pubDate>Thu, 19 Nov 2026 08:00:00 +0000</pubDate>
        </item>
      </channel></rss>
      """;

  @Test
  void anEditedItemComesBackAsAnUpdateOfTheSameArticleOnce() {
    String path = "/edits.xml";
    server.serveRss(path, EDITED_FEED.formatted("US envoy John Coale expected in Minsk next week",
        "The envoy is expected to discuss prisoners."));
    FeedSource feed = new FeedSource(server.url(path), "Brest Bulletin");
    PollOutcome first = poller.poll(feed, FeedState.empty(feed.url()), T0);

    // Whitespace differences alone are not an edit.
    server.serveRss(path, EDITED_FEED.formatted("US envoy John  Coale expected in Minsk\n next week",
        "The envoy is expected to discuss   prisoners."));
    PollOutcome reformatted = poller.poll(feed, withoutValidators(first.newState()), T1);
    server.serveRss(path, EDITED_FEED.formatted("Belarus frees 31 prisoners as US envoy John Coale visits Minsk",
        "The envoy is expected to discuss prisoners."));
    PollOutcome edited = poller.poll(feed, withoutValidators(reformatted.newState()), T1.plusSeconds(60));
    PollOutcome again = poller.poll(feed, withoutValidators(edited.newState()), T1.plusSeconds(120));

    assertThat(first.newArticles()).singleElement().satisfies(a -> assertThat(a.updatedAt()).isNull());
    assertThat(reformatted.newArticles()).isEmpty();
    assertThat(edited.newArticles()).singleElement().satisfies(update -> {
      assertThat(update.id()).isEqualTo(first.newArticles().get(0).id());
      assertThat(update.title()).startsWith("Belarus frees 31 prisoners");
      assertThat(update.updatedAt()).isEqualTo(T1.plusSeconds(60));
    });
    assertThat(edited.newState().itemVersions()).containsOnlyKeys("guid:bb-1002")
        .doesNotContainValue(first.newState().itemVersions().get("guid:bb-1002"));
    assertThat(again.newArticles()).isEmpty();
  }

  @Test
  void aStateWithoutItemVersionsTakesTheCurrentContentAsPublished() {
    FeedSource feed = serve("/brest.xml", "poll/brest-bulletin-v1.xml");
    FeedState legacy = new FeedState(feed.url(), null, null, List.of("guid:bb-1001", "guid:bb-1002"), T0);

    PollOutcome outcome = poller.poll(feed, legacy, T1);

    assertThat(outcome.newArticles()).isEmpty();
    assertThat(outcome.newState().itemVersions()).containsOnlyKeys("guid:bb-1001", "guid:bb-1002");
  }

  private static final String LINKED_FEED = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Grodno Courier</title><link>%1$s</link>
        <item><title>Report as a PDF</title><link>%1$s/news/report.pdf</link><guid>gc-3</guid>
          <pubDate>Thu, 19 Nov 2026 10:00:00 +0000</pubDate></item>
        <item><title>Page gone</title><link>%1$s/news/missing</link><guid>gc-2</guid>
          <pubDate>Thu, 19 Nov 2026 09:00:00 +0000</pubDate></item>
        <item><title>Belarus pardons 31 prisoners</title><link>%1$s/news/pardon-31</link><guid>gc-1</guid>
          <description>Teaser only.</description><pubDate>Thu, 19 Nov 2026 08:00:00 +0000</pubDate></item>
      </channel></rss>
      """;

  private static final String ARTICLE_PAGE = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
      <title>Belarus pardons 31 prisoners | Grodno Courier</title>
      <meta property="og:image" content="/img/release.jpg">
      <meta name="author" content="Alena Krautsova">
      </head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <article><h1>Belarus pardons 31 prisoners</h1>
      <p>Alexander Lukashenko pardoned 31 people convicted of what the authorities call extremism, the
      presidential press service said on Thursday, a day after talks with the US envoy John Coale in Minsk.</p>
      <p>Among those released was the journalist Ihar Losik, who had spent more than five years behind bars.
      Relatives met several of the freed prisoners at the gates of the penal colony in Navapolatsk.</p>
      <p>The human rights centre Viasna said that more than 1,100 political prisoners remain in Belarusian
      prisons and called for the release of all of them without conditions.</p>
      </article>
      <footer>Copyright Grodno Courier</footer></body></html>
      """;

  private FeedPoller withPages(PrometheusRegistry metricsRegistry, int budget) {
    IngestMetrics metrics = new IngestMetrics(metricsRegistry);
    return new FeedPoller(fetcher, new FeedParser(), metrics, Duration.ofDays(36_500),
        new ArticlePages(fetcher, new dev.newswatch.ingest.extract.ArticleExtractor(), metrics), budget);
  }

  @Test
  void eachNewArticleCarriesItsPageTextOrSaysWhyNot() {
    String base = server.url("").replaceAll("/$", "");
    server.serveRss("/courier.xml", LINKED_FEED.formatted(base));
    server.serve("/news/pardon-31", ARTICLE_PAGE, "text/html; charset=utf-8");
    server.serve("/news/report.pdf", "%PDF-1.7 not a page", "application/pdf");
    FeedSource feed = new FeedSource(server.url("/courier.xml"), "Grodno Courier");
    PrometheusRegistry pageRegistry = new PrometheusRegistry();

    PollOutcome outcome = withPages(pageRegistry, 10).poll(feed, FeedState.empty(feed.url()), T0);

    assertThat(outcome.newArticles()).extracting(Article::guid).containsExactly("gc-1", "gc-2", "gc-3");
    Article read = outcome.newArticles().get(0);
    assertThat(read.body()).contains("pardoned 31 people", "Ihar Losik", "1,100 political prisoners")
        .doesNotContain("Home", "Sport", "Copyright");
    assertThat(read.pageError()).isNull();
    assertThat(read.summary()).isEqualTo("Teaser only.");
    assertThat(read.author()).isEqualTo("Alena Krautsova");
    assertThat(read.imageUrl()).isEqualTo(base + "/img/release.jpg");
    assertThat(read.text()).contains("Teaser only.", "Ihar Losik");
    assertThat(outcome.newArticles().get(1).body()).isNull();
    assertThat(outcome.newArticles().get(1).pageError()).startsWith("fetch_error: http_status");
    assertThat(outcome.newArticles().get(2).pageError()).startsWith("not_html: content type application/pdf");
    assertThat(MetricValues.value(pageRegistry, "newswatch_ingest_article_pages", "outcome", "extracted")).isEqualTo(1);
    assertThat(MetricValues.value(pageRegistry, "newswatch_ingest_article_pages", "outcome", "fetch_error")).isEqualTo(1);
    assertThat(MetricValues.value(pageRegistry, "newswatch_ingest_article_pages", "outcome", "not_html")).isEqualTo(1);
  }

  @Test
  void pagesBeyondThePollBudgetAreSkippedNewestFirst() {
    String base = server.url("").replaceAll("/$", "");
    server.serveRss("/courier.xml", LINKED_FEED.formatted(base));
    server.serve("/news/report.pdf", "%PDF-1.7 not a page", "application/pdf");
    FeedSource feed = new FeedSource(server.url("/courier.xml"), "Grodno Courier");
    PrometheusRegistry pageRegistry = new PrometheusRegistry();

    PollOutcome outcome = withPages(pageRegistry, 1).poll(feed, FeedState.empty(feed.url()), T0);

    assertThat(outcome.newArticles()).extracting(Article::pageError).allSatisfy(e -> assertThat(e).isNotNull());
    assertThat(outcome.newArticles().get(2).pageError()).startsWith("not_html");
    assertThat(outcome.newArticles().get(0).pageError()).startsWith("skipped");
    assertThat(outcome.newArticles().get(1).pageError()).startsWith("skipped");
    assertThat(server.hits("/news/pardon-31")).isZero();
    assertThat(MetricValues.value(pageRegistry, "newswatch_ingest_article_pages", "outcome", "skipped")).isEqualTo(2);
  }

  @Test
  void aPageReaderThatThrowsCostsOnlyThePage() {
    FeedSource feed = serve("/brest.xml", "poll/brest-bulletin-v1.xml");
    FeedPoller throwing = new FeedPoller(fetcher, new FeedParser(), new IngestMetrics(new PrometheusRegistry()),
        Duration.ofDays(36_500), article -> {
          throw new IllegalStateException("boom");
        }, 5);

    PollOutcome outcome = throwing.poll(feed, FeedState.empty(feed.url()), T0);

    assertThat(outcome.newArticles()).hasSize(2)
        .allSatisfy(a -> assertThat(a.pageError()).isEqualTo("extract_error: unexpected IllegalStateException"));
  }

  @Test
  void aMultiPageArticleIsReadThroughTheSameFetcher() {
    String base = server.url("").replaceAll("/$", "");
    server.serveRss("/serial.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Grodno Courier</title><link>%1$s</link>
          <item><title>Inside the deal that freed 52 prisoners</title><link>%1$s/news/deal</link><guid>gc-9</guid>
            <pubDate>Thu, 19 Nov 2026 08:00:00 +0000</pubDate></item>
        </channel></rss>
        """.formatted(base));
    server.serve("/news/deal", """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inside the deal</title>
        <link rel="next" href="/news/deal/2"></head><body><article><h1>Inside the deal that freed 52 prisoners</h1>
        <p>The negotiations that led to the release of 52 prisoners began in the spring, when a small
        delegation travelled to Minsk with a list of names drawn up together with Viasna and the families.</p>
        <p>For weeks the talks stalled over the question of whether those released could stay in Belarus or
        would be driven across the border into Lithuania, as in earlier rounds of pardons.</p>
        </article></body></html>
        """, "text/html; charset=utf-8");
    server.serve("/news/deal/2", """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Inside the deal (2)</title>
        </head><body><article><h1>Inside the deal that freed 52 prisoners</h1>
        <p>In the end the envoy accepted that most of the freed prisoners would leave the country, in exchange
        for the suspension of sanctions on the state airline Belavia and on potash shipments through Klaipeda.</p>
        <p>Several of those released said on arrival in Vilnius that they had not been asked whether they
        wanted to leave, and that their passports had been handed to them only at the border crossing.</p>
        </article></body></html>
        """, "text/html; charset=utf-8");
    FeedSource feed = new FeedSource(server.url("/serial.xml"), "Grodno Courier");

    PollOutcome outcome = withPages(new PrometheusRegistry(), 5).poll(feed, FeedState.empty(feed.url()), T0);

    assertThat(outcome.newArticles()).singleElement().satisfies(a ->
        assertThat(a.body()).contains("list of names drawn up", "suspension of sanctions on the state airline"));
    assertThat(server.hits("/news/deal/2")).isEqualTo(1);
  }
}
