package dev.newswatch.ingest.websub;

import java.time.Instant;

/**
 * One WebSub subscription as shown on status pages; never its callback id or secret.
 *
 * @param feedUrl             the configured feed URL
 * @param hub                 the hub, without query string
 * @param topic               the topic, without query string
 * @param state               {@code subscribing}, {@code active}, {@code failing}, {@code denied} or
 *                            {@code unsubscribing}
 * @param leaseExpiresAt      when the verified lease ends, or null before the first verification
 * @param grantedLeaseSeconds the lease the hub granted last, 0 before the first verification
 * @param failures            failed requests in a row
 * @param lastError           why the last request failed or the hub's denial, or null
 */
public record SubscriptionStatus(String feedUrl, String hub, String topic, String state, Instant leaseExpiresAt,
    long grantedLeaseSeconds, int failures, String lastError) {}
