package dev.newswatch.ingest.fetch;

import java.net.URI;

/**
 * A URL as it may appear in logs, status pages and error messages: scheme, host, port and path only.
 * Private feeds put tokens in the query string or user info, so those are never printed.
 */
public final class RedactedUri {

  private RedactedUri() {}

  /** The redacted form of a URI; a query string is shown as {@code ?…}. */
  public static String of(URI uri) {
    if (uri == null) {
      return "null";
    }
    if (uri.getHost() == null) {
      return uri.getScheme() == null ? "(relative URL)" : uri.getScheme() + ":…";
    }
    StringBuilder out = new StringBuilder();
    out.append(uri.getScheme()).append("://").append(uri.getHost());
    if (uri.getPort() != -1) {
      out.append(':').append(uri.getPort());
    }
    out.append(uri.getRawPath() == null ? "" : uri.getRawPath());
    if (uri.getRawQuery() != null) {
      out.append("?…");
    }
    return out.toString();
  }

  /** The redacted form of a URL string; one that does not parse is not printed at all. */
  public static String of(String url) {
    try {
      return of(URI.create(url));
    } catch (IllegalArgumentException e) {
      return "(unparseable URL)";
    }
  }
}
