package dev.newswatch.ingest.fetch;

import dev.newswatch.ingest.fetch.FetchException.Reason;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.model.net.AddressGuard.BlockedAddressException;
import dev.newswatch.model.net.GuardedDnsResolver;
import dev.newswatch.model.net.GuardedHttpClient;
import dev.newswatch.model.net.GuardedHttpClient.BodyTooLargeException;
import dev.newswatch.model.net.GuardedHttpClient.IncompleteBodyException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fetches feed documents over HTTP(S) within the limits of a {@link FetchConfig}: every URL, including
 * each redirect target, passes the SSRF {@link AddressGuard}, whose checked addresses are the only ones
 * a connection may go to ({@link GuardedHttpClient}); requests are conditional when an
 * ETag or Last-Modified value is known; gzip is requested and decoded; the body is capped while it
 * streams in; the whole exchange, redirects included, must finish within the request timeout.
 *
 * <p>Thread-safe: one instance serves every feed of a poller.
 */
public final class HttpFetcher implements AutoCloseable {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Set<Integer> PERMANENT_REDIRECTS = Set.of(301, 308);
  /** Statuses whose Retry-After is honoured: Too Many Requests and Service Unavailable. */
  private static final Set<Integer> RETRY_LATER = Set.of(429, 503);
  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
      + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

  private final FetchConfig config;
  private final AddressGuard guard;
  private final GuardedHttpClient client;
  private final Clock clock;

  public HttpFetcher(FetchConfig config) {
    this(config, Clock.systemUTC());
  }

  /**
   * @param config limits and identity of every request
   * @param clock  the time that Retry-After and Expires dates are measured against
   */
  public HttpFetcher(FetchConfig config, Clock clock) {
    this(config, clock, config.guard());
  }

