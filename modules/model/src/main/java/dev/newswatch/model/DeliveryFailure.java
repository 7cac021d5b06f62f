package dev.newswatch.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An alert that could not be delivered on one channel after all retries: the record type of
 * {@link Topics#DELIVERIES_DLQ}, keyed by subscription id. Errors never include channel secrets.
 *
 * @param alert    the alert that was not delivered
 * @param channel  the channel type ("webhook", "console")
 * @param target   a non-secret description of the target (scheme, host and path of a webhook)
 * @param error    the last error, one line
 * @param attempts how many attempts were made
 * @param failedAt when delivery was given up
 */
public record DeliveryFailure(
    Alert alert, String channel, String target, String error, int attempts, Instant failedAt) {
  public DeliveryFailure {
    Objects.requireNonNull(alert, "alert");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(failedAt, "failedAt");
  }
}
