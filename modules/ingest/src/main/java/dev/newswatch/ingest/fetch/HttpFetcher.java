package dev.newswatch.ingest.fetch;

import dev.newswatch.ingest.fetch.CappedBodySubscriber.BodyTooLargeException;
import dev.newswatch.ingest.fetch.FetchException.Reason;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.model.net.AddressGuard.BlockedAddressException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Fetches feed documents over HTTP(S) within the limits of a {@link FetchConfig}: every URL, including
 * each redirect target, passes the SSRF {@link AddressGuard} first; requests are conditional when an
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

  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  private final FetchConfig config;
  private final AddressGuard guard;
  private final HttpClient client;
  private final Clock clock;

  public HttpFetcher(FetchConfig config) {
    this(config, Clock.systemUTC());
  }

  /**
   * @param config limits and identity of every request
   * @param clock  the time that Retry-After and Expires dates are measured against
   */
  public HttpFetcher(FetchConfig config, Clock clock) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.guard = config.guard();
    // Redirects are followed by hand so that every hop goes through the guard.
    this.client = config.newClient();
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
      HttpResponse<byte[]> response = exchange(request(current, etag, lastModified, deadline), deadline);
      int status = response.statusCode();
      if (REDIRECTS.contains(status)) {
        if (redirects >= config.maxRedirects()) {
          throw new FetchException(Reason.TOO_MANY_REDIRECTS, "more than " + config.maxRedirects()
              + " redirects starting at " + RedactedUri.of(uri), status, null);
        }
        current = location(current, response);
        // Only a chain that is permanent from the start moves the feed; after a temporary hop the
        // original URL stays the one to ask.
        permanentSoFar &= PERMANENT_REDIRECTS.contains(status);
        if (permanentSoFar) {
          movedTo = current;
        }
        continue;
      }
      String newEtag = response.headers().firstValue("ETag").orElse(null);
      String newLastModified = response.headers().firstValue("Last-Modified").orElse(null);
      Duration freshFor = HttpDates.freshness(response.headers(), clock.instant()).orElse(null);
      if (status == 304) {
        return new FetchResult(current, status, new byte[0], null,
            newEtag != null ? newEtag : etag, newLastModified != null ? newLastModified : lastModified, true,
            movedTo, freshFor, response.headers().allValues("Link"));
      }
      if (status < 200 || status > 299) {
        Duration retryAfter = RETRY_LATER.contains(status)
            ? HttpDates.retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock.instant())
                .orElse(null)
            : null;
        throw new FetchException(Reason.HTTP_STATUS, "HTTP " + status + " from " + RedactedUri.of(current)
            + (retryAfter == null ? "" : ", retry after " + retryAfter.toSeconds() + " s"), status, retryAfter, null);
      }
      byte[] body = ContentDecoder.decode(response.headers().firstValue("Content-Encoding").orElse(null),
          response.body(), config.maxBodyBytes(), RedactedUri.of(current));
      return new FetchResult(current, status, body, response.headers().firstValue("Content-Type").orElse(null),
          newEtag, newLastModified, false, movedTo, freshFor, response.headers().allValues("Link"));
    }
  }

  /** Aborts exchanges still running and releases the client's connections and threads. */
  @Override
  public void close() {
    client.shutdownNow();
    try {
      client.awaitTermination(CLOSE_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void check(URI uri) throws FetchException {
    try {
      guard.check(uri);
    } catch (BlockedAddressException e) {
      throw new FetchException(Reason.BLOCKED, "refused " + RedactedUri.of(uri) + ": " + e.getMessage(), 0, e);
    } catch (java.net.UnknownHostException e) {
      throw new FetchException(Reason.DNS, "cannot fetch " + RedactedUri.of(uri) + ": " + e.getMessage(), 0, e);
    }
  }

  private HttpRequest request(URI uri, String etag, String lastModified, long deadline) throws FetchException {
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(uri);
    } catch (IllegalArgumentException e) {
      throw new FetchException(Reason.IO, "cannot request " + RedactedUri.of(uri) + ": " + e.getMessage(), 0, e);
    }
    builder.GET()
        .timeout(Duration.ofNanos(remaining(uri, deadline)))
        .header("User-Agent", config.userAgent())
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip");
    if (etag != null && !etag.isBlank()) {
      builder.header("If-None-Match", etag);
    }
    if (lastModified != null && !lastModified.isBlank()) {
      builder.header("If-Modified-Since", lastModified);
    }
    return builder.build();
  }

  private HttpResponse<byte[]> exchange(HttpRequest request, long deadline) throws FetchException {
    String where = RedactedUri.of(request.uri());
    return HttpExchange.await(client.sendAsync(request, this::subscriber), remaining(request.uri(), deadline),
        "interrupted while fetching " + where, e -> timeout(where, e), e -> failure(where, e.getCause()));
  }

  /** Keeps bodies of 2xx answers (capped) and refuses the rest: errors and redirects need no body. */
  private BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info) {
    if (info.statusCode() < 200 || info.statusCode() > 299) {
      return CappedBodySubscriber.none();
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    return new CappedBodySubscriber(config.maxBodyBytes(), declared);
  }

  private FetchException failure(String where, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLargeException) {
        return new FetchException(Reason.TOO_LARGE, t.getMessage() + " from " + where, 0, t);
      }
      if (t instanceof HttpTimeoutException) {
        return timeout(where, t);
      }
    }
    String detail = cause == null ? "unknown error" : cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
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

  private static URI location(URI current, HttpResponse<?> response) throws FetchException {
    String location = response.headers().firstValue("Location").orElse(null);
    if (location == null || location.isBlank()) {
      throw new FetchException(Reason.HTTP_STATUS, "HTTP " + response.statusCode() + " without Location from "
          + RedactedUri.of(current), response.statusCode(), null);
    }
    try {
      return current.resolve(new URI(location.strip().replace(" ", "%20")));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(Reason.HTTP_STATUS, "invalid redirect Location from " + RedactedUri.of(current),
          response.statusCode(), e);
    }
  }
}
