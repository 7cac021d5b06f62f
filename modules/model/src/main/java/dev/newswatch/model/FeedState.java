package dev.newswatch.model;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the poller remembers about one feed between polls and across restarts: the record type of the
 * compacted {@link Topics#FEED_STATE}, keyed by feed URL. The scheduling fields were added later and are
 * all optional, so states written before them read as a healthy feed due at once.
 *
 * @param feedUrl             the feed as configured: its identity, whatever it redirects to
 * @param etag                the last ETag the server sent, or null
 * @param lastModified        the last Last-Modified header the server sent, or null
 * @param seenItemKeys        keys of items already published, newest last, at most {@link #MAX_SEEN} entries
 * @param lastPolledAt        when the feed was last fetched successfully, or null
 * @param redirectedUrl       where a permanent redirect (301/308) moved the feed; polled instead of
 *                            {@code feedUrl}; null when it never moved
 * @param nextPollAt          the earliest time the feed may be polled again, or null for at once
 * @param consecutiveFailures failed polls since the last successful one; null or 0 when healthy
 * @param failingSince        when the first of those failures happened, or null when healthy
 * @param brokenReason        why the feed is considered broken (failing too long), or null when it is not
 * @param itemsPerDay         the feed's estimated publishing rate, or null before it is known
 * @param lastError           the error of the last poll when it failed, or null after a success; for
 *                            status pages on any instance
 * @param itemsPublished      articles published for this feed since it was first polled, or null when
 *                            not counted yet (states written before the field existed)
 * @param itemVersions        per seen item key, a short hash of the item's title and summary as last
 *                            published, so an edited item is recognised as an update; keys not in
 *                            {@code seenItemKeys} are dropped. Empty in states written before it existed:
 *                            their items' current versions are then taken as published, not as edits
 */
public record FeedState(
    String feedUrl, String etag, String lastModified, List<String> seenItemKeys, Instant lastPolledAt,
    String redirectedUrl, Instant nextPollAt, Integer consecutiveFailures, Instant failingSince,
    String brokenReason, Double itemsPerDay, String lastError, Long itemsPublished,
    Map<String, String> itemVersions) {

  /** Items remembered per feed; feeds carry far fewer items than this, so nothing still listed is forgotten. */
  public static final int MAX_SEEN = 2_000;

  public FeedState {
    Objects.requireNonNull(feedUrl, "feedUrl");
    seenItemKeys = seenItemKeys == null ? List.of() : List.copyOf(seenItemKeys);
    if (seenItemKeys.size() > MAX_SEEN) {
      seenItemKeys = List.copyOf(seenItemKeys.subList(seenItemKeys.size() - MAX_SEEN, seenItemKeys.size()));
    }
    if (itemVersions == null || itemVersions.isEmpty()) {
      itemVersions = Map.of();
    } else {
      Set<String> keys = new HashSet<>(seenItemKeys);
      Map<String, String> kept = new LinkedHashMap<>();
      itemVersions.forEach((key, version) -> {
        if (key != null && version != null && keys.contains(key)) {
          kept.put(key, version);
        }
      });
      itemVersions = Collections.unmodifiableMap(kept);
    }
    if (consecutiveFailures != null && consecutiveFailures < 0) {
      throw new IllegalArgumentException("consecutiveFailures must not be negative, was " + consecutiveFailures);
    }
    if (itemsPerDay != null && (itemsPerDay.isNaN() || itemsPerDay < 0)) {
      throw new IllegalArgumentException("itemsPerDay must be a non-negative number, was " + itemsPerDay);
    }
    if (itemsPublished != null && itemsPublished < 0) {
      throw new IllegalArgumentException("itemsPublished must not be negative, was " + itemsPublished);
    }
  }

  /** A state without scheduling information, as written before those fields existed. */
  public FeedState(String feedUrl, String etag, String lastModified, List<String> seenItemKeys,
      Instant lastPolledAt) {
    this(feedUrl, etag, lastModified, seenItemKeys, lastPolledAt, null, null, null, null, null, null, null, null,
        null);
  }

  /**
   * A state without the status fields ({@code lastError}, {@code itemsPublished}) and item versions; the
   * poller adds the status with {@link #withTally} just before it stores a state.
   */
  public FeedState(String feedUrl, String etag, String lastModified, List<String> seenItemKeys,
      Instant lastPolledAt, String redirectedUrl, Instant nextPollAt, Integer consecutiveFailures,
      Instant failingSince, String brokenReason, Double itemsPerDay) {
    this(feedUrl, etag, lastModified, seenItemKeys, lastPolledAt, redirectedUrl, nextPollAt, consecutiveFailures,
        failingSince, brokenReason, itemsPerDay, null, null, null);
  }

  /** A state without item versions, as written before they existed. */
  public FeedState(String feedUrl, String etag, String lastModified, List<String> seenItemKeys,
      Instant lastPolledAt, String redirectedUrl, Instant nextPollAt, Integer consecutiveFailures,
      Instant failingSince, String brokenReason, Double itemsPerDay, String lastError, Long itemsPublished) {
    this(feedUrl, etag, lastModified, seenItemKeys, lastPolledAt, redirectedUrl, nextPollAt, consecutiveFailures,
        failingSince, brokenReason, itemsPerDay, lastError, itemsPublished, null);
  }

  /** This state with new scheduling and health fields; validators, items, versions and tally unchanged. */
  public FeedState withSchedule(Instant nextPollAt, Integer consecutiveFailures, Instant failingSince,
      String brokenReason, Double itemsPerDay) {
    return new FeedState(feedUrl, etag, lastModified, seenItemKeys, lastPolledAt, redirectedUrl, nextPollAt,
        consecutiveFailures, failingSince, brokenReason, itemsPerDay, lastError, itemsPublished, itemVersions);
  }

  /** This state with the given last error (null after a success) and running count of published articles. */
  public FeedState withTally(String error, long published) {
    return new FeedState(feedUrl, etag, lastModified, seenItemKeys, lastPolledAt, redirectedUrl, nextPollAt,
        consecutiveFailures, failingSince, brokenReason, itemsPerDay, error, published, itemVersions);
  }

  /** Articles published since the feed was first polled, 0 when not counted. */
  public long published() {
    return itemsPublished == null ? 0 : itemsPublished;
  }

  public static FeedState empty(String feedUrl) {
    return new FeedState(feedUrl, null, null, List.of(), null);
  }

  /** Failed polls since the last success, 0 when healthy. */
  public int failures() {
    return consecutiveFailures == null ? 0 : consecutiveFailures;
  }
}
