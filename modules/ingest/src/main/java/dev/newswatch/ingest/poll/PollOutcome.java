package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.feed.FeedItem;
import dev.newswatch.ingest.websub.HubLink;
import dev.newswatch.model.Article;
import dev.newswatch.model.FeedState;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of one poll of one feed.
 *
 * @param status      what happened
 * @param newArticles articles for items not seen before, oldest first; empty unless {@link Status#OK}
 * @param newState    the state to keep after the articles are published; the old state on failure
 * @param error       why the poll failed, without secrets; null on success
 * @param items       the items of the parsed document (empty after a 304 or a failure), for the
 *                    publishing-rate estimate
 * @param freshFor    how long the response stays fresh per Cache-Control or Expires, or null
 * @param retryAfter  how long a 429 or 503 asked us to wait, or null
 * @param fetchError  the fetch failure's reason label ({@code timeout}, {@code http_status}, …) when the
 *                    fetch failed, else null
 * @param hub         the WebSub hub and topic the response named (Link headers, then the document), or
 *                    null when it named none or the poll read no document
 * @param heldBack    why each article held back for the next poll did not go out now: its page failed in a
 *                    way worth another try (see {@link FeedPoller}); empty when none was
 */
public record PollOutcome(Status status, List<Article> newArticles, FeedState newState, String error,
    List<FeedItem> items, Duration freshFor, Duration retryAfter, String fetchError, HubLink hub,
    List<String> heldBack) {

  /** How a poll ended. */
  public enum Status {
    /** Fetched and parsed; {@link #newArticles()} may still be empty. */
    OK,
    /** The server answered 304 to the conditional request. */
    NOT_MODIFIED,
    /** Network failure, timeout, non-2xx status or oversized body. */
    FETCH_ERROR,
    /** The body is not a feed we can read. */
    PARSE_ERROR,
    /** The SSRF guard refused the feed URL or a redirect target. */
    BLOCKED;

    /** Lower-case name, shown as the last outcome on status pages. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** True for the statuses that count as a failed poll. */
    public boolean failed() {
      return this != OK && this != NOT_MODIFIED;
    }
  }

  public PollOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(newState, "newState");
    newArticles = List.copyOf(newArticles);
    items = items == null ? List.of() : List.copyOf(items);
    heldBack = heldBack == null ? List.of() : List.copyOf(heldBack);
  }

  /** An outcome that holds nothing back. */
  public PollOutcome(Status status, List<Article> newArticles, FeedState newState, String error,
      List<FeedItem> items, Duration freshFor, Duration retryAfter, String fetchError, HubLink hub) {
    this(status, newArticles, newState, error, items, freshFor, retryAfter, fetchError, hub, List.of());
  }

  /** An outcome that names no hub. */
  public PollOutcome(Status status, List<Article> newArticles, FeedState newState, String error,
      List<FeedItem> items, Duration freshFor, Duration retryAfter, String fetchError) {
    this(status, newArticles, newState, error, items, freshFor, retryAfter, fetchError, null);
  }

  public PollOutcome(Status status, List<Article> newArticles, FeedState newState, String error) {
    this(status, newArticles, newState, error, List.of(), null, null, null);
  }

  /** Articles for items never published before; the rest of {@link #newArticles()} are edits (updates). */
  public int firstPublished() {
    return (int) newArticles.stream().filter(a -> a.updatedAt() == null).count();
  }

  static PollOutcome failure(Status status, FeedState unchanged, String error) {
    return new PollOutcome(status, List.of(), unchanged, error);
  }
}
