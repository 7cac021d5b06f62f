package dev.newswatch.alerts.subscriptions;

import java.util.Optional;

/**
 * Who is calling the alerts HTTP API, from the {@code Authorization: Bearer …} header value. An owner sees
 * and changes only their own subscriptions, alerts and streams; the admin sees all.
 */
public interface OwnerAuth {

  /** The caller for this Authorization header value (may be null), or empty when the token is unknown. */
  Optional<Caller> authenticate(String authorizationHeader);

  /**
   * An authenticated caller.
   *
   * @param owner the owner name their subscriptions carry ({@code Subscription.owner})
   * @param admin true for the admin token: may read and change every owner's subscriptions
   */
  record Caller(String owner, boolean admin) {
    public boolean mayAccess(String subscriptionOwner) {
      return admin || owner.equals(subscriptionOwner);
    }
  }
}
