package dev.newswatch.app.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.analysis.cluster.ArticleLines;
import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterRun;
import dev.newswatch.model.JsonCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Offline duplicate detection and story clustering: reads JSON lines
 * {@code {"id","url","title","text","published","lang"}} and writes {@code {"id","dupOf","storyId"}} per
 * article, in input order, with the same {@code ClusterEngine} the topology runs.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Mark near-duplicates and group articles into stories: --in articles.jsonl "
        + "(id, url, title, text, published, lang) --out result.jsonl (id, dupOf, storyId).")
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

  @Override
  public Integer call() throws IOException {
    List<ArticleLines.Line> lines;
    try (BufferedReader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      lines = ArticleLines.read(reader);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(in + ": " + e.getMessage());
      return 2;
    }
    ClusterConfig config;
    try {
      config = ClusterConfig.defaults().withDuplicateJaccard(dupThreshold).withStoryThreshold(storyThreshold);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    List<ClusterRun.Outcome> outcomes = ClusterRun.run(lines.stream().map(ArticleLines.Line::input).toList(), config);
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
    spec.commandLine().getOut().printf(Locale.ROOT, "%d articles, %d duplicates, %d stories written to %s%n",
        outcomes.size(), duplicates, stories, out);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
