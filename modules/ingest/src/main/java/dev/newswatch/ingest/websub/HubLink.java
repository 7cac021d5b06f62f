package dev.newswatch.ingest.websub;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a feed can be subscribed to with WebSub.
 *
 * @param hub   the hub, an absolute http(s) URL
 * @param topic the topic URL to subscribe to: the feed's self URL when it names one, else the feed URL
 */
public record HubLink(URI hub, URI topic) {

  public HubLink {
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(topic, "topic");
    if (!isWebUrl(hub)) {
      throw new IllegalArgumentException("hub must be an absolute http(s) URL");
    }
    if (!isWebUrl(topic)) {
      throw new IllegalArgumentException("topic must be an absolute http(s) URL");
    }
  }

  static boolean isWebUrl(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
  }
}
