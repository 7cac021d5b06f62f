package dev.newswatch.alerts;

import java.time.Duration;

/**
 * Exponential backoff: the pause after the n-th failed attempt is {@code initial × 2^(n-1)}, capped at
 * {@code max}; {@link #jittered} spreads it so that many subscriptions failing together (one receiver
 * host down) do not retry in lockstep.
 */
record Backoff(Duration initial, Duration max) {

  /** The pause after {@code failedAttempts} (at least 1) consecutive failures. */
  Duration delay(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("failedAttempts must be at least 1, was " + failedAttempts);
    }
    // Past 2^30 any realistic initial delay has long exceeded the cap; stopping there avoids overflow.
    int exponent = Math.min(failedAttempts - 1, 30);
    long cap = max.toMillis();
    long millis = initial.toMillis();
    return Duration.ofMillis(millis > (cap >> exponent) ? cap : Math.min(cap, millis << exponent));
  }

  /**
   * {@link #delay} with "equal jitter": uniformly between half of it and all of it, so the pause still
   * grows exponentially and never exceeds the cap.
   */
  Duration jittered(int failedAttempts) {
    long millis = delay(failedAttempts).toMillis();
    long half = millis / 2;
    return Duration.ofMillis(half + java.util.concurrent.ThreadLocalRandom.current().nextLong(millis - half + 1));
  }

  /** The sum of the pauses between {@code attempts} attempts, i.e. after each but the last. */
  Duration total(int attempts) {
    Duration sum = Duration.ZERO;
    for (int failed = 1; failed < attempts; failed++) {
      sum = sum.plus(delay(failed));
    }
    return sum;
  }
}
