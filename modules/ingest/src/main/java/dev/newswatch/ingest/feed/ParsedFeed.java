package dev.newswatch.ingest.feed;

import java.net.URI;
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
 * @param hubs     the WebSub hubs the document names (feed-level {@code <link rel="hub">} or
 *                 {@code atom:link rel="hub"}, JSON Feed {@code hubs} of type WebSub), absolute http(s)
 *                 URLs in document order, at most {@value #MAX_HUBS}
 * @param self     the URL the document says it lives at ({@code rel="self"}, JSON Feed
 *                 {@code feed_url}), or null
 * @param ttl      how long the feed asks readers to wait between fetches: RSS {@code <ttl>}, else the
 *                 syndication module's {@code sy:updatePeriod}/{@code sy:updateFrequency}; null when it
 *                 does not say
 */
public record ParsedFeed(String title, String language, List<FeedItem> items, int skipped, FeedFormat format,
    List<URI> hubs, URI self, Duration ttl) {

  /** Hubs kept per document; publishers name one or two. */
  public static final int MAX_HUBS = 5;

  public ParsedFeed {
    items = List.copyOf(items);
    if (skipped < 0) {
      throw new IllegalArgumentException("skipped must not be negative, was " + skipped);
    }
    hubs = hubs == null ? List.of() : List.copyOf(hubs.size() > MAX_HUBS ? hubs.subList(0, MAX_HUBS) : hubs);
    if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
      ttl = null;
    }
  }

  /** A feed that names no hub, no self URL and no ttl. */
  public ParsedFeed(String title, String language, List<FeedItem> items, int skipped, FeedFormat format) {
    this(title, language, items, skipped, format, List.of(), null, null);
  }

  /** A feed whose dialect is not known (kept for callers that build one by hand). */
  public ParsedFeed(String title, String language, List<FeedItem> items, int skipped) {
    this(title, language, items, skipped, null);
  }
}
