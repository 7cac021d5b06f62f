package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.model.FeedState;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The latest {@link FeedStatus} of every feed this poller polls, updated by concurrent polls. Feeds come
 * and go as registry partitions are assigned to and revoked from this instance.
 */
final class FeedStatusBoard {

  private final List<String> urls = new CopyOnWriteArrayList<>();
  private final Map<String, FeedStatus> statuses = new ConcurrentHashMap<>();

  FeedStatusBoard(List<FeedSource> feeds) {
    feeds.forEach(this::add);
  }

  /** Starts showing a feed as pending; does nothing when it is shown already. */
  synchronized void add(FeedSource feed) {
    if (statuses.putIfAbsent(feed.url(), new FeedStatus(RedactedUri.of(feed.url()), FeedStatus.PENDING, null,
        null, 0, 0, FeedStatus.OK, null, null, null)) == null) {
      urls.add(feed.url());
    }
  }

  /** Stops showing a feed (no longer polled here). */
  synchronized void remove(String url) {
    urls.remove(url);
    statuses.remove(url);
  }

  /** Shows what a loaded state says (failures, broken, redirect, next poll) before the first poll. */
  void loaded(String url, FeedState state) {
    statuses.computeIfPresent(url, (u, s) -> new FeedStatus(s.url(), s.lastOutcome(), s.lastError(),
        s.lastPolledAt(), state.failures(), s.articlesPublished(), statusOf(state), state.nextPollAt(),
        pollUrl(state), state.brokenReason()));
  }

  /**
   * @param note what the poll could not do though it succeeded (articles held back), shown as the error,
   *             or null
   */
  void succeeded(String url, String outcome, Instant at, int published, FeedState state, String note) {
    statuses.computeIfPresent(url, (u, s) -> new FeedStatus(s.url(), outcome, note, at, 0,
        s.articlesPublished() + published, statusOf(state), state.nextPollAt(), pollUrl(state), null));
  }

  /** Counts articles a WebSub push brought; the poll fields stay those of the last poll. */
  void pushed(String url, int published) {
    statuses.computeIfPresent(url, (u, s) -> new FeedStatus(s.url(), s.lastOutcome(), s.lastError(),
        s.lastPolledAt(), s.consecutiveFailures(), s.articlesPublished() + published, s.status(), s.nextPollAt(),
        s.pollUrl(), s.brokenReason()));
  }

  void failed(String url, String outcome, String error, Instant at, FeedState state) {
    statuses.computeIfPresent(url, (u, s) -> new FeedStatus(s.url(), outcome, error, at,
        Math.max(state.failures(), s.consecutiveFailures() + 1), s.articlesPublished(), statusOf(state),
        state.nextPollAt(), pollUrl(state), state.brokenReason()));
  }

  /** Feeds whose last poll failed. */
  int failing() {
    return (int) statuses.values().stream().filter(s -> s.consecutiveFailures() > 0).count();
  }

  /** Number of feeds per {@link FeedStatus#status()}. */
  Map<String, Integer> countByStatus() {
    Map<String, Integer> counts = new HashMap<>();
    statuses.values().forEach(s -> counts.merge(s.status(), 1, Integer::sum));
    return counts;
  }

  /** Status per feed URL, in the order the feeds were added (configuration order for a fixed list). */
  Map<String, FeedStatus> snapshot() {
    Map<String, FeedStatus> copy = new LinkedHashMap<>();
    for (String url : urls) {
      FeedStatus status = statuses.get(url);
      if (status != null) {
        copy.put(url, status);
      }
    }
    return Collections.unmodifiableMap(copy);
  }

  private static String statusOf(FeedState state) {
    if (state.brokenReason() != null) {
      return FeedStatus.BROKEN;
    }
    return state.failures() > 0 ? FeedStatus.FAILING : FeedStatus.OK;
  }

  private static String pollUrl(FeedState state) {
    return state.redirectedUrl() == null ? null : RedactedUri.of(state.redirectedUrl());
  }
}
