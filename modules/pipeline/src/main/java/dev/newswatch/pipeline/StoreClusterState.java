package dev.newswatch.pipeline;

import dev.newswatch.analysis.cluster.DuplicateState;
import dev.newswatch.analysis.cluster.Fingerprint;
import dev.newswatch.analysis.cluster.StoryState;
import dev.newswatch.analysis.cluster.StorySummary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * <p>Story summaries read while one article is processed are cached until {@link #begin()}: the engine
 * reads a candidate story several times and each read would decode JSON again.
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
  private final Map<String, StorySummary> storyCache = new HashMap<>();

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

  /** Starts a new article: forgets the story summaries cached for the previous one. */
  void begin() {
    storyCache.clear();
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
    byte[] bytes = fingerprints.get(articleId);
    return bytes == null ? null : ClusterCodec.fingerprint(bytes);
  }

  @Override
  public void putFingerprint(Fingerprint fingerprint) {
    fingerprints.put(fingerprint.id(), fingerprint.publishedMs(), ClusterCodec.fingerprint(fingerprint));
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
    return contentHashes.expire(cutoffMs) + fingerprints.expire(cutoffMs) + representatives.expire(cutoffMs)
        + stories.expire(cutoffMs) + index.expire(cutoffMs) + articleStories.expire(cutoffMs);
  }
}
