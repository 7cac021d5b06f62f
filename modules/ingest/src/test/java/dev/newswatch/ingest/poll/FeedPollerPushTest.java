package dev.newswatch.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.newswatch.ingest.poll.PollFixtures.LOOPBACK;

import dev.newswatch.ingest.TestFiles;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.fetch.HttpFetcher;
import dev.newswatch.ingest.poll.PollOutcome.Status;
import dev.newswatch.ingest.websub.HubLink;
import dev.newswatch.model.Article;
import dev.newswatch.model.FeedState;
import dev.newswatch.testkit.FeedServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A pushed document is read exactly like a polled one, and polls report the hub the feed names. */
class FeedPollerPushTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant T1 = T0.plus(Duration.ofMinutes(5));
  private static final byte[] V2 = TestFiles.bytes("poll/brest-bulletin-v2.xml");

  private final FeedServer server = new FeedServer();
  private final HttpFetcher fetcher = new HttpFetcher(LOOPBACK);
  private final FeedPoller poller =
      new FeedPoller(fetcher, new FeedParser(), new IngestMetrics(new PrometheusRegistry()));

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private FeedSource brest() {
    server.serveRss("/brest.xml", TestFiles.text("poll/brest-bulletin-v1.xml"));
    return new FeedSource(server.url("/brest.xml"), "Brest Bulletin");
  }

  @Test
  void aPollReportsTheHubOfTheLinkHeaderAndTheFeedUrlAsTopic() {
    FeedSource feed = brest();
    server.links("/brest.xml", "<https://hub.brestbulletin.example/>; rel=\"hub\"");

    PollOutcome outcome = poller.poll(feed, FeedState.empty(feed.url()), T0);

    assertThat(outcome.hub()).isEqualTo(new HubLink(URI.create("https://hub.brestbulletin.example/"), feed.uri()));
  }

  @Test
  void aPollOfAFeedWithoutHubReportsNone() {
    FeedSource feed = brest();

    assertThat(poller.poll(feed, FeedState.empty(feed.url()), T0).hub()).isNull();
  }

  @Test
  void aPushedDocumentYieldsOnlyTheItemsNotSeenAndKeepsValidatorsAndSchedule() {
    FeedSource feed = brest();
    PollOutcome polled = poller.poll(feed, FeedState.empty(feed.url()), T0);
    FeedState scheduled = withNextPoll(polled.newState(), T0.plus(Duration.ofHours(1)));

    PollOutcome pushed = poller.pushed(feed, scheduled, V2, "application/rss+xml", T1);

    assertThat(pushed.status()).isEqualTo(Status.OK);
    assertThat(pushed.newArticles()).extracting(Article::guid).containsExactly("bb-1003");
    assertThat(pushed.newArticles().get(0).feedUrl()).isEqualTo(feed.url());
    assertThat(pushed.newArticles().get(0).fetchedAt()).isEqualTo(T1);
    assertThat(pushed.newState().seenItemKeys()).containsExactly("guid:bb-1001", "guid:bb-1002", "guid:bb-1003");
    assertThat(pushed.newState().etag()).isEqualTo(polled.newState().etag());
    assertThat(pushed.newState().nextPollAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
    assertThat(pushed.hub()).isNull();
  }

  @Test
  void anItemPushedAndThenPolledIsReturnedOnce() {
    FeedSource feed = brest();
    PollOutcome polled = poller.poll(feed, FeedState.empty(feed.url()), T0);
    PollOutcome pushed = poller.pushed(feed, polled.newState(), V2, null, T1);
    server.serveRss("/brest.xml", new String(V2, StandardCharsets.UTF_8));

    PollOutcome pushedAgain = poller.pushed(feed, pushed.newState(), V2, null, T1);
    PollOutcome polledAfter = poller.poll(feed, pushed.newState(), T1.plusSeconds(60));

    assertThat(pushed.newArticles()).hasSize(1);
    assertThat(pushedAgain.newArticles()).isEmpty();
    assertThat(polledAfter.status()).isEqualTo(Status.OK);
    assertThat(polledAfter.newArticles()).isEmpty();
  }

  @Test
  void anUnreadablePushIsAParseErrorThatKeepsTheState() {
    FeedSource feed = brest();
    PollOutcome polled = poller.poll(feed, FeedState.empty(feed.url()), T0);

    PollOutcome pushed = poller.pushed(feed, polled.newState(), "<html><body>hi</body></html>".getBytes(
        StandardCharsets.UTF_8), "text/html", T1);

    assertThat(pushed.status()).isEqualTo(Status.PARSE_ERROR);
    assertThat(pushed.error()).startsWith("push: ");
    assertThat(pushed.newState()).isEqualTo(polled.newState());
    assertThat(pushed.newArticles()).isEmpty();
  }

  private static FeedState withNextPoll(FeedState s, Instant next) {
    return new FeedState(s.feedUrl(), s.etag(), s.lastModified(), s.seenItemKeys(), s.lastPolledAt(),
        s.redirectedUrl(), next, s.consecutiveFailures(), s.failingSince(), s.brokenReason(), s.itemsPerDay());
  }
}
