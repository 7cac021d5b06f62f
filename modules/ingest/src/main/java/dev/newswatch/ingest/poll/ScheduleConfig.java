package dev.newswatch.ingest.poll;

import java.time.Duration;
import java.util.Objects;

/**
 * When a feed is polled next: the bounds of its adaptive interval, the backoff after failures, when a
 * failing feed counts as broken and how rarely a broken one is retried.
 *
 * @param minInterval         shortest interval a frequent publisher is polled at
 * @param maxInterval         longest interval a quiet publisher is polled at; also caps how long
 *                            Cache-Control or Expires may delay a poll
 * @param maxBackoff          longest delay after consecutive failures (before the feed counts as broken)
 * @param brokenAfterFailures consecutive failures after which a feed counts as broken
 * @param brokenAfter         failing for this long also makes a feed broken
 * @param brokenRetry         how often a broken feed is still tried
 * @param maxRetryAfter       the longest Retry-After honoured; a server asking for more waits this long
 */
public record ScheduleConfig(
    Duration minInterval, Duration maxInterval, Duration maxBackoff, int brokenAfterFailures,
    Duration brokenAfter, Duration brokenRetry, Duration maxRetryAfter) {

  public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofMinutes(2);
  public static final Duration DEFAULT_MAX_INTERVAL = Duration.ofHours(1);
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofHours(6);
  public static final int DEFAULT_BROKEN_AFTER_FAILURES = 10;
  public static final Duration DEFAULT_BROKEN_AFTER = Duration.ofHours(24);
  public static final Duration DEFAULT_BROKEN_RETRY = Duration.ofHours(6);
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofHours(24);

  public ScheduleConfig {
    requirePositive(minInterval, "minInterval");
    requirePositive(maxInterval, "maxInterval");
    requirePositive(maxBackoff, "maxBackoff");
    requirePositive(brokenAfter, "brokenAfter");
    requirePositive(brokenRetry, "brokenRetry");
    requirePositive(maxRetryAfter, "maxRetryAfter");
    if (minInterval.compareTo(maxInterval) > 0) {
      throw new IllegalArgumentException("minInterval " + minInterval + " exceeds maxInterval " + maxInterval);
    }
    if (brokenAfterFailures < 1) {
      throw new IllegalArgumentException("brokenAfterFailures must be at least 1, was " + brokenAfterFailures);
    }
  }

  /**
   * The defaults (2 min to 1 h, backoff up to 6 h, broken after 10 failures or 24 h, retried every 6 h,
   * Retry-After up to 24 h), with the interval bounds widened to include {@code interval}.
   */
  public static ScheduleConfig defaults(Duration interval) {
    return new ScheduleConfig(min(DEFAULT_MIN_INTERVAL, interval), max(DEFAULT_MAX_INTERVAL, interval),
        DEFAULT_MAX_BACKOFF, DEFAULT_BROKEN_AFTER_FAILURES, DEFAULT_BROKEN_AFTER, DEFAULT_BROKEN_RETRY,
        DEFAULT_MAX_RETRY_AFTER);
  }

  /** The defaults without adaptation: every healthy feed is polled at {@code interval} (plus jitter). */
  public static ScheduleConfig fixed(Duration interval) {
    ScheduleConfig d = defaults(interval);
    return new ScheduleConfig(interval, interval, max(d.maxBackoff(), interval), d.brokenAfterFailures(),
        d.brokenAfter(), d.brokenRetry(), d.maxRetryAfter());
  }

  static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }
}
