package dev.newswatch.ingest.feed;

import java.net.URI;
import java.util.List;

/** A document that could not be read as a feed; the message says why, in terms an operator can act on. */
public final class FeedParseException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<URI> discoveredFeeds;

  public FeedParseException(String message) {
    this(message, null, List.of());
  }

  public FeedParseException(String message, Throwable cause) {
    this(message, cause, List.of());
  }

  /**
   * @param message         why the document is not a feed
   * @param cause           the underlying failure, or null
   * @param discoveredFeeds feed URLs an HTML page advertises, in document order; empty otherwise
   */
  public FeedParseException(String message, Throwable cause, List<URI> discoveredFeeds) {
    super(message, cause);
    this.discoveredFeeds = List.copyOf(discoveredFeeds);
  }

  /** The feeds the document links to when it was an HTML page instead of a feed; empty otherwise. */
  public List<URI> discoveredFeeds() {
    return discoveredFeeds == null ? List.of() : discoveredFeeds;
  }
}