  /** With a guard of its own instead of the one the configuration describes (tests give it their DNS). */
  HttpFetcher(FetchConfig config, Clock clock, AddressGuard guard) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.guard = Objects.requireNonNull(guard, "guard");
    // Redirects are followed by hand so that every hop goes through the guard.
    this.client = config.newClient(guard);
  }

  /**
   * Fetches a URL.
   *
   * @param uri          absolute http(s) URL
   * @param etag         the ETag from the previous fetch, sent as If-None-Match; null for none
   * @param lastModified the Last-Modified from the previous fetch, sent as If-Modified-Since; null for none
   * @return the response; {@link FetchResult#notModified()} when the server answered 304;
   *     {@link FetchResult#movedTo()} when the chain began with permanent redirects
   * @throws FetchException when the URL is blocked, the server fails or answers non-2xx, the body is too
   *     large, redirects are too many, or the timeout expires; {@link FetchException#reason()} says which,
   *     and {@link FetchException#retryAfter()} carries the Retry-After of a 429 or 503
   */
  public FetchResult fetch(URI uri, String etag, String lastModified) throws FetchException {
    Objects.requireNonNull(uri, "uri");
    long deadline = System.nanoTime() + config.requestTimeout().toNanos();
    URI current = uri;
    URI movedTo = null;
    boolean permanentSoFar = true;
    for (int redirects = 0; ; redirects++) {
      check(current);
      try (GuardedHttpClient.Exchange response = exchange(current, etag, lastModified, deadline)) {
        int status = response.status();
        HttpHeaders headers = response.headers();
        if (REDIRECTS.contains(status)) {
          if (redirects >= config.maxRedirects()) {
            throw new FetchException(Reason.TOO_MANY_REDIRECTS, "more than " + config.maxRedirects()
                + " redirects starting at " + RedactedUri.of(uri), status, null);
          }
          current = location(current, status, headers);
          // Only a chain that is permanent from the start moves the feed; after a temporary hop the
          // original URL stays the one to ask.
          permanentSoFar &= PERMANENT_REDIRECTS.contains(status);
          if (permanentSoFar) {
            movedTo = current;
          }
          continue;
        }
        String newEtag = headers.firstValue("ETag").orElse(null);
        String newLastModified = headers.firstValue("Last-Modified").orElse(null);
        Duration freshFor = HttpDates.freshness(headers, clock.instant()).orElse(null);
        if (status == 304) {
          return new FetchResult(current, status, new byte[0], null,
              newEtag != null ? newEtag : etag, newLastModified != null ? newLastModified : lastModified, true,
              movedTo, freshFor, headers.allValues("Link"));
        }
        if (status < 200 || status > 299) {
          // Error pages are not downloaded: closing the exchange drops the connection.
          Duration retryAfter = RETRY_LATER.contains(status)
              ? HttpDates.retryAfter(headers.firstValue("Retry-After").orElse(null), clock.instant()).orElse(null)
              : null;
          throw new FetchException(Reason.HTTP_STATUS, "HTTP " + status + " from " + RedactedUri.of(current)
              + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + " s"), status, retryAfter,
              null);
        }
        String where = RedactedUri.of(current);
        byte[] raw;
        try {
          raw = response.body(config.maxBodyBytes());
        } catch (IOException e) {
          throw failure(where, e);
        }
        byte[] body = ContentDecoder.decode(headers.firstValue("Content-Encoding").orElse(null), raw,
            config.maxBodyBytes(), where);
        return new FetchResult(current, status, body, headers.firstValue("Content-Type").orElse(null),
            newEtag, newLastModified, false, movedTo, freshFor, headers.allValues("Link"));
      }
    }
  }

  /** Aborts exchanges still running and releases the client's connections and threads. */
  @Override
  public void close() {
    client.close();
  }

  private void check(URI uri) throws FetchException {
    try {
      guard.checkTarget(uri);
    } catch (BlockedAddressException e) {
      throw blocked(uri, e);
    }
  }

  private static FetchException blocked(URI uri, BlockedAddressException e) {
    return new FetchException(Reason.BLOCKED, "refused " + RedactedUri.of(uri) + ": " + e.getMessage(), 0, e);
  }

  /** Sends the GET; the guard checks the addresses when the connection is opened. */
  private GuardedHttpClient.Exchange exchange(URI uri, String etag, String lastModified, long deadline)
      throws FetchException {
    remaining(uri, deadline);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", config.userAgent());
    headers.put("Accept", ACCEPT);
    headers.put("Accept-Encoding", "gzip");
    if (etag != null && !etag.isBlank()) {
      headers.put("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      headers.put("If-Modified-Since", lastModified);
    }
    try {
      return client.send("GET", uri, headers, null, null, deadline);
    } catch (IOException | IllegalArgumentException e) {
      BlockedAddressException refusal = GuardedDnsResolver.refusalIn(e);
      if (refusal != null) {
        throw blocked(uri, refusal);
      }
      if (e instanceof UnknownHostException) {
        throw new FetchException(Reason.DNS, "cannot fetch " + RedactedUri.of(uri) + ": " + e.getMessage(), 0, e);
      }
      throw failure(RedactedUri.of(uri), e);
    }
  }

  private FetchException failure(String where, Exception cause) {
    if (cause instanceof BodyTooLargeException) {
      return new FetchException(Reason.TOO_LARGE, cause.getMessage() + " from " + where, 0, cause);
    }
    if (cause instanceof IncompleteBodyException) {
      return new FetchException(Reason.TRUNCATED, cause.getMessage() + " from " + where, 0, cause);
    }
    if (cause instanceof InterruptedIOException) {
      if (Thread.currentThread().isInterrupted()) {
        return new FetchException(Reason.IO, "interrupted while fetching " + where, 0, cause);
      }
      return timeout(where, cause);
    }
    String detail = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    return new FetchException(Reason.IO, "cannot fetch " + where + ": " + detail, 0, cause);
  }

  private FetchException timeout(String where, Throwable cause) {
    return new FetchException(Reason.TIMEOUT,
        "no complete response from " + where + " within " + config.requestTimeout(), 0, cause);
  }

  private long remaining(URI uri, long deadline) throws FetchException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timeout(RedactedUri.of(uri), null);
    }
    return left;
  }

  private static URI location(URI current, int status, HttpHeaders headers) throws FetchException {
    String location = headers.firstValue("Location").orElse(null);
    if (location == null || location.isBlank()) {
      throw new FetchException(Reason.HTTP_STATUS, "HTTP " + status + " without Location from "
          + RedactedUri.of(current), status, null);
    }
    try {
      return current.resolve(new URI(location.strip().replace(" ", "%20")));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(Reason.HTTP_STATUS, "invalid redirect Location from " + RedactedUri.of(current),
          status, e);
    }
  }
}
