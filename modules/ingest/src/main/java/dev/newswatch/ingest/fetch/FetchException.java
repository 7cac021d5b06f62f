package dev.newswatch.ingest.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A fetch that did not produce a usable response. The message names the (redacted) URL and the cause
 * but never carries the response body or URL query strings.
 */
public final class FetchException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a fetch failed; {@link #label()} is a bounded metric label value. */
  public enum Reason {
    /** The SSRF guard refused the URL or a redirect target. */
    BLOCKED,
    /** Connecting or the whole exchange took longer than configured. */
    TIMEOUT,
    /** The server answered with a status that is neither 2xx, 304 nor a followable redirect. */
    HTTP_STATUS,
    /** The body, as sent or decoded, is larger than allowed. */
    TOO_LARGE,
    /**
     * The body broke off: the connection closed or was reset in the middle of it, it was shorter than its
     * Content-Length or its chunked coding, or its gzip stream ended early. Nothing of it is used.
     */
    TRUNCATED,
    /** The body's Content-Encoding is not gzip or identity, or its gzip data is corrupt. */
    BAD_ENCODING,
    /** The redirect chain is longer than allowed. */
    TOO_MANY_REDIRECTS,
    /** The host name does not resolve. */
    DNS,
    /** Any other network or protocol failure. */
    IO;

    /** Lower-case name for metrics and status pages. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Reason reason;
  private final int status;
  private final transient Duration retryAfter;

  /**
   * @param reason  the category of failure
   * @param message what happened, with the redacted URL
   * @param status  the HTTP status when one was received, else 0
   * @param cause   the underlying exception, or null
   */
  public FetchException(Reason reason, String message, int status, Throwable cause) {
    this(reason, message, status, null, cause);
  }

  /**
   * @param reason     the category of failure
   * @param message    what happened, with the redacted URL
   * @param status     the HTTP status when one was received, else 0
   * @param retryAfter how long the server asked us to wait (Retry-After of a 429 or 503), or null
   * @param cause      the underlying exception, or null
   */
  public FetchException(Reason reason, String message, int status, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.status = status;
    this.retryAfter = retryAfter;
  }

  public FetchException(Reason reason, String message) {
    this(reason, message, 0, null);
  }

  public Reason reason() {
    return reason;
  }

  /** The HTTP status that caused the failure, or 0 when none was received. */
  public int status() {
    return status;
  }

  /** The wait the server asked for with Retry-After on a 429 or 503, when it gave a readable one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
