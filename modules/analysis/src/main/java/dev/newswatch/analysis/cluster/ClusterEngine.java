package dev.newswatch.analysis.cluster;

import dev.newswatch.analysis.cluster.dup.BandState;
import dev.newswatch.analysis.cluster.dup.DuplicateDetector;
import dev.newswatch.analysis.cluster.dup.DuplicateState;
import dev.newswatch.analysis.cluster.dup.Fingerprint;
import dev.newswatch.analysis.cluster.story.FeatureExtractor;
import dev.newswatch.analysis.cluster.story.StoryClusterer;
import dev.newswatch.analysis.cluster.story.StoryFeatures;
import dev.newswatch.analysis.cluster.story.StoryMatcher;
import dev.newswatch.analysis.cluster.story.StoryState;
import dev.newswatch.analysis.cluster.story.StorySummary;
import java.util.List;
import java.util.Objects;

/**
 * Duplicates and stories, in three steps over state the caller owns: {@link #prepare} (pure, from the text),
 * {@link #candidates} (where the band keys live) and {@link #decide} (one article at a time). The offline
 * {@code newswatch cluster} tool runs the three in a row over one {@link MemoryClusterState}
 * ({@link #process}); the topology runs the first on every partition, the second on the partitions owning
 * the article's band keys and the third in its story stage, over state stores. Both run exactly this code.
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
   * @param assignment   the story decision with what it was weighed against (for explanations), or null
   */
  public record Result(String id, String dupOf, String storyId, String demoted, StorySummary story,
      boolean storyCreated, boolean storyChanged, StoryClusterer.Assignment assignment) {

    /** A result without the decision's details. */
    public Result(String id, String dupOf, String storyId, String demoted, StorySummary story, boolean storyCreated,
        boolean storyChanged) {
      this(id, dupOf, storyId, demoted, story, storyCreated, storyChanged, null);
    }
  }

  private final DuplicateDetector duplicates;
  private final FeatureExtractor features = new FeatureExtractor();
  private final StoryClusterer stories;

  /** The story matcher (for explanations). */
  public StoryMatcher matcher() {
    return stories.matcher();
  }

  public ClusterEngine(ClusterConfig config) {
    Objects.requireNonNull(config, "config");
    this.duplicates = new DuplicateDetector(config);
    this.stories = new StoryClusterer(config);
  }

  /** The duplicate detector (for the topology's band repartitioning). */
  public DuplicateDetector duplicates() {
    return duplicates;
  }

  /**
   * What is computed from an article's text alone, on any partition: its fingerprint, band keys and story
   * features. The rest of the work ({@link #candidates}, {@link #decide}) needs no text.
   *
   * @param article     the article
   * @param fingerprint its fingerprint
   * @param bandKeys    its LSH band keys
   * @param features    its story features
   */
  public record Prepared(ClusterInput article, Fingerprint fingerprint, long[] bandKeys, StoryFeatures features) {}

  /** Step 1, pure: fingerprint, band keys and features of one article. */
  public Prepared prepare(ClusterInput article) {
    List<String> words = ClusterText.words(article.text());
    Fingerprint fp = duplicates.fingerprint(article, words);
    return new Prepared(article, fp, duplicates.bandKeys(fp), features.extract(article, words));
  }

  /**
   * Step 2, where the keys live: candidate copies under {@code keys} (and the content hash when
   * {@code withHash}), filing the fingerprint there. See {@link DuplicateDetector#candidates}.
   */
  public List<DuplicateDetector.Match> candidates(Fingerprint fp, long[] keys, boolean withHash, BandState state) {
    return duplicates.candidates(fp, keys, withHash, state);
  }

  /**
   * Step 3, one article at a time in one place: the duplicate decision from the reported candidates, then
   * the story. {@code article}'s text is not used.
   *
   * @param article    the article (its text may be left empty)
   * @param words      its length in words ({@link Fingerprint#words()})
   * @param features   its story features
   * @param reported   candidates from every {@link #candidates} call made for it
   */
  public Result decide(ClusterInput article, int words, StoryFeatures features,
      List<DuplicateDetector.Match> reported, DuplicateState dupState, StoryState storyState) {
    DuplicateDetector.Decision decision = duplicates.decide(article.id(), words, article.published().toEpochMilli(),
        reported, dupState);
    // A new representative joins its predecessor's story: the group is one event whichever copy leads it.
    String storyOf = decision.dupOf() != null ? decision.dupOf() : decision.demoted();
    StoryClusterer.Assignment a = stories.assign(article, features, words, storyOf, storyState);
    return new Result(article.id(), decision.dupOf(), a.storyId(), decision.demoted(), a.story(), a.created(),
        a.changed(), a);
  }

  /** The three steps for one article over one state holding every key: the offline tool's path. */
  public <S extends BandState & DuplicateState & StoryState> Result process(ClusterInput article, S state) {
    Prepared p = prepare(article);
    List<DuplicateDetector.Match> found = candidates(p.fingerprint(), p.bandKeys(), true, state);
    return decide(article, p.fingerprint().words(), p.features(), found, state, state);
  }
}
