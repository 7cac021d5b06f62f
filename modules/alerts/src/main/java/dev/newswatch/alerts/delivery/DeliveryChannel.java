package dev.newswatch.alerts.delivery;

import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;

/**
 * A way of handing an alert to a subscriber. Implementations make exactly one attempt and say how it went;
 * retries, backoff and dead-lettering are the caller's business. They must not throw for delivery problems,
 * and the error text they return must not contain secrets or the path and query of a URL.
 */
public interface DeliveryChannel {

  /**
   * Makes one delivery attempt.
   *
   * @param alert   the alert to deliver
   * @param channel the subscriber's channel settings; its {@link Subscription.Channel#type()} equals {@link #type()}
   * @return the outcome; when the calling thread is interrupted during the attempt, a {@code RETRY} with the
   *     interrupt flag set again
   */
  DeliveryResult deliver(Alert alert, Subscription.Channel channel);

  /**
   * Makes one attempt to deliver a digest as one message. The default hands each alert to
   * {@link #deliver(Alert, Subscription.Channel)} in turn and stops at the first failure, which suits
   * local channels (console, SSE, Atom) whose attempts do not fail; remote channels send one message.
   *
   * @param digest  the batch, its {@link AlertDigest#digestId()} the idempotency key
   * @param channel the subscriber's channel settings
   * @return the outcome, as for {@link #deliver(Alert, Subscription.Channel)}
   */
  default DeliveryResult deliverDigest(AlertDigest digest, Subscription.Channel channel) {
    for (Alert alert : digest.alerts()) {
      DeliveryResult result = deliver(alert, channel);
      if (result.outcome() != DeliveryResult.Outcome.DELIVERED) {
        return result;
      }
    }
    return DeliveryResult.delivered();
  }

  /** The channel type this implementation serves, one of {@link Subscription.Channel#TYPES}. */
  String type();
}
