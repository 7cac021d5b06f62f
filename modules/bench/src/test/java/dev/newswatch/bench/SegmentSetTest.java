package dev.newswatch.bench;

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

class SegmentSetTest {

  @TempDir
  Path tmp;

  @Test
  void countsSegmentsFoundAfterFoldingWhiteSpace() {
    SegmentSet.Page page = new SegmentSet.Page(java.net.URI.create("https://news.example/a"), "a.html",
        tmp.resolve("a.html"), List.of("sixteen people were\npardoned", "rights groups said", "never extracted"),
        List.of("Sign up for the briefing", "Share on X"), true);

    SegmentSet.Counts c = SegmentSet.count(page,
        "Sixteen people were pardoned.\n\nsixteen  people were\u00a0pardoned on Thursday; rights groups said so."
            + "\n\nShare on X");

    assertThat(new int[] {c.tp, c.fn, c.fp, c.tn}).containsExactly(2, 1, 1, 1);
    assertThat(c.precision()).isEqualTo(2 / 3.0);
    assertThat(c.recall()).isEqualTo(2 / 3.0);
    assertThat(c.accuracy()).isEqualTo(3 / 5.0);
    assertThat(c.f()).isEqualTo(2 / 3.0);
    SegmentSet.Counts none = SegmentSet.count(page, null);
    assertThat(new int[] {none.tp, none.fn, none.fp, none.tn}).containsExactly(0, 3, 0, 2);
  }

  @Test
  void splitsByFileNameHashIntoTwoStableHalves() {
    assertThat(SegmentSet.isDev("a.html")).isEqualTo(SegmentSet.isDev("a.html"));
    long dev = java.util.stream.IntStream.range(0, 1000).filter(i -> SegmentSet.isDev("page-" + i + ".html"))
        .count();
    assertThat(dev).isBetween(400L, 600L);
  }

  @Test
  void benchScoresTheSetAndRefusesToPrintHeldOutSegments() throws IOException {
    Files.createDirectories(tmp.resolve("eval"));
    Files.createDirectories(tmp.resolve("cache"));
    String page = Files.readString(Path.of("../app/src/test/resources/tools/pardons.html"));
    Files.writeString(tmp.resolve("cache/p.html"), page);
    Files.writeString(tmp.resolve("eval/p.html"), "<html><body><p>an older copy</p></body></html>");
    Files.writeString(tmp.resolve("evaldata.json"), """
        {"https://news.example/pardons": {"file": "p.html",
          "with": ["Sixteen people convicted over protests were pardoned"], "without": ["no such line"]},
         "https://news.example/missing": {"file": "gone.html", "with": ["x"], "without": ["y"]}}""");
    StringWriter out = new StringWriter();

    int code = new CommandLine(new ExtractBenchCommand()).setOut(new PrintWriter(out))
        .execute("--set", "trafilatura", tmp.toString(), "--rounds", "0");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("pages: 1 of the all split").contains("segments: tp 1 fp 0 fn 0 tn 1")
        .contains("segments: F 1.0000  precision 1.0000  recall 1.0000  accuracy 1.0000");
    int refused = new CommandLine(new ExtractBenchCommand()).setErr(new PrintWriter(new StringWriter()))
        .execute("--set", "trafilatura", tmp.toString(), "--split", "held-out", "--show-segments");
    assertThat(refused).isEqualTo(2);
  }
}
