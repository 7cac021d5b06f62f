package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ClusterBenchCommandTest {

  @Test
  void benchScoresTheBundledFixtures() {
    StringWriter stdout = new StringWriter();
    int code = new CommandLine(new ClusterBenchCommand()).setOut(new PrintWriter(stdout))
        .execute("--articles", "500", "--no-sweep");
    assertThat(code).isZero();
    assertThat(stdout.toString())
        .containsPattern("fixture \\(tuned on\\) +82 +1\\.000 +1\\.000")
        .contains("held-out (not tuned on)")
        .containsPattern("same-story kept together \\d+/\\d+ \\([0-9.]+\\), different-story kept apart \\d+/\\d+")
        .containsPattern("speed: \\d+ articles/s wall clock, \\d+ per CPU-second");
  }
}
