package dev.newswatch.model;

import java.util.List;
import java.util.Objects;

/**
 * A subscriber's standing query. An article matches when it carries at least one of {@code tags} (or
 * {@code tags} is empty) and contains at least one of {@code keywords} (or {@code keywords} is empty);
 * a subscription with neither matches nothing, so a typo never floods a subscriber.
 *
 * @param id       stable id, used as alert key and in metrics-free logs
 * @param name     display name
 * @param tags     tag names from {@link Tags}, any of which must be present; the retired name
 *                 {@code pardon-release} is read as {@code pardon}
 * @param keywords words or phrases, any of which must occur (case- and accent-insensitive)
 * @param channels where alerts go
 */
public record Subscription(String id, String name, List<String> tags, List<String> keywords, List<Channel> channels) {

  public Subscription {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || id.length() > 200) {
      throw new IllegalArgumentException("subscription id must be 1-200 characters");
    }
    name = name == null || name.isBlank() ? id : name;
    tags = tags == null ? List.of() : tags.stream().map(Tags::canonical).distinct().toList();
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    channels = channels == null ? List.of() : List.copyOf(channels);
    for (String tag : tags) {
      if (!Tags.ALL.contains(tag)) {
        throw new IllegalArgumentException("subscription " + id + ": unknown tag '" + tag + "', known: " + Tags.ALL);
      }
    }
  }

  /**
   * One delivery channel.
   *
   * @param type   "webhook" (JSON POST, HMAC-SHA256 signed when a secret is set) or "console"
   * @param url    the webhook URL (webhook only)
   * @param secret the HMAC secret (webhook only, optional); never logged
   */
  public record Channel(String type, String url, String secret) {
    public static final List<String> TYPES = List.of("webhook", "console");

    public Channel {
      Objects.requireNonNull(type, "channel type");
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("unknown channel type '" + type + "', known: " + TYPES);
      }
      if (type.equals("webhook") && (url == null || url.isBlank())) {
        throw new IllegalArgumentException("a webhook channel needs a url");
      }
    }

    @Override
    public String toString() {
      return "Channel[type=" + type + ", target=" + target() + ", secret=" + (secret == null ? "none" : "***") + "]";
    }

    /**
     * Scheme, host and port of the URL only: webhook URLs often carry a token in path or query
     * (chat webhooks do), so this is what logs and dead letters may show.
     */
    public String target() {
      if (url == null) {
        return type;
      }
      try {
        java.net.URI uri = java.net.URI.create(url.strip());
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + "/…";
      } catch (IllegalArgumentException e) {
        return "(invalid url)";
      }
    }
  }
}
