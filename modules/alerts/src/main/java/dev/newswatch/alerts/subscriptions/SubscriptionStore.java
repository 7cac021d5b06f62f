package dev.newswatch.alerts.subscriptions;

import dev.newswatch.model.Subscription;

/**
 * Where the API writes subscriptions. A call returns once the change is visible in this instance's
 * {@link SubscriptionDirectory}, so a following read shows it.
 */
public interface SubscriptionStore {

  /**
   * Creates or replaces a subscription.
   *
   * @throws IllegalStateException when the store cannot be written now
   */
  void put(Subscription subscription);

  /**
   * Deletes a subscription.
   *
   * @throws IllegalStateException when the store cannot be written now
   */
  void delete(String id);

  /** True when the store can serve: its directory has been read to the end. */
  boolean ready();
}
