package dev.newswatch.pipeline;

import dev.newswatch.analysis.cluster.DuplicateState;
import dev.newswatch.analysis.cluster.Fingerprint;
import dev.newswatch.analysis.cluster.StoryState;
import dev.newswatch.analysis.cluster.StorySummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * {@link DuplicateState} and {@link StoryState} over the cluster stage's state stores (see
 * {@link ClusterStores}), so that the topology runs the very {@code ClusterEngine} code the offline tool
 * runs over maps. Band lists live in a window store (retention = the dedup window; segments expire by
 * event time); everything else in {@link TimedStore}s that {@link #expire} trims.
 *
 * <p>Recently used story summaries and fingerprints are also kept decoded in bounded LRU maps in front of
 * their stores: every article scores up to 16 candidate stories and decoding them from RocksDB was the
 * largest cost after the engine itself. The processor is the only writer of its task's stores, so a
 * write-through cache stays exact; it starts empty whenever the task (re)starts and is cleared when state
 * expires.
 */
final class StoreClusterState implements DuplicateState, StoryState {

  /** Per-key lists are capped as in {@code MemoryClusterState}: a key shared by everything is noise. */
  static final int MAX_PER_KEY = 64;

  private final TimedStore contentHashes;
  private final WindowStore<Long, String> bands;
  private final TimedStore fingerprints;
  private final TimedStore representatives;
  private final TimedStore stories;
  private final TimedStore index;
  private final TimedStore articleStories;
  /** Decoded summaries kept in memory: about the stories of the last few hours of a busy stream. */
  static final int STORY_CACHE = 4_096;
  /** Decoded fingerprints kept in memory (about 500 bytes each). */
  static final int FINGERPRINT_CACHE = 16_384;

  private final Map<String, StorySummary> storyCache = lru(STORY_CACHE);
  private final Map<String, Fingerprint> fingerprintCache = lru(FINGERPRINT_CACHE);

  StoreClusterState(TimedStore contentHashes, WindowStore<Long, String> bands, TimedStore fingerprints,
      TimedStore representatives, TimedStore stories, TimedStore index, TimedStore articleStories) {
    this.contentHashes = contentHashes;
    this.bands = bands;
    this.fingerprints = fingerprints;
    this.representatives = representatives;
    this.stories = stories;
    this.index = index;
    this.articleStories = articleStories;
  }

  private static <V> Map<String, V> lru(int capacity) {
    return new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public String idForContentHash(String contentHash) {
    return contentHashes.getString(contentHash);
  }

  @Override
  public void putContentHash(String contentHash, String articleId, long timeMs) {
    if (contentHashes.get(contentHash) == null) {
      contentHashes.putString(contentHash, timeMs, articleId);
    }
  }

  /** The newest {@value #MAX_PER_KEY} fingerprints under the key, oldest first (the in-memory order). */
  @Override
  public Collection<Fingerprint> band(long bandKey) {
    ArrayDeque<Fingerprint> out = new ArrayDeque<>();
    try (WindowStoreIterator<String> it = bands.backwardFetch(bandKey, 0L, Long.MAX_VALUE)) {
      while (it.hasNext() && out.size() < MAX_PER_KEY) {
        Fingerprint fp = fingerprint(it.next().value);
        if (fp != null) {
          out.addFirst(fp);
        }
      }
    }
    return out;
  }

  @Override
  public void addToBand(long bandKey, Fingerprint fingerprint) {
    bands.put(bandKey, fingerprint.id(), fingerprint.publishedMs());
  }

  @Override
  public Fingerprint fingerprint(String articleId) {
    Fingerprint cached = fingerprintCache.get(articleId);
    if (cached != null) {
      return cached;
    }
    byte[] bytes = fingerprints.get(articleId);
    if (bytes == null) {
      return null;
    }
    Fingerprint fp = ClusterCodec.fingerprint(bytes);
    fingerprintCache.put(articleId, fp);
    return fp;
  }

  @Override
  public void putFingerprint(Fingerprint fingerprint) {
    fingerprints.put(fingerprint.id(), fingerprint.publishedMs(), ClusterCodec.fingerprint(fingerprint));
    fingerprintCache.put(fingerprint.id(), fingerprint);
  }

  @Override
  public String representative(String articleId) {
    return representatives.getString(articleId);
  }

  @Override
  public void putRepresentative(String articleId, String representativeId, long timeMs) {
    representatives.putString(articleId, timeMs, representativeId);
  }

  @Override
  public StorySummary story(String storyId) {
    StorySummary cached = storyCache.get(storyId);
    if (cached != null) {
      return cached;
    }
    byte[] bytes = stories.get(storyId);
    if (bytes == null) {
      return null;
    }
    StorySummary story = ClusterCodec.story(bytes);
    storyCache.put(storyId, story);
    return story;
  }

  @Override
  public void putStory(StorySummary story) {
    stories.put(story.id(), story.lastSeenMs(), ClusterCodec.story(story));
    storyCache.put(story.id(), story);
  }

  @Override
  public Collection<String> storiesFor(String featureKey) {
    byte[] bytes = index.get(featureKey);
    if (bytes == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (ClusterCodec.IndexEntry e : ClusterCodec.index(bytes)) {
      ids.add(e.storyId());
    }
    return ids;
  }

  @Override
  public void index(String featureKey, String storyId, long timeMs) {
    byte[] bytes = index.get(featureKey);
    List<ClusterCodec.IndexEntry> entries = bytes == null ? new ArrayList<>() : ClusterCodec.index(bytes);
    entries.removeIf(e -> e.storyId().equals(storyId));
    if (entries.size() >= MAX_PER_KEY) {
      entries.remove(0);
    }
    entries.add(new ClusterCodec.IndexEntry(storyId, timeMs));
    long newest = entries.stream().mapToLong(ClusterCodec.IndexEntry::timeMs).max().orElse(timeMs);
    index.put(featureKey, newest, ClusterCodec.index(entries));
  }

  @Override
  public String storyOfArticle(String articleId) {
    return articleStories.getString(articleId);
  }

  @Override
  public void putArticleStory(String articleId, String storyId, long timeMs) {
    articleStories.putString(articleId, timeMs, storyId);
  }

  /**
   * Drops entries older than {@code cutoffMs} (event time). A story-index list goes when its newest entry
   * is older; older entries inside a live list stay until then (they only point at stories that no
   * longer exist, which the clusterer skips). Returns how many entries went.
   */
  int expire(long cutoffMs) {
    storyCache.clear();
    fingerprintCache.clear();
    return contentHashes.expire(cutoffMs) + fingerprints.expire(cutoffMs) + representatives.expire(cutoffMs)
        + stories.expire(cutoffMs) + index.expire(cutoffMs) + articleStories.expire(cutoffMs);
  }
}
