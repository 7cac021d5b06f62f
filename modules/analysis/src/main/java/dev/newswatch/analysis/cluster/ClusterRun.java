package dev.newswatch.analysis.cluster;

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

  private ClusterRun() {}

  /** Clusters {@code articles} in order; outcomes come back in the same order (one per distinct id). */
  public static List<Outcome> run(List<ClusterInput> articles, ClusterConfig config) {
    ClusterEngine engine = new ClusterEngine(config);
    long window = Math.max(config.dedupWindow().toMillis(), config.storyWindow().toMillis());
    MemoryClusterState state = new MemoryClusterState(window);
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    int n = 0;
    for (ClusterInput article : articles) {
      ClusterEngine.Result r = engine.process(article, state);
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
