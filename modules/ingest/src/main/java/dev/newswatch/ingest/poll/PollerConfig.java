package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.fetch.FetchConfig;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link PollerService} polls and how often.
 *
 * @param feeds                the feeds, each URL at most once
 * @param interval             time between the end of one poll of a feed and the start of the next; at least 1 s
 * @param maxConcurrentFetches feeds fetched at the same time, at least 1
 * @param fetch                HTTP limits and SSRF policy
 */
public record PollerConfig(List<FeedSource> feeds, Duration interval, int maxConcurrentFetches, FetchConfig fetch) {

  /** Shortest interval accepted: polling faster is impolite to outlets and gains nothing for news. */
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

  public PollerConfig {
    feeds = List.copyOf(Objects.requireNonNull(feeds, "feeds"));
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(fetch, "fetch");
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException("interval must be at least " + MIN_INTERVAL + ", was " + interval);
    }
    if (maxConcurrentFetches < 1) {
      throw new IllegalArgumentException("maxConcurrentFetches must be at least 1, was " + maxConcurrentFetches);
    }
    Set<String> urls = new HashSet<>();
    for (FeedSource feed : feeds) {
      if (!urls.add(feed.url())) {
        throw new IllegalArgumentException("feed listed twice: " + feed.name());
      }
    }
  }
}
