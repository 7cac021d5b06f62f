package dev.newswatch.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a successful fetch returned.
 *
 * @param finalUri     the URI that answered, after redirects; relative links resolve against it
 * @param status       the final HTTP status (2xx, or 304)
 * @param body         the decoded body (gzip removed); empty for 304
 * @param contentType  the Content-Type header, or null
 * @param etag         the ETag to send next time, or null
 * @param lastModified the Last-Modified value to send next time, or null
 * @param notModified  true when the server answered 304 to the conditional request
 * @param movedTo      where the feed now lives when the redirects began with permanent ones (301/308):
 *                     the target of the last permanent hop before any temporary one; null when the first
 *                     hop was temporary or there was none
 * @param freshFor     how long the server says the response stays fresh (Cache-Control max-age, else
 *                     Expires), or null when it does not say
 * @param links        the values of the final response's {@code Link} headers, as sent (WebSub hubs
 *                     announce themselves there); at most {@value #MAX_LINK_HEADERS}, empty when none
 */
public record FetchResult(
    URI finalUri, int status, byte[] body, String contentType, String etag, String lastModified,
    boolean notModified, URI movedTo, Duration freshFor, List<String> links) {

  /** Link headers kept per response; a feed announces one or two, more is noise or hostile. */
  public static final int MAX_LINK_HEADERS = 20;

  public FetchResult {
    Objects.requireNonNull(finalUri, "finalUri");
    body = body == null ? new byte[0] : body;
    links = links == null ? List.of()
        : List.copyOf(links.size() > MAX_LINK_HEADERS ? links.subList(0, MAX_LINK_HEADERS) : links);
  }

  /** A result without Link headers. */
  public FetchResult(URI finalUri, int status, byte[] body, String contentType, String etag, String lastModified,
      boolean notModified, URI movedTo, Duration freshFor) {
    this(finalUri, status, body, contentType, etag, lastModified, notModified, movedTo, freshFor, List.of());
  }

  /** A result without redirect or freshness information. */
  public FetchResult(URI finalUri, int status, byte[] body, String contentType, String etag, String lastModified,
      boolean notModified) {
    this(finalUri, status, body, contentType, etag, lastModified, notModified, null, null);
  }
}
