package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.dup.DuplicateDetector;
import dev.newswatch.analysis.cluster.dup.DuplicateState;
import dev.newswatch.analysis.cluster.story.StoryState;
import dev.newswatch.analysis.cluster.story.StorySummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link DuplicateState} and {@link StoryState} over the story step's state stores (see
 * {@link ClusterStores}): duplicate decisions and links, stories, the story index and each article's
 * story, in {@link TimedStore}s that {@link #expire} trims. With {@link StoreBandState} on the band
 * partitions, the topology runs the very {@code ClusterEngine} code the offline tool runs over maps.
 *
 * <p>Recently used story summaries are also kept decoded in a bounded LRU map in front of their store:
 * every article scores up to 16 candidate stories and decoding them from RocksDB was the largest cost
 * after the engine itself. The processor is the only writer of its task's stores, so a write-through
 * cache stays exact; it starts empty whenever the task (re)starts and is cleared when state expires.
 */
final class StoreClusterState implements DuplicateState, StoryState {

  /** Per-key lists are capped as in {@code MemoryClusterState}: a key shared by everything is noise. */
  static final int MAX_PER_KEY = 64;
  /** Decoded summaries kept in memory: about the stories of the last few hours of a busy stream. */
  static final int STORY_CACHE = 4_096;

  private final TimedStore decided;
  private final TimedStore links;
  private final DecodedCache<StorySummary> stories;
  /** Decoded story-index lists kept in memory: each article reads and rewrites about 16 of them. */
  static final int INDEX_CACHE = 16_384;
  private final DecodedCache<List<ClusterCodec.IndexEntry>> index;
  private final TimedStore articleStories;

  StoreClusterState(TimedStore decided, TimedStore links, TimedStore stories, TimedStore index,
      TimedStore articleStories) {
    this.decided = decided;
    this.links = links;
    this.stories = new DecodedCache<>(stories, STORY_CACHE, ClusterCodec::story, ClusterCodec::story, null);
    this.index = new DecodedCache<>(index, INDEX_CACHE, bytes -> List.copyOf(ClusterCodec.index(bytes)),
        ClusterCodec::index, List.of());
    this.articleStories = articleStories;
  }

  static <V> Map<String, V> lru(int capacity) {
    return new LinkedHashMap<>(capacity * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > capacity;
      }
    };
  }

  @Override
  public Decided decided(String articleId) {
    byte[] bytes = decided.get(articleId);
    return bytes == null ? null : ClusterMessages.decided(bytes);
  }

  @Override
  public void putDecided(String articleId, Decided value, long timeMs) {
    decided.put(articleId, timeMs, ClusterMessages.encode(value));
  }

  @Override
  public List<DuplicateDetector.Match> links(String articleId) {
    byte[] bytes = links.get(articleId);
    return bytes == null ? List.of() : ClusterMessages.matches(bytes);
  }

  @Override
  public void addLink(String articleId, DuplicateDetector.Match link, long timeMs) {
    List<DuplicateDetector.Match> all = new ArrayList<>(links(articleId));
    if (all.size() < MAX_PER_KEY) {
      all.add(link);
      links.put(articleId, timeMs, ClusterMessages.encodeMatches(all));
    }
  }

  @Override
  public StorySummary story(String storyId) {
    return stories.get(storyId);
  }

  @Override
  public void putStory(StorySummary story) {
    stories.put(story.id(), story.lastSeenMs(), story);
  }

  @Override
  public Collection<String> storiesFor(String featureKey) {
    List<ClusterCodec.IndexEntry> entries = indexList(featureKey);
    List<String> ids = new ArrayList<>(entries.size());
    for (ClusterCodec.IndexEntry e : entries) {
      ids.add(e.storyId());
    }
    return ids;
  }

  private List<ClusterCodec.IndexEntry> indexList(String featureKey) {
    return index.get(featureKey);
  }

  @Override
  public void index(String featureKey, String storyId, long timeMs) {
    List<ClusterCodec.IndexEntry> before = indexList(featureKey);
    List<ClusterCodec.IndexEntry> entries = new ArrayList<>(before.size() + 1);
    long newest = timeMs;
    for (ClusterCodec.IndexEntry e : before) {
      if (!e.storyId().equals(storyId)) {
        entries.add(e);
      }
    }
    if (entries.size() >= MAX_PER_KEY) {
      entries.remove(0);
    }
    entries.add(new ClusterCodec.IndexEntry(storyId, timeMs));
    for (ClusterCodec.IndexEntry e : entries) {
      newest = Math.max(newest, e.timeMs());
    }
    index.put(featureKey, newest, List.copyOf(entries));
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
    return expire(cutoffMs, Integer.MAX_VALUE);
  }

  /** One slice of {@link #expire(long)}: at most {@code max} entries looked at per store (see TimedStore). */
  int expire(long cutoffMs, int max) {
    return decided.expire(cutoffMs, max, k -> { }) + links.expire(cutoffMs, max, k -> { })
        + stories.expire(cutoffMs, max) + index.expire(cutoffMs, max)
        + articleStories.expire(cutoffMs, max, k -> { });
  }

}
