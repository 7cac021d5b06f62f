package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench commands reach the {@code newswatch} command line through the app's ServiceLoader. */
class BenchCommandsTest {

  @Test
  void mainFindsEveryBenchCommandUnderItsName() {
    CommandLine cli = Main.commandLine();
    assertThat(cli.getSubcommands()).containsKeys("run", "parse", "tag", "corpus-check", "extract-bench",
        "poll-bench", "cluster-bench", "tag-bench", "story-bench", "match-bench");
    Object storyBench = cli.getSubcommands().get("story-bench").getCommand();
    assertThat(storyBench).isInstanceOf(StoryBenchCommand.class);
  }

  @Test
  void usageListsTheBenchmarksAndStillHidesTheCorpusCheck() {
    StringWriter out = new StringWriter();
    assertThat(Main.commandLine().setOut(new PrintWriter(out)).execute("--help")).isZero();
    assertThat(out.toString()).contains("extract-bench", "poll-bench", "cluster-bench", "tag-bench", "story-bench",
        "match-bench").doesNotContain("corpus-check");
  }

  @Test
  void corpusCheckRunsThroughMain() {
    StringWriter out = new StringWriter();
    int code = Main.commandLine().setOut(new PrintWriter(out)).execute("corpus-check", "--help");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("--expect-at-least");
  }
}
