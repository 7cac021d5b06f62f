package dev.newswatch.app.ops;

import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.ingest.poll.FeedStatus;
import dev.newswatch.ingest.registry.FeedCatalog;
import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.FeedState;
import java.time.Instant;

/**
 * One feed as {@code /api/v1/feeds} shows it: its registry record, overlaid with what is known of its
 * polls. The instance polling the feed answers from its live status; any other instance from the state
 * last stored on {@code newswatch.feed-state.v1}, which is written only when something changed, so its
 * {@code lastPolledAt} and {@code nextPollAt} may lag by up to one poll interval.
 *
 * @param id                  the URL-safe id of {@code /api/v1/feeds/{id}}: 32 hex digits of SHA-256 of the URL
 * @param url                 the feed URL, a query string (which may hold credentials) shown as "?…"
 * @param name                its label
 * @param source              {@code config} or {@code api}
 * @param addedAt             when it was added to the registry
 * @param status              {@code pending} (never polled), {@code ok}, {@code failing} or {@code broken}
 * @param polledHere          whether this instance polls the feed (its answer is live)
 * @param lastOutcome         the last poll's outcome, known only where the feed is polled, else null
 * @param lastError           the last poll's error, or why a successful one held articles back, or null
 * @param lastPolledAt        the last poll (where polled), else the last successful fetch stored
 * @param nextPollAt          the earliest time of the next poll, or null for at once
 * @param consecutiveFailures failed polls since the last success
 * @param itemsPublished      articles published for the feed since it was first polled
 * @param brokenReason        why it counts as broken, or null
 * @param pollUrl             where a permanent redirect moved it (without query string), or null
 */
public record FeedView(String id, String url, String name, String source, Instant addedAt, String status,
    boolean polledHere, String lastOutcome, String lastError, Instant lastPolledAt, Instant nextPollAt,
    int consecutiveFailures, long itemsPublished, String brokenReason, String pollUrl) {

  public static final String PENDING = "pending";

  /** The view of a catalog entry, with {@code local} the status of this instance's poller or null. */
  static FeedView of(FeedCatalog.Entry entry, FeedStatus local) {
    FeedDefinition d = entry.definition();
    FeedState s = entry.state();
    String url = RedactedUri.of(d.url());
    if (local != null && !(local.lastOutcome().equals(FeedStatus.PENDING) && s != null)) {
      boolean pending = local.lastOutcome().equals(FeedStatus.PENDING);
      long published = Math.max(s == null ? 0 : s.published(), local.articlesPublished());
      return new FeedView(d.id(), url, d.name(), d.source(), d.addedAt(), pending ? PENDING : local.status(), true,
          pending ? null : local.lastOutcome(), local.lastError(), local.lastPolledAt(), local.nextPollAt(),
          local.consecutiveFailures(), published, local.brokenReason(), local.pollUrl());
    }
    if (s == null) {
      return new FeedView(d.id(), url, d.name(), d.source(), d.addedAt(), PENDING, local != null, null, null, null,
          null, 0, 0, null, null);
    }
    String status = s.brokenReason() != null ? FeedStatus.BROKEN : s.failures() > 0 ? FeedStatus.FAILING : FeedStatus.OK;
    return new FeedView(d.id(), url, d.name(), d.source(), d.addedAt(), status, local != null, null, s.lastError(),
        s.lastPolledAt(), s.nextPollAt(), s.failures(), s.published(), s.brokenReason(),
        s.redirectedUrl() == null ? null : RedactedUri.of(s.redirectedUrl()));
  }
}
