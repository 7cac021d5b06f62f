package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.fetch.FetchConfig;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link PollerService} polls, how often and how politely.
 *
 * @param feeds                the feeds, each URL at most once
 * @param interval             the starting interval of every feed and the base of the failure backoff;
 *                             at least 1 s
 * @param maxConcurrentFetches feeds fetched at the same time, at least 1
 * @param fetch                HTTP limits and SSRF policy
 * @param maxFetchesPerHost    feeds of one host fetched at the same time, at least 1
 * @param firstPollMaxItemAge  on the first poll of a feed, older items are remembered but not published;
 *                             items without a date count as new
 * @param schedule             adaptive interval bounds, backoff and the broken threshold
 * @param maxPagesPerPoll      article pages read per poll of one feed to attach their text; 0 reads none
 */
public record PollerConfig(List<FeedSource> feeds, Duration interval, int maxConcurrentFetches, FetchConfig fetch,
    int maxFetchesPerHost, Duration firstPollMaxItemAge, ScheduleConfig schedule, int maxPagesPerPoll) {

  /** Shortest interval accepted: polling faster is impolite to outlets and gains nothing for news. */
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
  public static final int DEFAULT_MAX_FETCHES_PER_HOST = 2;
  public static final Duration DEFAULT_FIRST_POLL_MAX_ITEM_AGE = Duration.ofDays(7);

  public PollerConfig {
    feeds = List.copyOf(Objects.requireNonNull(feeds, "feeds"));
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(firstPollMaxItemAge, "firstPollMaxItemAge");
    Objects.requireNonNull(schedule, "schedule");
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException("interval must be at least " + MIN_INTERVAL + ", was " + interval);
    }
    if (maxConcurrentFetches < 1) {
      throw new IllegalArgumentException("maxConcurrentFetches must be at least 1, was " + maxConcurrentFetches);
    }
    if (maxFetchesPerHost < 1) {
      throw new IllegalArgumentException("maxFetchesPerHost must be at least 1, was " + maxFetchesPerHost);
    }
    if (maxPagesPerPoll < 0) {
      throw new IllegalArgumentException("maxPagesPerPoll must not be negative, was " + maxPagesPerPoll);
    }
    if (firstPollMaxItemAge.isNegative() || firstPollMaxItemAge.isZero()) {
      throw new IllegalArgumentException("firstPollMaxItemAge must be positive, was " + firstPollMaxItemAge);
    }
    Set<String> urls = new HashSet<>();
    for (FeedSource feed : feeds) {
      if (!urls.add(feed.url())) {
        throw new IllegalArgumentException("feed listed twice: " + feed.name());
      }
    }
  }

  /**
   * A fixed interval (no adaptation), {@value #DEFAULT_MAX_FETCHES_PER_HOST} fetches per host, first
   * polls publishing items up to 7 days old, the default backoff and broken threshold, and no article
   * pages read.
   */
  public PollerConfig(List<FeedSource> feeds, Duration interval, int maxConcurrentFetches, FetchConfig fetch) {
    this(feeds, interval, maxConcurrentFetches, fetch, DEFAULT_MAX_FETCHES_PER_HOST,
        DEFAULT_FIRST_POLL_MAX_ITEM_AGE, ScheduleConfig.fixed(Objects.requireNonNull(interval, "interval")), 0);
  }

  /** This configuration reading up to {@code pages} article pages per poll. */
  public PollerConfig withMaxPagesPerPoll(int pages) {
    return new PollerConfig(feeds, interval, maxConcurrentFetches, fetch, maxFetchesPerHost, firstPollMaxItemAge,
        schedule, pages);
  }
}
