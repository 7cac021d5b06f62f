package dev.newswatch.alerts.delivery;

import java.util.Objects;

/**
 * The outcome of one delivery attempt.
 *
 * @param outcome what happened
 * @param error   a one-line description of the failure without secrets, or null when delivered
 */
public record DeliveryResult(Outcome outcome, String error) {

  /** What a delivery attempt achieved. */
  public enum Outcome {
    /** The subscriber accepted the alert. */
    DELIVERED,
    /** The attempt failed in a way that may pass later (timeout, 5xx, 429): try again after a pause. */
    RETRY,
    /** Trying again cannot help (rejected by the subscriber, refused by policy): dead-letter now. */
    PERMANENT_FAILURE
  }

  public DeliveryResult {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome != Outcome.DELIVERED && (error == null || error.isBlank())) {
      throw new IllegalArgumentException("a failed delivery needs an error description");
    }
  }

  /** The subscriber accepted the alert. */
  public static DeliveryResult delivered() {
    return new DeliveryResult(Outcome.DELIVERED, null);
  }

  /** A failure worth another attempt; {@code error} is one line without secrets. */
  public static DeliveryResult retry(String error) {
    return new DeliveryResult(Outcome.RETRY, error);
  }

  /** A failure no retry can fix; {@code error} is one line without secrets. */
  public static DeliveryResult permanentFailure(String error) {
    return new DeliveryResult(Outcome.PERMANENT_FAILURE, error);
  }
}
