package dev.newswatch.ingest.poll;

import java.time.Instant;

/**
 * How one feed is doing, for status pages and health checks.
 *
 * @param url                 the feed URL, redacted (no query string)
 * @param lastOutcome         {@code pending} before the first poll, else the outcome label of the last
 *                            poll ({@code ok}, {@code not_modified}, {@code fetch_error}, {@code parse_error},
 *                            {@code blocked}, {@code publish_error})
 * @param lastError           the last poll's error, or null when it succeeded
 * @param lastPolledAt        when the last poll ended, or null
 * @param consecutiveFailures failed polls since the last successful one
 * @param articlesPublished   articles published for this feed since the service started
 */
public record FeedStatus(
    String url, String lastOutcome, String lastError, Instant lastPolledAt, int consecutiveFailures,
    long articlesPublished) {

  /** The outcome label before the first poll. */
  public static final String PENDING = "pending";
}
