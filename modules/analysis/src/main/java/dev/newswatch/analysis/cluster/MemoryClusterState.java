package dev.newswatch.analysis.cluster;

import dev.newswatch.analysis.cluster.dup.BandState;
import dev.newswatch.analysis.cluster.dup.DuplicateDetector;
import dev.newswatch.analysis.cluster.dup.DuplicateState;
import dev.newswatch.analysis.cluster.dup.Fingerprint;
import dev.newswatch.analysis.cluster.story.StoryState;
import dev.newswatch.analysis.cluster.story.StorySummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@link BandState}, {@link DuplicateState} and {@link StoryState} in maps, for the offline tool and tests. Entries older
 * than the window behind the latest time seen are dropped by {@link #expire()}, which the caller runs now
 * and then; that mirrors the retention of the topology's stores. Not thread-safe.
 */
public final class MemoryClusterState implements BandState, DuplicateState, StoryState {

  /** Per-key lists are capped like the topology's: a band or feature key shared by everything is noise. */
  static final int MAX_PER_KEY = 64;

  private record Timed<V>(V value, long timeMs) {}

  private final long windowMs;
  private long latestMs = Long.MIN_VALUE;
  private final Map<String, Timed<String>> contentHashes = new HashMap<>();
  private final Map<Long, ArrayDeque<Fingerprint>> bands = new HashMap<>();
  private final Map<String, Fingerprint> fingerprints = new HashMap<>();
  private final Map<String, Timed<Decided>> decided = new HashMap<>();
  private final Map<String, List<Timed<DuplicateDetector.Match>>> links = new HashMap<>();
  private final Map<String, StorySummary> stories = new HashMap<>();
  private final Map<String, ArrayDeque<Timed<String>>> index = new HashMap<>();
  private final Map<String, Timed<String>> articleStories = new HashMap<>();

  /** @param windowMs how long entries live, in event time */
  public MemoryClusterState(long windowMs) {
    this.windowMs = windowMs;
  }

  private void saw(long timeMs) {
    latestMs = Math.max(latestMs, timeMs);
  }

  @Override
  public String idForContentHash(String contentHash, long fromMs, long toMs) {
    Timed<String> t = contentHashes.get(contentHash);
    return t == null || t.timeMs() < fromMs || t.timeMs() > toMs ? null : t.value();
  }

  @Override
  public void putContentHash(String contentHash, String articleId, long timeMs) {
    saw(timeMs);
    contentHashes.put(contentHash, new Timed<>(articleId, timeMs));
  }

  @Override
  public Collection<Fingerprint> band(long bandKey) {
    ArrayDeque<Fingerprint> list = bands.get(bandKey);
    return list == null ? List.of() : list;
  }

  @Override
  public void addToBand(long bandKey, Fingerprint fingerprint) {
    saw(fingerprint.publishedMs());
    ArrayDeque<Fingerprint> list = bands.computeIfAbsent(bandKey, k -> new ArrayDeque<>());
    if (list.size() >= MAX_PER_KEY) {
      list.removeFirst();
    }
    list.addLast(fingerprint);
  }

  @Override
  public Fingerprint fingerprint(String articleId) {
    return fingerprints.get(articleId);
  }

  @Override
  public void putFingerprint(Fingerprint fingerprint) {
    saw(fingerprint.publishedMs());
    fingerprints.put(fingerprint.id(), fingerprint);
  }

  @Override
  public Decided decided(String articleId) {
    Timed<Decided> t = decided.get(articleId);
    return t == null ? null : t.value();
  }

  @Override
  public void putDecided(String articleId, Decided value, long timeMs) {
    saw(timeMs);
    decided.put(articleId, new Timed<>(value, timeMs));
  }

  @Override
  public List<DuplicateDetector.Match> links(String articleId) {
    List<Timed<DuplicateDetector.Match>> list = links.get(articleId);
    if (list == null) {
      return List.of();
    }
    List<DuplicateDetector.Match> out = new ArrayList<>(list.size());
    list.forEach(t -> out.add(t.value()));
    return out;
  }

  @Override
  public void addLink(String articleId, DuplicateDetector.Match link, long timeMs) {
    saw(timeMs);
    List<Timed<DuplicateDetector.Match>> list = links.computeIfAbsent(articleId, k -> new ArrayList<>());
    if (list.size() < MAX_PER_KEY) {
      list.add(new Timed<>(link, timeMs));
    }
  }

  @Override
  public StorySummary story(String storyId) {
    return stories.get(storyId);
  }

  @Override
  public void putStory(StorySummary story) {
    saw(story.lastSeenMs());
    stories.put(story.id(), story);
  }

  @Override
  public Collection<String> storiesFor(String featureKey) {
    ArrayDeque<Timed<String>> list = index.get(featureKey);
    if (list == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>(list.size());
    for (Timed<String> t : list) {
      ids.add(t.value());
    }
    return ids;
  }

  @Override
  public void index(String featureKey, String storyId, long timeMs) {
    saw(timeMs);
    ArrayDeque<Timed<String>> list = index.computeIfAbsent(featureKey, k -> new ArrayDeque<>());
    list.removeIf(t -> t.value().equals(storyId));
    if (list.size() >= MAX_PER_KEY) {
      list.removeFirst();
    }
    list.addLast(new Timed<>(storyId, timeMs));
  }

  @Override
  public String storyOfArticle(String articleId) {
    Timed<String> t = articleStories.get(articleId);
    return t == null ? null : t.value();
  }

  @Override
  public void putArticleStory(String articleId, String storyId, long timeMs) {
    saw(timeMs);
    articleStories.put(articleId, new Timed<>(storyId, timeMs));
  }

  /** Drops every entry older than the window behind the latest time seen. */
  public void expire() {
    if (latestMs == Long.MIN_VALUE) {
      return;
    }
    long cutoff = latestMs - windowMs;
    contentHashes.values().removeIf(t -> t.timeMs() < cutoff);
    decided.values().removeIf(t -> t.timeMs() < cutoff);
    links.values().removeIf(list -> list.stream().allMatch(t -> t.timeMs() < cutoff));
    articleStories.values().removeIf(t -> t.timeMs() < cutoff);
    fingerprints.values().removeIf(f -> f.publishedMs() < cutoff);
    stories.values().removeIf(s -> s.lastSeenMs() < cutoff);
    for (Iterator<ArrayDeque<Fingerprint>> it = bands.values().iterator(); it.hasNext(); ) {
      ArrayDeque<Fingerprint> list = it.next();
      list.removeIf(f -> f.publishedMs() < cutoff);
      if (list.isEmpty()) {
        it.remove();
      }
    }
    for (Iterator<ArrayDeque<Timed<String>>> it = index.values().iterator(); it.hasNext(); ) {
      ArrayDeque<Timed<String>> list = it.next();
      list.removeIf(t -> t.timeMs() < cutoff);
      if (list.isEmpty()) {
        it.remove();
      }
    }
  }

  /** Entries held across all maps (for the bounded-state check of the benchmark). */
  public int size() {
    int n = contentHashes.size() + fingerprints.size() + decided.size() + links.size() + stories.size()
        + articleStories.size();
    for (ArrayDeque<Fingerprint> list : bands.values()) {
      n += list.size();
    }
    for (ArrayDeque<Timed<String>> list : index.values()) {
      n += list.size();
    }
    return n;
  }
}
