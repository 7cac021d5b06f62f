package dev.newswatch.analysis.cluster.story;

import dev.newswatch.analysis.cluster.MemoryClusterState;
import java.util.Collection;

/**
 * The state story clustering reads and writes: stories by id, an inverted index from feature keys (name,
 * key number, key term) to the stories that have them, and each article's story (so that a copy joins the
 * story of its representative). Offline these are maps ({@link MemoryClusterState}); in the topology,
 * stores bounded by the story window (DESIGN.md).
 */
public interface StoryState {

  /** The story with this id, or null. */
  StorySummary story(String storyId);

  /** Stores (replaces) a story. */
  void putStory(StorySummary story);

  /** Ids of stories filed under a feature key, most recent last. */
  Collection<String> storiesFor(String featureKey);

  /** Files a story under a feature key. */
  void index(String featureKey, String storyId, long timeMs);

  /** The story an article joined, or null. */
  String storyOfArticle(String articleId);

  /** Records the story an article joined. */
  void putArticleStory(String articleId, String storyId, long timeMs);
}
