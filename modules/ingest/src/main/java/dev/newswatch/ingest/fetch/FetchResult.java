package dev.newswatch.ingest.fetch;

import java.net.URI;
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
 */
public record FetchResult(
    URI finalUri, int status, byte[] body, String contentType, String etag, String lastModified,
    boolean notModified) {

  public FetchResult {
    Objects.requireNonNull(finalUri, "finalUri");
    body = body == null ? new byte[0] : body;
  }
}
