package dev.newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.poll.FeedStatus;
import dev.newswatch.ingest.registry.FeedCatalog;
import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.FeedState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedViewTest {

  private static final Instant T = Instant.parse("2026-11-23T16:00:00Z");
  private static final String URL = "https://balticwire.example/rss.xml?key=secret";
  private static final FeedDefinition FEED = FeedDefinition.active(URL, "Baltic Wire", FeedDefinition.SOURCE_API, T);

  private static FeedState failing() {
    return new FeedState(URL, null, null, List.of("guid:1"), T.minusSeconds(3_600), null, T.plusSeconds(600), 3,
        T.minusSeconds(1_800), null, null, "HTTP 503", 40L);
  }

  @Test
  void aFeedNeverPolledIsPendingAndItsUrlLosesTheQueryString() {
    FeedView view = FeedView.of(new FeedCatalog.Entry(FEED, null), null);

    assertThat(view.status()).isEqualTo("pending");
    assertThat(view.url()).isEqualTo("https://balticwire.example/rss.xml?…").doesNotContain("secret");
    assertThat(view.id()).isEqualTo(FEED.id());
    assertThat(view.polledHere()).isFalse();
  }

  @Test
  void anotherInstancesFeedIsShownFromItsStoredState() {
    FeedView view = FeedView.of(new FeedCatalog.Entry(FEED, failing()), null);

    assertThat(view.status()).isEqualTo("failing");
    assertThat(view.lastError()).isEqualTo("HTTP 503");
    assertThat(view.consecutiveFailures()).isEqualTo(3);
    assertThat(view.itemsPublished()).isEqualTo(40);
    assertThat(view.nextPollAt()).isEqualTo(T.plusSeconds(600));
    assertThat(view.lastOutcome()).isNull();
  }

  @Test
  void theInstancePollingAFeedShowsItsLiveStatusOnceItPolled() {
    FeedStatus notYet = new FeedStatus("https://balticwire.example/rss.xml", FeedStatus.PENDING, null, null, 3, 0,
        FeedStatus.FAILING, T.plusSeconds(600), null, null);
    assertThat(FeedView.of(new FeedCatalog.Entry(FEED, failing()), notYet))
        .satisfies(v -> {
          assertThat(v.polledHere()).isTrue();
          assertThat(v.lastError()).isEqualTo("HTTP 503");
          assertThat(v.status()).isEqualTo("failing");
        });

    FeedStatus polled = new FeedStatus("https://balticwire.example/rss.xml", "ok", null, T, 0, 2, FeedStatus.OK,
        T.plusSeconds(120), null, null);
    assertThat(FeedView.of(new FeedCatalog.Entry(FEED, failing()), polled)).satisfies(v -> {
      assertThat(v.status()).isEqualTo("ok");
      assertThat(v.lastOutcome()).isEqualTo("ok");
      assertThat(v.lastError()).isNull();
      assertThat(v.lastPolledAt()).isEqualTo(T);
      assertThat(v.nextPollAt()).isEqualTo(T.plusSeconds(120));
      assertThat(v.itemsPublished()).as("the stored total, not this instance's count").isEqualTo(40);
    });
  }
}
