package dev.newswatch.ingest.feed;

import java.util.List;

/**
 * A feed document reduced to what ingest needs.
 *
 * @param title    the feed title as plain text, or null
 * @param language the declared language (RSS {@code language}, {@code dc:language}), or null
 * @param items    the usable items in document order
 * @param skipped  items left out because they had no usable http(s) link
 */
public record ParsedFeed(String title, String language, List<FeedItem> items, int skipped) {

  public ParsedFeed {
    items = List.copyOf(items);
    if (skipped < 0) {
      throw new IllegalArgumentException("skipped must not be negative, was " + skipped);
    }
  }
}
