package dev.newswatch.ingest.feed;

/** A document that could not be read as a feed; the message says why, in terms an operator can act on. */
public final class FeedParseException extends Exception {

  private static final long serialVersionUID = 1L;

  public FeedParseException(String message) {
    super(message);
  }

  public FeedParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
