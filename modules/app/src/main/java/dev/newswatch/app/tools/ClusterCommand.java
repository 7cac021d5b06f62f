package dev.newswatch.app.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.ClusterRun;
import dev.newswatch.analysis.cluster.eval.ArticleLines;
import dev.newswatch.analysis.cluster.story.FeatureExtractor;
import dev.newswatch.analysis.cluster.story.StoryClusterer;
import dev.newswatch.analysis.cluster.story.StoryMatcher;
import dev.newswatch.model.JsonCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Offline duplicate detection and story clustering: reads JSON lines
 * {@code {"id","url","title","text","published","lang"}} and writes {@code {"id","dupOf","storyId"}} per
 * article, in input order, with the same {@code ClusterEngine} the topology runs. On stdout it prints each
 * decision with its evidence (why joined: shared names, numbers, event signature, score; why kept apart:
 * conflicting release count, other event type, other event day, time gap). A line without
 * {@code "published"} gets a default, said once on stderr.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Mark near-duplicates and group articles into stories: --in articles.jsonl "
        + "(id, title, text; optional url, lang, published) --out result.jsonl (id, dupOf, storyId); prints "
        + "each decision with its evidence.")
public final class ClusterCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--in", required = true, paramLabel = "FILE", description = "Articles as JSON lines.")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Result JSON lines.")
  Path out;

  @Option(names = "--dup-threshold", paramLabel = "J",
      description = "Estimated Jaccard at which two texts are copies (default ${DEFAULT-VALUE}).")
  double dupThreshold = ClusterConfig.defaults().duplicateJaccard();

  @Option(names = "--story-threshold", paramLabel = "S",
      description = "Minimum score to join a story (default ${DEFAULT-VALUE}).")
  double storyThreshold = ClusterConfig.defaults().storyThreshold();

  @Option(names = "--default-published", paramLabel = "INSTANT",
      description = "Time for lines without \"published\" (default: the latest published time in the input, "
          + "or now when none has one).")
  Instant defaultPublished;

  @Option(names = "--quiet", description = "Do not print the decisions.")
  boolean quiet;

  private static ClusterInput withTime(ClusterInput a, Instant time) {
    return new ClusterInput(a.id(), a.url(), a.title(), a.text(), time, a.lang(), a.tags());
  }

  /** One decision for people: what the article joined or started, and the evidence. */
  static String explain(ClusterRun.Decision d, StoryMatcher matcher, Map<String, String> storyTitles) {
    ClusterEngine.Result r = d.result();
    StoryClusterer.Assignment a = r.assignment();
    long time = d.article().published().toEpochMilli();
    UnaryOperator<String> label = names(d.article());
    storyTitles.putIfAbsent(r.storyId(), d.article().title());
    String story = "story " + r.storyId().substring(0, 8) + " \"" + storyTitles.get(r.storyId()) + "\"";
    StringBuilder b = new StringBuilder(d.article().id()).append(": ");
    if (a == null || !a.changed()) {
      return b.append("already decided, ").append(story).toString();
    }
    if (r.dupOf() != null) {
      b.append("copy of ").append(r.dupOf()).append(", joins ").append(story);
    } else if (a.copy()) {
      b.append("fuller copy of ").append(r.demoted()).append(", leads ").append(story);
    } else if (a.joined() != null) {
      b.append("joins ").append(story).append(" (").append(matcher.explain(d.features(), time, a.joined(), label))
          .append(')');
    } else {
      b.append("new ").append(story).append(" (signature ")
          .append(d.features().signature().isEmpty() ? "none" : String.join(",", d.features().signature())).append(')');
    }
    if (a.rival() != null && r.dupOf() == null) {
      String rival = storyTitles.getOrDefault(a.rival().id(), a.rival().title());
      b.append("; not story ").append(a.rival().id(), 0, 8).append(" \"").append(rival).append("\" (")
          .append(matcher.explain(d.features(), time, a.rival(), label)).append(')');
    }
    return b.toString();
  }

  /** Name keys of an article back to the words it wrote them with ("bltk" → "Bialiatski"). */
  private static UnaryOperator<String> names(ClusterInput article) {
    Map<String, String> byKey = new HashMap<>();
    for (String w : (article.title() + " " + article.text()).split("[^\\p{L}\\p{M}'’]+")) {
      if (w.length() > 2 && Character.isUpperCase(w.charAt(0))) {
        String key = FeatureExtractor.nameKey(w);
        if (key != null) {
          byKey.putIfAbsent(key, w);
        }
      }
    }
    return k -> byKey.getOrDefault(k, k);
  }

  @Override
  public Integer call() throws IOException {
    List<ArticleLines.Line> lines;
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      lines = ArticleLines.read(reader, Instant.EPOCH);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(in + ": " + e.getMessage());
      return 2;
    }
    long missing = lines.stream().filter(ArticleLines.Line::publishedMissing).count();
    if (missing > 0) {
      String source = "--default-published";
      Instant fallback = defaultPublished;
      if (fallback == null) {
        fallback = lines.stream().filter(l -> !l.publishedMissing()).map(l -> l.input().published())
            .max(Instant::compareTo).orElse(null);
        source = "the latest published time in the input";
        if (fallback == null) {
          fallback = Instant.now().truncatedTo(ChronoUnit.SECONDS);
          source = "the current time";
        }
      }
      Instant at = fallback;
      spec.commandLine().getErr().printf(Locale.ROOT, "%s: %d of %d lines have no \"published\"; using %s (%s)%n",
          in, missing, lines.size(), at, source);
      spec.commandLine().getErr().flush();
      lines = lines.stream().map(l -> l.publishedMissing() ? new ArticleLines.Line(withTime(l.input(), at),
          l.dupGroup(), l.storyGroup(), true) : l).toList();
    }
    ClusterConfig config;
    try {
      config = ClusterConfig.defaults().withDuplicateJaccard(dupThreshold).withStoryThreshold(storyThreshold);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    StoryMatcher matcher = new StoryMatcher(config.storyWindow().toMillis());
    Map<String, String> storyTitles = new HashMap<>();
    List<ClusterRun.Outcome> outcomes = ClusterRun.run(lines.stream().map(ArticleLines.Line::input).toList(), config,
        quiet ? null : d -> stdout.println(explain(d, matcher, storyTitles)));
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (ClusterRun.Outcome o : outcomes) {
        ObjectNode node = JsonCodec.mapper().createObjectNode();
        node.put("id", o.id());
        node.put("dupOf", o.dupOf());
        node.put("storyId", o.storyId());
        w.write(JsonCodec.mapper().writeValueAsString(node));
        w.write('\n');
      }
    }
    long duplicates = outcomes.stream().filter(o -> o.dupOf() != null).count();
    long stories = outcomes.stream().map(ClusterRun.Outcome::storyId).distinct().count();
    stdout.printf(Locale.ROOT, "%d articles, %d duplicates, %d stories written to %s%n",
        outcomes.size(), duplicates, stories, out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
