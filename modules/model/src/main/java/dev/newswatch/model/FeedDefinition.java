package dev.newswatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One feed of the registry: the record type of the compacted {@link Topics#FEEDS}, keyed by feed URL.
 * The latest record of a URL says whether the feed is polled. A removed feed keeps a record with
 * {@code removed = true} (rather than only a tombstone), so a restart that still finds the URL in the
 * configuration file does not bring it back.
 *
 * @param url       absolute http(s) URL of the feed: its identity and key, also the key of its state
 * @param name      a human label
 * @param source    {@link #SOURCE_CONFIG} (seeded from the configuration file) or {@link #SOURCE_API}
 * @param addedAt   when the feed was (last) added
 * @param removed   true once the feed was removed: no longer polled, not re-seeded from the configuration
 * @param removedAt when it was removed, or null
 */
public record FeedDefinition(String url, String name, String source, Instant addedAt, boolean removed,
    Instant removedAt) {

  public static final String SOURCE_CONFIG = "config";
  public static final String SOURCE_API = "api";
  public static final List<String> SOURCES = List.of(SOURCE_CONFIG, SOURCE_API);
  /** Longest URL accepted; longer ones are almost always pasted by mistake and bloat every key. */
  public static final int MAX_URL_CHARS = 2_048;
  public static final int MAX_NAME_CHARS = 200;

  public FeedDefinition {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(addedAt, "addedAt");
    if (url.isBlank() || url.length() > MAX_URL_CHARS) {
      throw new IllegalArgumentException("feed url must be 1-" + MAX_URL_CHARS + " characters");
    }
    if (!SOURCES.contains(source)) {
      throw new IllegalArgumentException("feed source must be one of " + SOURCES + ", was " + source);
    }
    name = name == null || name.isBlank() ? url : name.strip();
    if (name.length() > MAX_NAME_CHARS) {
      name = name.substring(0, MAX_NAME_CHARS);
    }
  }

  /** A feed being polled. */
  public static FeedDefinition active(String url, String name, String source, Instant addedAt) {
    return new FeedDefinition(url, name, source, addedAt, false, null);
  }

  /** This feed, marked removed at the given time. */
  public FeedDefinition markedRemoved(Instant at) {
    return new FeedDefinition(url, name, source, addedAt, true, at);
  }

  /** The URL-safe id the HTTP API names the feed by: a 32-hex-digit SHA-256 prefix of the URL. */
  public String id() {
    return idOf(url);
  }

  /** The id of a feed URL, see {@link #id()}. */
  public static String idOf(String url) {
    return ArticleIds.hash("feed", url);
  }
}
