package dev.newswatch.ingest.poll;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A feed to poll.
 *
 * @param url  absolute http(s) URL of the feed; also its key on the feed-state topic
 * @param name a human label for logs and status pages; defaults to the URL's host
 */
public record FeedSource(String url, String name) {

  public FeedSource {
    Objects.requireNonNull(url, "url");
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("feed URL is not a URL: " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException("feed URL must be an absolute http(s) URL with a host");
    }
    url = url.strip();
    name = name == null || name.isBlank() ? uri.getHost() : name.strip();
  }

  /** The URL as a URI; valid by construction. */
  public URI uri() {
    return URI.create(url);
  }
}
