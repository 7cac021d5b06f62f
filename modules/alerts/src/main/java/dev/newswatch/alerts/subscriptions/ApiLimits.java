package dev.newswatch.alerts.subscriptions;

import dev.newswatch.alerts.match.QueryLimits;
import dev.newswatch.model.http.RateLimiter;
import java.util.Objects;

/**
 * The abuse limits of the alerts API ({@code alerts.limits}).
 *
 * @param perOwner              requests of one authenticated owner (one token): per minute, burst, and how
 *                              many owners are tracked at most
 * @param failedAuthPerAddress  requests without a valid token from one client address (IPv4 address, IPv6
 *                              /64): per minute, burst, addresses tracked at most. An address over it is
 *                              refused with 429 before its token is even looked at, so token guessing is slowed
 * @param subscriptionsPerOwner subscriptions one owner may have at most through the API; the admin token is
 *                              exempt (it may create for any owner)
 * @param query                 how complex a subscription's query may be
 */
public record ApiLimits(RateLimiter.Settings perOwner, RateLimiter.Settings failedAuthPerAddress,
    int subscriptionsPerOwner, QueryLimits query) {

  /** Requests per minute of one owner by default: 600, with bursts of 120. */
  public static final int DEFAULT_REQUESTS_PER_MINUTE = 600;
  public static final int DEFAULT_BURST = 120;
  /** Requests per minute without a valid token from one address by default: 30, with bursts of 30. */
  public static final int DEFAULT_FAILED_AUTH_PER_MINUTE = 30;
  public static final int DEFAULT_FAILED_AUTH_BURST = 30;
  /** Owners, and addresses, tracked at most by default. */
  public static final int DEFAULT_TRACKED_CLIENTS = 10_000;
  public static final int DEFAULT_SUBSCRIPTIONS_PER_OWNER = 500;

  public ApiLimits {
    Objects.requireNonNull(perOwner, "perOwner");
    Objects.requireNonNull(failedAuthPerAddress, "failedAuthPerAddress");
    Objects.requireNonNull(query, "query");
    if (subscriptionsPerOwner < 1) {
      throw new IllegalArgumentException("subscriptionsPerOwner must be at least 1");
    }
  }

  public static ApiLimits defaults() {
    return new ApiLimits(
        new RateLimiter.Settings(DEFAULT_REQUESTS_PER_MINUTE, DEFAULT_BURST, DEFAULT_TRACKED_CLIENTS),
        new RateLimiter.Settings(DEFAULT_FAILED_AUTH_PER_MINUTE, DEFAULT_FAILED_AUTH_BURST, DEFAULT_TRACKED_CLIENTS),
        DEFAULT_SUBSCRIPTIONS_PER_OWNER, QueryLimits.defaults());
  }
}
