package dev.newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ClusterCommandTest {

  @TempDir
  Path tmp;

  private static final String TEXT = "Belarus freed 123 prisoners on Saturday, among them Nobel Peace Prize laureate "
      + "Ales Bialiatski and opposition figure Maria Kolesnikova, after two days of talks with a U.S. delegation "
      + "led by special envoy John Coale, who said Washington would lift sanctions on the potash industry.";

  @Test
  void writesDupOfAndStoryIdPerArticle() throws IOException {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a\",\"url\":\"https://apnews.com/x\",\"title\":\"Belarus frees 123\",\"text\":\"" + TEXT
            + "\",\"published\":\"2025-12-13T11:00:00Z\",\"lang\":\"en\"}",
        "",
        "{\"id\":\"b\",\"url\":\"https://wtop.com/y\",\"title\":\"Other headline\",\"text\":\""
            + TEXT.replace("Bialiatski", "Byalyatsky") + "\",\"published\":\"2025-12-13T11:30:00Z\",\"lang\":\"en\"}",
        "{\"id\":\"c\",\"url\":\"https://bbc.com/z\",\"title\":\"Storm\",\"text\":\"Heavy snow fell in Oslo on "
            + "Friday, closing the airport for six hours.\",\"published\":\"2025-12-13T12:00:00Z\",\"lang\":\"en\"}"));
    Path out = tmp.resolve("out.jsonl");
    StringWriter stdout = new StringWriter();

    int code = new CommandLine(new ClusterCommand()).setOut(new PrintWriter(stdout))
        .execute("--in", in.toString(), "--out", out.toString());

    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).matches("\\{\"id\":\"a\",\"dupOf\":null,\"storyId\":\"[0-9a-f]{32}\"}");
    assertThat(lines.get(1)).contains("\"id\":\"b\",\"dupOf\":\"a\"");
    String storyA = lines.get(0).replaceAll(".*\"storyId\":\"([^\"]+)\".*", "$1");
    assertThat(lines.get(1)).contains(storyA);
    assertThat(lines.get(2)).doesNotContain(storyA);
    assertThat(stdout.toString()).contains("3 articles, 1 duplicates, 2 stories");
  }

  @Test
  void lineWithoutPublishedTimeGetsADefaultSaidOnceOnStderr() throws IOException {
    Path in = tmp.resolve("nodate.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"a\",\"title\":\"Belarus frees 123\",\"text\":\"" + TEXT + "\",\"published\":\"2025-12-13T11:00:00Z\"}",
        "{\"id\":\"b\",\"title\":\"Storm\",\"text\":\"Heavy snow fell in Oslo.\"}",
        "{\"id\":\"c\",\"title\":\"Storm again\",\"text\":\"More snow fell in Oslo.\",\"published\":null}"));
    StringWriter err = new StringWriter();
    int code = new CommandLine(new ClusterCommand()).setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
        .execute("--in", in.toString(), "--out", tmp.resolve("o.jsonl").toString());
    assertThat(code).isZero();
    assertThat(err.toString()).contains("2 of 3 lines have no \"published\"")
        .contains("2025-12-13T11:00:00Z").contains("latest published time");
    assertThat(err.toString().lines().count()).isEqualTo(1);
  }

  @Test
  void malformedPublishedTimeIsStillAnError() throws IOException {
    Path in = tmp.resolve("bad.jsonl");
    Files.writeString(in, "{\"id\":\"a\",\"text\":\"x\",\"published\":\"yesterday\"}\n");
    StringWriter err = new StringWriter();
    int code = new CommandLine(new ClusterCommand()).setErr(new PrintWriter(err))
        .execute("--in", in.toString(), "--out", tmp.resolve("o.jsonl").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("line 1").contains("published");
  }

  @Test
  void printsWhyArticlesJoinedOrWereKeptApart() throws IOException {
    Path in = tmp.resolve("rounds.jsonl");
    String p16 = "Belarus pardoned 16 prisoners on Saturday after talks with U.S. envoy John Coale, among them two "
        + "journalists. Ales Bialiatski remains in prison, Sviatlana Tsikhanouskaya said.";
    String p16b = "Sixteen people were freed by Alexander Lukashenko on Saturday following a visit by John Coale. "
        + "Bialiatski was not among the 16, said Tsikhanouskaya.";
    String p18 = "Belarus pardoned 18 more prisoners on Tuesday after talks with U.S. envoy John Coale, three days "
        + "after the last release. Ales Bialiatski remains in prison, Sviatlana Tsikhanouskaya said.";
    Files.writeString(in, String.join("\n",
        "{\"id\":\"p16\",\"title\":\"Belarus pardons 16\",\"text\":\"" + p16 + "\",\"published\":\"2026-01-10T12:00:00Z\",\"lang\":\"en\"}",
        "{\"id\":\"p16b\",\"title\":\"Lukashenko frees 16 after Coale visit\",\"text\":\"" + p16b
            + "\",\"published\":\"2026-01-10T13:00:00Z\",\"lang\":\"en\"}",
        "{\"id\":\"p18\",\"title\":\"Belarus pardons 18 more\",\"text\":\"" + p18 + "\",\"published\":\"2026-01-13T12:00:00Z\",\"lang\":\"en\"}"));
    StringWriter stdout = new StringWriter();
    int code = new CommandLine(new ClusterCommand()).setOut(new PrintWriter(stdout))
        .execute("--in", in.toString(), "--out", tmp.resolve("o.jsonl").toString());
    assertThat(code).isZero();
    String out = stdout.toString();
    assertThat(out).containsPattern("p16b: joins story [0-9a-f]{8} \"Belarus pardons 16\" \\(score [0-9.]+;.*names .*Coale")
        .containsPattern("p16b: .*numbers 16");
    assertThat(out).containsPattern("p18: new story .*kept apart: (event day 2026-01-13 vs 2026-01-10|conflicting release count)");
  }
}
