package dev.newswatch.ingest.feed;

import java.util.Locale;

/** The dialect a document was read as. */
public enum FeedFormat {
  /** RSS 0.91 to 2.0. */
  RSS,
  /** RSS 0.90 and 1.0, both RDF. */
  RDF,
  /** Atom 0.3 and 1.0. */
  ATOM,
  /** JSON Feed 1.0 and 1.1. */
  JSON;

  /** The lower-case name used in tool output: {@code rss}, {@code rdf}, {@code atom}, {@code json}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** From Rome's feed type ({@code rss_2.0}, {@code rss_1.0}, {@code atom_1.0}, ...). */
  static FeedFormat ofRomeType(String feedType) {
    String type = feedType == null ? "" : feedType.toLowerCase(Locale.ROOT);
    if (type.startsWith("atom")) {
      return ATOM;
    }
    return type.equals("rss_1.0") || type.equals("rss_0.9") ? RDF : RSS;
  }
}
