package dev.newswatch.alerts.subscriptions;

import dev.newswatch.model.Subscription;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The subscriptions an alerts instance knows: every one of them (each instance loads all), looked up by
 * id. The matching half uses it to match stories, the delivery half to find an alert's channels.
 * Implementations are safe for concurrent use; a lookup reflects the latest change the instance has read.
 */
public interface SubscriptionDirectory {

  /** The subscription with this id, if it exists and is not deleted. */
  Optional<Subscription> get(String id);

  /** Every live subscription, in no particular order. */
  Collection<Subscription> all();

  /** A fixed directory (configuration-file subscriptions, tests). */
  static SubscriptionDirectory of(List<Subscription> subscriptions) {
    Map<String, Subscription> byId = new LinkedHashMap<>();
    for (Subscription s : subscriptions) {
      if (byId.putIfAbsent(s.id(), s) != null) {
        throw new IllegalArgumentException("duplicate subscription id '" + s.id() + "'");
      }
    }
    return over(Collections.unmodifiableMap(byId));
  }

  /**
   * A directory reading through to {@code byId} (subscription id to subscription) as it changes; as safe
   * for concurrent use as the map is.
   */
  static SubscriptionDirectory over(Map<String, Subscription> byId) {
    return new SubscriptionDirectory() {
      @Override
      public Optional<Subscription> get(String id) {
        return Optional.ofNullable(byId.get(id));
      }

      @Override
      public Collection<Subscription> all() {
        return List.copyOf(byId.values());
      }
    };
  }
}
