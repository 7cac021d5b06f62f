package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractBenchCommandTest {

  /** The page of the app's ExtractCommandTest (its test resource): a news article with navigation and metadata. */
  private static final Path ARTICLE_FILE = Path.of("../app/src/test/resources/tools/pardons.html");

  private static String article() throws IOException {
    return Files.readString(ARTICLE_FILE);
  }

  @TempDir
  Path tmp;

  @Test
  void scoresPagesAndMetadataWherePresent() throws IOException {
    Path good = Files.createDirectories(tmp.resolve("good"));
    Files.writeString(good.resolve("source.html"), article());
    Files.writeString(good.resolve("expected.html"), """
        <div><p>Sixteen people convicted over protests were pardoned on Thursday, the presidential press office
        said, in a move that came days before a visit by American officials.</p><p>Rights groups said most of them
        had been held since 2020 and that more than a thousand others remain in prison, many of them in poor
        health.</p></div>""");
    Files.writeString(good.resolve("expected-metadata.json"), """
        {"title": "Minsk pardons 16", "byline": "By Ada Brook", "lang": "en-GB",
         "publishedTime": "2026-11-20T10:00:00+02:00", "readerable": true}""");
    Path wrong = Files.createDirectories(tmp.resolve("wrong"));
    Files.writeString(wrong.resolve("source.html"), article());
    Files.writeString(wrong.resolve("expected.html"), "<p>Completely different words in this expected text</p>");
    Files.writeString(wrong.resolve("expected-metadata.json"),
        "{\"title\": \"Another title\", \"byline\": null, \"readerable\": false}");
    StringWriter out = new StringWriter();

    int code = new CommandLine(new ExtractBenchCommand()).setOut(new PrintWriter(out))
        .execute(tmp.toString(), "--per-page", "--warmup", "1", "--rounds", "1");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("pages: 2")
        .contains("text: F1 0.5000  precision 0.5000  recall 0.5000")
        .contains("title: 1/2 right (50.0 %)")
        .contains("byline: 1/1 right (100.0 %)")
        .contains("lang: 1/1 right")
        .contains("publishedTime: 1/1 right")
        .contains("article verdict agrees with readerable: 1/2")
        .containsPattern("good +1\\.000 +1\\.000 +ok +ok +ok +ok")
        .contains("pages: 2 (mean 1 KiB")
        .containsPattern("speed, warm \\([0-9]+ warm-up and 1 timed passes, one thread\\): [0-9.]+ pages/s wall")
        .containsPattern("JIT compiler threads: (settled|still busy) after [0-9]+ warm-up passes")
        .contains("for comparison, Jsoup parsing alone")
        .containsPattern("heap used after GC: [0-9.]+ MiB before the first page, [0-9.]+ MiB after the last");
  }

  @Test
  void rejectsNegativePassCounts() throws IOException {
    Path page = Files.createDirectories(tmp.resolve("page"));
    Files.writeString(page.resolve("source.html"), article());
    Files.writeString(page.resolve("expected.html"), "<p>text</p>");

    int code = new CommandLine(new ExtractBenchCommand()).setErr(new PrintWriter(new StringWriter()))
        .execute(tmp.toString(), "--rounds", "-1");

    assertThat(code).isEqualTo(2);
  }

  @Test
  void failsOnADirectoryWithoutPages() {
    int code = new CommandLine(new ExtractBenchCommand()).setErr(new PrintWriter(new StringWriter()))
        .execute(tmp.toString());
    assertThat(code).isEqualTo(2);
  }
}
