package dev.newswatch.ingest.poll;

import java.time.Instant;
import java.util.List;

/**
 * How one feed is doing, for status pages and health checks.
 *
 * @param url                 the feed URL, redacted (no query string)
 * @param lastOutcome         {@code pending} before the first poll, else the outcome label of the last
 *                            poll ({@code ok}, {@code not_modified}, {@code fetch_error}, {@code parse_error},
 *                            {@code blocked}, {@code publish_error})
 * @param lastError           the last poll's error; after a successful poll that held articles back because
 *                            their pages failed to load, how many and why; else null
 * @param lastPolledAt        when the last poll ended, or null
 * @param consecutiveFailures failed polls since the last successful one (kept across restarts)
 * @param articlesPublished   articles published for this feed since the service started
 * @param status              {@code ok}, {@code failing} (recent failures, backing off) or {@code broken}
 *                            (failing too long; retried rarely, never dropped)
 * @param nextPollAt          the earliest time of the next scheduled poll, or null for at once
 * @param pollUrl             where a permanent redirect moved the feed (redacted), or null when it is
 *                            polled at its configured URL
 * @param brokenReason        why the feed counts as broken, or null
 */
public record FeedStatus(
    String url, String lastOutcome, String lastError, Instant lastPolledAt, int consecutiveFailures,
    long articlesPublished, String status, Instant nextPollAt, String pollUrl, String brokenReason) {

  /** The outcome label before the first poll. */
  public static final String PENDING = "pending";
  public static final String OK = "ok";
  public static final String FAILING = "failing";
  public static final String BROKEN = "broken";
  /** Every value of {@link #status()}. */
  public static final List<String> STATUSES = List.of(OK, FAILING, BROKEN);
}
