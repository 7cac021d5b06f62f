package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.fetch.RedactedUri;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The latest {@link FeedStatus} of every configured feed, updated by concurrent polls. */
final class FeedStatusBoard {

  private final List<String> urls;
  private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();

  FeedStatusBoard(List<FeedSource> feeds) {
    this.urls = feeds.stream().map(FeedSource::url).toList();
    for (String url : urls) {
      statuses.put(url, new FeedStatus(RedactedUri.of(url), FeedStatus.PENDING, null, null, 0, 0));
    }
  }

  void succeeded(String url, String outcome, Instant at, int published) {
    statuses.computeIfPresent(url, (u, s) ->
        new FeedStatus(s.url(), outcome, null, at, 0, s.articlesPublished() + published));
  }

  void failed(String url, String outcome, String error, Instant at) {
    statuses.computeIfPresent(url, (u, s) ->
        new FeedStatus(s.url(), outcome, error, at, s.consecutiveFailures() + 1, s.articlesPublished()));
  }

  /** Feeds whose last poll failed. */
  int failing() {
    return (int) statuses.values().stream().filter(s -> s.consecutiveFailures() > 0).count();
  }

  /** Status per configured feed URL, in configuration order. */
  Map<String, FeedStatus> snapshot() {
    Map<String, FeedStatus> copy = new LinkedHashMap<>();
    for (String url : urls) {
      copy.put(url, statuses.get(url));
    }
    return Collections.unmodifiableMap(copy);
  }
}
