package dev.newswatch.ingest.feed;

import java.time.Duration;
import java.util.List;

/**
 * A feed document reduced to what ingest needs.
 *
 * @param title    the feed title as plain text, or null
 * @param language the declared language (RSS {@code language}, {@code dc:language}, JSON Feed
 *                 {@code language}), or null
 * @param items    the usable items in document order
 * @param skipped  items left out because they had no usable http(s) link
 * @param format   the dialect the document was read as, or null when not known
 * @param ttl      how long the feed asks readers to wait between fetches: RSS {@code <ttl>}, else the
 *                 syndication module's {@code sy:updatePeriod}/{@code sy:updateFrequency}; null when it
 *                 does not say
 */
public record ParsedFeed(String title, String language, List<FeedItem> items, int skipped, FeedFormat format,
    Duration ttl) {

  public ParsedFeed {
    items = List.copyOf(items);
    if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
      ttl = null;
    }
    if (skipped < 0) {
      throw new IllegalArgumentException("skipped must not be negative, was " + skipped);
    }
  }

  /** A feed whose dialect is not known (kept for callers that build one by hand). */
  public ParsedFeed(String title, String language, List<FeedItem> items, int skipped) {
    this(title, language, items, skipped, null, null);
  }

  /** A feed that says nothing about how often to fetch it. */
  public ParsedFeed(String title, String language, List<FeedItem> items, int skipped, FeedFormat format) {
    this(title, language, items, skipped, format, null);
  }
}
