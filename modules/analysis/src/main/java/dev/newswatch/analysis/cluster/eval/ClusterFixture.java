package dev.newswatch.analysis.cluster.eval;

import dev.newswatch.analysis.cluster.ClusterRun;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled labelled fixture ({@code cluster/fixture-articles.jsonl}, 82 articles written for this
 * project) and its scoring: pair precision/recall for duplicates and for same-story. It ships in the jar
 * so that {@code newswatch cluster-bench} runs without a checkout.
 */
public final class ClusterFixture {

  /** Classpath location of the fixture the parameters were tuned on. */
  public static final String RESOURCE = "/cluster/fixture-articles.jsonl";

  /** Classpath location of a smaller set written after tuning and never tuned on (see DESIGN.md). */
  public static final String HOLDOUT = "/cluster/holdout-articles.jsonl";

  /** Story-decision dev set: several events on one beat, copies, other languages (DESIGN.md, "Events"). */
  public static final String EVENTS_DEV = "/cluster/events-dev.jsonl";

  /** Story-decision held-out set, written separately from the dev set and scored once. */
  public static final String EVENTS_HOLDOUT = "/cluster/events-holdout.jsonl";

  /**
   * Scores of one run.
   *
   * @param duplicates pair score of duplicate groups
   * @param stories    pair score of stories
   * @param pairs      pair accuracy of the story decision (same-story together, different-story apart)
   */
  public record Scores(PairScore duplicates, PairScore stories, PairAccuracy pairs) {}

  private ClusterFixture() {}

  /** The bundled tuning fixture's lines. */
  public static List<ArticleLines.Line> load() {
    return load(RESOURCE);
  }

  /** The lines of a bundled fixture, {@link #RESOURCE} or {@link #HOLDOUT}. */
  public static List<ArticleLines.Line> load(String resource) {
    try (InputStream in = ClusterFixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("fixture " + resource + " missing from the classpath");
      }
      return ArticleLines.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Scores outcomes against labelled lines. Lines without labels are skipped; a predicted duplicate group
   * is the end of an article's {@code dupOf} chain.
   */
  public static Scores score(List<ArticleLines.Line> lines, List<ClusterRun.Outcome> outcomes) {
    Map<String, ClusterRun.Outcome> byId = new HashMap<>();
    for (ClusterRun.Outcome o : outcomes) {
      byId.put(o.id(), o);
    }
    List<ArticleLines.Line> labelled = lines.stream()
        .filter(l -> l.dupGroup() != null && l.storyGroup() != null && byId.containsKey(l.input().id()))
        .toList();
    PairScore dups = PairScore.of(labelled, l -> root(l.input().id(), byId), ArticleLines.Line::dupGroup);
    PairScore stories = PairScore.of(labelled, l -> byId.get(l.input().id()).storyId(), ArticleLines.Line::storyGroup);
    PairAccuracy pairs = PairAccuracy.of(labelled, l -> byId.get(l.input().id()).storyId(),
        ArticleLines.Line::storyGroup);
    return new Scores(dups, stories, pairs);
  }

  private static String root(String id, Map<String, ClusterRun.Outcome> byId) {
    String current = id;
    for (int i = 0; i < 32; i++) {
      ClusterRun.Outcome o = byId.get(current);
      if (o == null || o.dupOf() == null) {
        return current;
      }
      current = o.dupOf();
    }
    return current;
  }
}
