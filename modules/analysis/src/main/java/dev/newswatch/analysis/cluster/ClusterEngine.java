package dev.newswatch.analysis.cluster;

import java.util.List;
import java.util.Objects;

/**
 * Duplicates and stories for one article at a time, over state the caller owns: the offline
 * {@code newswatch cluster} tool passes a {@link MemoryClusterState}, the topology passes store-backed
 * state. Both run exactly this code.
 */
public final class ClusterEngine {

  /**
   * The outcome for one article.
   *
   * @param id           article id
   * @param dupOf        representative it copies, or null
   * @param storyId      story it belongs to
   * @param demoted      former representative that now copies this article (its record should be
   *                     re-emitted with {@code dupOf = id}), or null
   * @param story        the story after the article joined
   * @param storyCreated true when this article started the story
   * @param storyChanged false when nothing changed (a replayed article)
   */
  public record Result(String id, String dupOf, String storyId, String demoted, StorySummary story,
      boolean storyCreated, boolean storyChanged) {}

  private final DuplicateDetector duplicates;
  private final FeatureExtractor features = new FeatureExtractor();
  private final StoryClusterer stories;

  public ClusterEngine(ClusterConfig config) {
    Objects.requireNonNull(config, "config");
    this.duplicates = new DuplicateDetector(config);
    this.stories = new StoryClusterer(config);
  }

  /** The duplicate detector (for the topology's band repartitioning). */
  public DuplicateDetector duplicates() {
    return duplicates;
  }

  /** Processes one article against the given state, updating it. */
  public Result process(ClusterInput article, DuplicateState dupState, StoryState storyState) {
    List<String> words = ClusterText.words(article.text());
    Fingerprint fp = duplicates.fingerprint(article, words);
    DuplicateDetector.Decision decision = duplicates.process(fp, dupState);
    // A new representative joins its predecessor's story: the group is one event whichever copy leads it.
    String storyOf = decision.dupOf() != null ? decision.dupOf() : decision.demoted();
    StoryClusterer.Assignment a = stories.assign(article, features.extract(article, words), fp.words(), storyOf,
        storyState);
    return new Result(article.id(), decision.dupOf(), a.storyId(), decision.demoted(), a.story(), a.created(),
        a.changed());
  }
}
