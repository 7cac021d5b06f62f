package dev.newswatch.ingest.registry;

import dev.newswatch.ingest.poll.FeedSource;
import dev.newswatch.model.FeedDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the registry as pure functions of what it holds now: which records seeding writes, and
 * what adding or removing a feed writes. {@link FeedRegistry} writes the records they return.
 */
public final class RegistryChanges {

  private RegistryChanges() {}

  /**
   * The records seeding writes. A configured feed is added only when the registry has never seen its
   * URL: one removed through the API keeps its removed marker and stays removed, whatever the file says.
   * With {@code retireUnlisted}, feeds that came from the configuration and are no longer listed in it
   * are marked removed (feeds added through the API are never touched).
   *
   * @param known          the registry's latest record per URL, removed markers included
   * @param configured     the feeds of the configuration file
   * @param retireUnlisted whether config-sourced feeds missing from {@code configured} are removed
   * @param now            the time stamped on the new records
   */
  public static List<FeedDefinition> seed(Map<String, FeedDefinition> known, List<FeedSource> configured,
      boolean retireUnlisted, Instant now) {
    List<FeedDefinition> writes = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (FeedSource feed : configured) {
      listed.add(feed.url());
      if (!known.containsKey(feed.url())) {
        writes.add(FeedDefinition.active(feed.url(), feed.name(), FeedDefinition.SOURCE_CONFIG, now));
      }
    }
    if (retireUnlisted) {
      for (FeedDefinition definition : known.values()) {
        if (!definition.removed() && definition.source().equals(FeedDefinition.SOURCE_CONFIG)
            && !listed.contains(definition.url())) {
          writes.add(definition.markedRemoved(now));
        }
      }
    }
    return writes;
  }

  /** What adding a feed does: a new record, or nothing because the feed is already polled. */
  public record Addition(FeedDefinition definition, boolean created) {}

  /**
   * Adds a feed through the API: validates the URL (absolute http or https with a host, at most
   * {@link FeedDefinition#MAX_URL_CHARS} characters) and the name, and returns the record to write,
   * or the existing one when the URL is already polled. A removed feed is added again.
   *
   * @throws IllegalArgumentException with a message fit for the caller when the input is invalid
   */
  public static Addition add(Map<String, FeedDefinition> known, String url, String name, Instant now) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("url is required");
    }
    if (url.strip().length() > FeedDefinition.MAX_URL_CHARS) {
      throw new IllegalArgumentException("url is longer than " + FeedDefinition.MAX_URL_CHARS + " characters");
    }
    if (name != null && name.strip().length() > FeedDefinition.MAX_NAME_CHARS) {
      throw new IllegalArgumentException("name is longer than " + FeedDefinition.MAX_NAME_CHARS + " characters");
    }
    if (url.strip().chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      throw new IllegalArgumentException("url must not contain spaces or control characters");
    }
    FeedSource feed = new FeedSource(url, name);
    FeedDefinition existing = known.get(feed.url());
    if (existing != null && !existing.removed()) {
      return new Addition(existing, false);
    }
    return new Addition(FeedDefinition.active(feed.url(), feed.name(), FeedDefinition.SOURCE_API, now), true);
  }

  /** The removed marker to write for the feed with this id, or empty when no polled feed has it. */
  public static Optional<FeedDefinition> remove(Map<String, FeedDefinition> known, String id, Instant now) {
    return known.values().stream()
        .filter(d -> !d.removed() && d.id().equals(id))
        .findFirst()
        .map(d -> d.markedRemoved(now));
  }
}
