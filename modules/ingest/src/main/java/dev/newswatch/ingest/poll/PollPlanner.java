package dev.newswatch.ingest.poll;

import static dev.newswatch.ingest.poll.ScheduleConfig.max;
import static dev.newswatch.ingest.poll.ScheduleConfig.min;

import dev.newswatch.ingest.feed.FeedItem;
import dev.newswatch.model.FeedState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Decides when each feed is polled next, from the outcome of its last poll; pure apart from the jitter
 * source, so every rule is testable without a clock or a server. See {@code DESIGN.md}, "Scheduling".
 */
final class PollPlanner {

  /** Every delay is spread by up to this fraction either way, so feeds added together drift apart. */
  static final double JITTER = 0.2;
  /** Each 304 lowers the rate estimate by this factor: a feed that went quiet drifts toward maxInterval. */
  static final double QUIET_DECAY = 0.8;
  /** The shortest span a rate is measured over, so two items a minute apart do not mean 1 440 a day. */
  static final Duration MIN_RATE_SPAN = Duration.ofHours(1);
  static final int MAX_REASON_CHARS = 300;
  private static final double DAY_SECONDS = 86_400;

  private final Duration interval;
  private final ScheduleConfig schedule;
  private final DoubleSupplier random;

  /**
   * @param interval the configured interval: the starting point, and the base of the backoff
   * @param schedule bounds and thresholds
   * @param random   uniform values in [0, 1) for the jitter
   */
  PollPlanner(Duration interval, ScheduleConfig schedule, DoubleSupplier random) {
    this.interval = Objects.requireNonNull(interval, "interval");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * The state after a successful poll: failures cleared, publishing rate re-estimated, next poll one
   * adaptive interval (with jitter) ahead but not before the response stops being fresh.
   *
   * @param polled   the state the poll produced (validators, seen keys, redirect)
   * @param items    the items of the document, empty after a 304
   * @param modified false after a 304
   * @param freshFor how long the server says the response stays fresh, or null
   * @param now      when the poll ended
   */
  FeedState afterSuccess(FeedState polled, List<FeedItem> items, boolean modified, Duration freshFor,
      Instant now) {
    Double rate = modified ? measuredRate(items, now, polled.itemsPerDay())
        : polled.itemsPerDay() == null ? null : polled.itemsPerDay() * QUIET_DECAY;
    Duration delay = jitter(adaptiveInterval(rate));
    if (freshFor != null) {
      delay = max(delay, min(freshFor, schedule.maxInterval()));
    }
    return polled.withSchedule(now.plus(delay), null, null, null, rate);
  }

  /**
   * The state after a failed poll: one more failure, broken once failing too often or too long, next
   * poll after an exponential backoff (or the broken-retry interval, at most as long as the feed has been
   * failing) and never before Retry-After.
   *
   * @param before     the state before the poll, kept otherwise unchanged
   * @param error      what went wrong, without secrets
   * @param retryAfter the wait the server asked for, or null
   * @param now        when the poll ended
   */
  FeedState afterFailure(FeedState before, String error, Duration retryAfter, Instant now) {
    int failures = before.failures() + 1;
    Instant since = before.failingSince() == null ? now : before.failingSince();
    boolean broken = failures >= schedule.brokenAfterFailures()
        || Duration.between(since, now).compareTo(schedule.brokenAfter()) >= 0;
    // A broken feed is retried every brokenRetry, but never after a longer wait than it has been failing
    // (nor a shorter one than its backoff): ten quick failures of a feed polled often are a short outage,
    // and a recovered feed should not stay unread for hours while its items scroll out of it.
    Duration delay = jitter(broken
        ? min(schedule.brokenRetry(), max(backoff(failures), Duration.between(since, now)))
        : backoff(failures));
    if (retryAfter != null) {
      delay = max(delay, min(retryAfter, schedule.maxRetryAfter()));
    }
    String reason = broken ? brokenReason(failures, since, error) : null;
    return before.withSchedule(now.plus(delay), failures, since, reason, before.itemsPerDay());
  }

  /** The interval for a publishing rate: the average gap between items, within the bounds. */
  Duration adaptiveInterval(Double itemsPerDay) {
    Duration base;
    if (itemsPerDay == null) {
      base = interval;
    } else if (itemsPerDay <= 0) {
      base = schedule.maxInterval();
    } else {
      double seconds = Math.min(DAY_SECONDS / itemsPerDay, schedule.maxInterval().toSeconds());
      base = Duration.ofMillis((long) (seconds * 1000));
    }
    return max(schedule.minInterval(), min(base, schedule.maxInterval()));
  }

  /** {@code interval × 2^(failures−1)}, capped at maxBackoff. */
  Duration backoff(int failures) {
    int doublings = Math.min(failures - 1, 30);
    Duration raw = interval.multipliedBy(1L << doublings);
    return min(raw, max(schedule.maxBackoff(), interval));
  }

  /**
   * Items per day from the publish times in the document: the dated items over the span from the
   * oldest of them to now, so a feed that stopped publishing measures ever slower. The previous
   * estimate stands when no item has a date.
   */
  static Double measuredRate(List<FeedItem> items, Instant now, Double previous) {
    Instant oldest = null;
    int dated = 0;
    for (FeedItem item : items) {
      Instant at = item.publishedAt();
      if (at != null && !at.isAfter(now)) {
        dated++;
        oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
      }
    }
    if (dated == 0) {
      return previous;
    }
    Duration span = max(Duration.between(oldest, now), MIN_RATE_SPAN);
    return dated * DAY_SECONDS / span.toSeconds();
  }

  private Duration jitter(Duration delay) {
    double factor = 1 + JITTER * (2 * random.getAsDouble() - 1);
    return Duration.ofMillis(Math.max(1, (long) (delay.toMillis() * factor)));
  }

  private static String brokenReason(int failures, Instant since, String error) {
    String reason = failures + " consecutive failures since " + since + ", last: " + (error == null ? "unknown" : error);
    return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS - 1) + "…";
  }
}
