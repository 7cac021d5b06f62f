package dev.newswatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the poller remembers about one feed between polls and across restarts: the record type of the
 * compacted {@link Topics#FEED_STATE}, keyed by feed URL.
 *
 * @param feedUrl       the feed
 * @param etag          the last ETag the server sent, or null
 * @param lastModified  the last Last-Modified header the server sent, or null
 * @param seenItemKeys  keys of items already published, newest last, at most {@link #MAX_SEEN} entries
 * @param lastPolledAt  when the feed was last fetched successfully, or null
 */
public record FeedState(
    String feedUrl, String etag, String lastModified, List<String> seenItemKeys, Instant lastPolledAt) {

  /** Items remembered per feed; feeds carry far fewer items than this, so nothing still listed is forgotten. */
  public static final int MAX_SEEN = 2_000;

  public FeedState {
    Objects.requireNonNull(feedUrl, "feedUrl");
    seenItemKeys = seenItemKeys == null ? List.of() : List.copyOf(seenItemKeys);
    if (seenItemKeys.size() > MAX_SEEN) {
      seenItemKeys = List.copyOf(seenItemKeys.subList(seenItemKeys.size() - MAX_SEEN, seenItemKeys.size()));
    }
  }

  public static FeedState empty(String feedUrl) {
    return new FeedState(feedUrl, null, null, List.of(), null);
  }
}
