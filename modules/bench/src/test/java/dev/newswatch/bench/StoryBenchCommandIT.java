package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/** {@code story-bench} end to end on its own embedded broker, kept small: it must run and report, not be fast. */
class StoryBenchCommandIT {

  @Test
  @Timeout(240)
  void measuresTheStageNextToAPassThroughAndReportsItsDecisions() {
    StringWriter stdout = new StringWriter();
    int code = new CommandLine(new StoryBenchCommand()).setOut(new PrintWriter(stdout))
        .execute("--articles", "300", "--rate", "20", "--latency-seconds", "2", "--streams", "poll.ms=50", "--json");

    assertThat(code).as(stdout.toString()).isZero();
    assertThat(stdout.toString())
        .contains("300 in the stage's input topic, 300 in each pass-through's")
        .containsPattern("byte pass: 300 articles out; steady state 150 articles in [0-9.]+ s after the first 150")
        .containsPattern("pass-through: 300 articles out; steady state 150 articles")
        .containsPattern("two more hops: 300 articles out; steady state 150 articles")
        .contains("other settings {poll.ms=50}")
        .containsPattern("dedup\\+story: 300 articles out; steady state 150 articles")
        .containsPattern("decisions: [1-9]\\d* articles marked as copies \\(dupOf\\), [1-9]\\d* stories")
        .containsPattern("state: ~\\d+ key-value entries")
        .containsPattern("broker bytes: [0-9.]+ KB per article in all; .*cluster-in [0-9.]+")
        .containsPattern("dedup\\+story +\\d+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+")
        .containsPattern("dedup\\+story at [0-9.]+ % of the byte-array exactly-once pass-through's articles/s")
        .contains("added by the dedup+story stage at 20/s")
        .containsPattern("added by two more exactly-once hops alone .*: p50 [-+][0-9.]+ ms, p99 [-+][0-9.]+ ms")
        .containsPattern("\\{\"articles\":300,\"offered\":300,\"passOffered\":300,\"warmup\":150,.*\"byte pass\":\\{\"complete\":true");
  }
}
