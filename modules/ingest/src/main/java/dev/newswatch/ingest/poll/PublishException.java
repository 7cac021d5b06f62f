package dev.newswatch.ingest.poll;

/** A transaction that did not commit. When {@link #fatal()}, the producer cannot be used again. */
final class PublishException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean fatal;

  PublishException(String message, boolean fatal, Throwable cause) {
    super(message, cause);
    this.fatal = fatal;
  }

  boolean fatal() {
    return fatal;
  }
}
