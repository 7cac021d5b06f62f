package dev.newswatch.analysis.cluster;

import dev.newswatch.analysis.cluster.dup.DuplicateDetector;
import dev.newswatch.analysis.cluster.story.StoryFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link ClusterEngine} over a list of articles in the given order with in-memory state, as the
 * offline {@code newswatch cluster} tool does. The answer per article is its last record as the topology
 * would emit it: a representative demoted by a fuller copy ends up with {@code dupOf} set to that copy.
 */
public final class ClusterRun {

  /** How often (in articles) the in-memory state drops entries older than the window. */
  static final int EXPIRE_EVERY = 256;

  /**
   * The final answer for one article.
   *
   * @param id      article id
   * @param dupOf   representative it copies, or null
   * @param storyId its story
   */
  public record Outcome(String id, String dupOf, String storyId) {}

  /**
   * One decision as it was made, for tools that explain them.
   *
   * @param article  the article
   * @param features its story features
   * @param result   the engine's result (its {@code assignment} holds the story joined and the best rival)
   */
  public record Decision(ClusterInput article, StoryFeatures features, ClusterEngine.Result result) {}

  private ClusterRun() {}

  /** Clusters {@code articles} in order; outcomes come back in the same order (one per distinct id). */
  public static List<Outcome> run(List<ClusterInput> articles, ClusterConfig config) {
    return run(articles, config, null);
  }

  /** As {@link #run(List, ClusterConfig)}, telling {@code listener} (if not null) each decision as it is made. */
  public static List<Outcome> run(List<ClusterInput> articles, ClusterConfig config,
      java.util.function.Consumer<Decision> listener) {
    ClusterEngine engine = new ClusterEngine(config);
    long window = Math.max(config.dedupWindow().toMillis(), config.storyWindow().toMillis());
    MemoryClusterState state = new MemoryClusterState(window);
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    int n = 0;
    for (ClusterInput article : articles) {
      ClusterEngine.Prepared p = engine.prepare(article);
      List<DuplicateDetector.Match> found = engine.candidates(p.fingerprint(), p.bandKeys(), true, state);
      ClusterEngine.Result r = engine.decide(article, p.fingerprint().words(), p.features(), found, state, state);
      if (listener != null) {
        listener.accept(new Decision(article, p.features(), r));
      }
      outcomes.put(r.id(), new Outcome(r.id(), r.dupOf(), r.storyId()));
      if (r.demoted() != null) {
        Outcome old = outcomes.get(r.demoted());
        if (old != null) {
          outcomes.put(old.id(), new Outcome(old.id(), r.id(), old.storyId()));
        }
      }
      if (++n % EXPIRE_EVERY == 0) {
        state.expire();
      }
    }
    return new ArrayList<>(outcomes.values());
  }
}
