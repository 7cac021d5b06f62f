package dev.newswatch.ingest.feed;

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
 */
public record ParsedFeed(String title, String language, List<FeedItem> items, int skipped, FeedFormat format) {

  public ParsedFeed {
    items = List.copyOf(items);
    if (skipped < 0) {
      throw new IllegalArgumentException("skipped must not be negative, was " + skipped);
    }
  }

  /** A feed whose dialect is not known (kept for callers that build one by hand). */
  public ParsedFeed(String title, String language, List<FeedItem> items, int skipped) {
    this(title, language, items, skipped, null);
  }
}
