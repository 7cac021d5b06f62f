package dev.newswatch.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.feed.FeedItem;
import dev.newswatch.model.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

class PollPlannerTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private static final Duration INTERVAL = Duration.ofMinutes(5);
  private static final String URL = "https://brestbulletin.example/rss";
  private static final ScheduleConfig SCHEDULE = ScheduleConfig.defaults(INTERVAL);
  /** 0.5 is the middle of [0, 1): no jitter. */
  private static final DoubleSupplier NO_JITTER = () -> 0.5;

  private final PollPlanner planner = new PollPlanner(INTERVAL, SCHEDULE, NO_JITTER);

  private static FeedState failing(int failures, Instant since) {
    return new FeedState(URL, "\"e\"", null, List.of("guid:a"), null, null, null, failures, since, null, null);
  }

  private static List<FeedItem> itemsEvery(Duration gap, int count) {
    List<FeedItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(new FeedItem("g" + i, "https://brestbulletin.example/" + i, "t", null, null,
          NOW.minus(gap.multipliedBy(i))));
    }
    return items;
  }

  @Test
  void backsOffExponentiallyFromTheIntervalUpToTheCap() {
    FeedState state = FeedState.empty(URL);
    List<Duration> delays = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      state = planner.afterFailure(state, "HTTP 500", null, NOW);
      delays.add(Duration.between(NOW, state.nextPollAt()));
    }

    assertThat(delays).containsExactly(Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20),
        Duration.ofMinutes(40), Duration.ofMinutes(80), Duration.ofMinutes(160), Duration.ofMinutes(320),
        Duration.ofHours(6));
    assertThat(state.consecutiveFailures()).isEqualTo(8);
    assertThat(state.failingSince()).isEqualTo(NOW);
    assertThat(state.brokenReason()).isNull();
    assertThat(state.etag()).isNull();
  }

  @Test
  void jitterSpreadsDelaysByAtMostTwentyPercent() {
    PollPlanner low = new PollPlanner(INTERVAL, SCHEDULE, () -> 0.0);
    PollPlanner high = new PollPlanner(INTERVAL, SCHEDULE, () -> 0.999_999);

    Duration lowest = Duration.between(NOW, low.afterFailure(failing(1, NOW), "x", null, NOW).nextPollAt());
    Duration highest = Duration.between(NOW, high.afterFailure(failing(1, NOW), "x", null, NOW).nextPollAt());

    assertThat(lowest).isEqualTo(Duration.ofMinutes(8));
    assertThat(highest).isGreaterThan(Duration.ofSeconds(719)).isLessThanOrEqualTo(Duration.ofMinutes(12));
  }

  @Test
  void neverPollsBeforeRetryAfterEvenWithJitter() {
    PollPlanner low = new PollPlanner(INTERVAL, SCHEDULE, () -> 0.0);

    FeedState after = low.afterFailure(FeedState.empty(URL), "HTTP 429", Duration.ofMinutes(45), NOW);

    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(45)));
  }

  @Test
  void capsAnAbsurdRetryAfter() {
    FeedState after = planner.afterFailure(FeedState.empty(URL), "HTTP 503", Duration.ofDays(30), NOW);

    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(ScheduleConfig.DEFAULT_MAX_RETRY_AFTER));
  }

  @Test
  void marksAFeedBrokenAfterTenFailuresAndRetriesItEverySixHours() {
    FeedState after = planner.afterFailure(failing(9, NOW.minus(Duration.ofHours(3))), "HTTP 404 from x", null, NOW);

    assertThat(after.brokenReason()).contains("10 consecutive failures").contains("HTTP 404 from x");
    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(Duration.ofHours(6)));
    assertThat(after.seenItemKeys()).containsExactly("guid:a");
  }

  @Test
  void aFeedBrokenByTenQuickFailuresIsRetriedNoLaterThanItHasBeenFailing() {
    // Polled every few seconds, ten failures come within a minute: broken, but retried after that
    // minute, not after the six hours of a long outage.
    PollPlanner fast = new PollPlanner(Duration.ofSeconds(2), new ScheduleConfig(Duration.ofSeconds(1),
        Duration.ofSeconds(4), Duration.ofSeconds(4), 10, Duration.ofHours(24), Duration.ofHours(6),
        Duration.ofHours(24)), NO_JITTER);
    FeedState after = fast.afterFailure(failing(9, NOW.minus(Duration.ofSeconds(50))), "timeout", null, NOW);

    assertThat(after.brokenReason()).contains("10 consecutive failures");
    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(Duration.ofSeconds(50)));
  }

  @Test
  void marksAFeedBrokenAfterFailingForADay() {
    FeedState after = planner.afterFailure(failing(2, NOW.minus(Duration.ofHours(24))), "timeout", null, NOW);

    assertThat(after.brokenReason()).isNotNull();
    assertThat(after.failingSince()).isEqualTo(NOW.minus(Duration.ofHours(24)));
  }

  @Test
  void aSuccessClearsFailuresAndBrokenness() {
    FeedState broken = new FeedState(URL, null, null, List.of(), null, null, NOW, 12, NOW.minus(Duration.ofDays(2)),
        "gone", null);

    FeedState after = planner.afterSuccess(broken, List.of(), false, null, NOW);

    assertThat(after.consecutiveFailures()).isNull();
    assertThat(after.failingSince()).isNull();
    assertThat(after.brokenReason()).isNull();
    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(INTERVAL));
  }

  @Test
  void pollsAFrequentPublisherAtTheMinimumInterval() {
    FeedState after = planner.afterSuccess(FeedState.empty(URL), itemsEvery(Duration.ofMinutes(1), 30), true,
        null, NOW);

    assertThat(after.itemsPerDay()).isEqualTo(30 * 24.0);
    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
  }

  @Test
  void pollsASlowPublisherAtTheMaximumInterval() {
    FeedState after = planner.afterSuccess(FeedState.empty(URL), itemsEvery(Duration.ofDays(1), 5), true, null, NOW);

    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void pollsAtTheAverageGapBetweenItemsInBetween() {
    // 12 items over the last 4 h (oldest 4 h ago): 72 a day, one every 20 minutes.
    List<FeedItem> items = itemsEvery(Duration.ofMinutes(20), 13).subList(1, 13);

    FeedState after = planner.afterSuccess(FeedState.empty(URL), items, true, null, NOW);

    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
  }

  @Test
  void keepsTheConfiguredIntervalUntilItemsHaveDates() {
    List<FeedItem> undated = List.of(new FeedItem("g", "https://brestbulletin.example/u", "t", null, null, null));

    FeedState after = planner.afterSuccess(FeedState.empty(URL), undated, true, null, NOW);

    assertThat(after.itemsPerDay()).isNull();
    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(INTERVAL));
  }

  @Test
  void eachNotModifiedLowersTheRateTowardTheMaximumInterval() {
    FeedState fast = planner.afterSuccess(FeedState.empty(URL), itemsEvery(Duration.ofMinutes(10), 20), true, null,
        NOW);
    FeedState state = fast;
    for (int i = 0; i < 20; i++) {
      state = planner.afterSuccess(state, List.of(), false, null, NOW);
    }

    assertThat(planner.afterSuccess(fast, List.of(), false, null, NOW).itemsPerDay())
        .isEqualTo(fast.itemsPerDay() * PollPlanner.QUIET_DECAY);
    assertThat(state.nextPollAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void waitsUntilTheResponseIsStaleButNoLongerThanTheMaximumInterval() {
    FeedState fresh = planner.afterSuccess(FeedState.empty(URL), List.of(), false, Duration.ofMinutes(30), NOW);
    FeedState capped = planner.afterSuccess(FeedState.empty(URL), List.of(), false, Duration.ofDays(1), NOW);
    FeedState shortLived = planner.afterSuccess(FeedState.empty(URL), List.of(), false, Duration.ofSeconds(10), NOW);

    assertThat(fresh.nextPollAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(capped.nextPollAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(shortLived.nextPollAt()).isEqualTo(NOW.plus(INTERVAL));
  }

  @Test
  void aFixedScheduleIgnoresThePublishingRate() {
    PollPlanner fixed = new PollPlanner(INTERVAL, ScheduleConfig.fixed(INTERVAL), NO_JITTER);

    FeedState after = fixed.afterSuccess(FeedState.empty(URL), itemsEvery(Duration.ofMinutes(1), 30), true, null, NOW);

    assertThat(after.nextPollAt()).isEqualTo(NOW.plus(INTERVAL));
  }
}
