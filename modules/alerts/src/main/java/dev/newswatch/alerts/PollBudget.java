package dev.newswatch.alerts;

import java.time.Duration;

/**
 * Timing limits of the delivery consumer. Delivering one alert may take a while when its subscriber is
 * failing: every channel gets {@code maxAttempts} requests (each up to a connect plus a response timeout),
 * backoff pauses in between, and a dead-letter write at the end. The consumer must poll again before
 * {@code max.poll.interval.ms} or it is expelled from its group, so that interval is derived from this
 * worst case, and the loop stops taking records from a polled batch once the remaining budget could not
 * cover one more worst-case alert.
 *
 * @param worstCasePerAlert the longest one alert can take to deliver or dead-letter on all its channels
 * @param maxPollInterval   the consumer's {@code max.poll.interval.ms}
 * @param batchBudget       after this long since the poll, the rest of the batch is left for the next poll
 */
record PollBudget(Duration worstCasePerAlert, Duration maxPollInterval, Duration batchBudget) {

  /** Upper bound on writing one dead letter, enforced by the publisher. */
  static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration MIN_POLL_INTERVAL = Duration.ofMinutes(5);
  private static final Duration MARGIN = Duration.ofSeconds(30);

  /**
   * @param config      retry and timeout settings
   * @param maxChannels the most channels any subscription has
   */
  static PollBudget of(AlertsConfig config, int maxChannels) {
    Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
    Duration perChannel = config.webhookTimeout().multipliedBy(2L * config.maxAttempts())
        .plus(backoff.total(config.maxAttempts()))
        .plus(DEAD_LETTER_TIMEOUT);
    Duration perAlert = perChannel.multipliedBy(Math.max(1, maxChannels));
    Duration interval = perAlert.multipliedBy(2).plus(MARGIN.multipliedBy(2));
    if (interval.compareTo(MIN_POLL_INTERVAL) < 0) {
      interval = MIN_POLL_INTERVAL;
    }
    return new PollBudget(perAlert, interval, interval.minus(perAlert).minus(MARGIN));
  }
}
