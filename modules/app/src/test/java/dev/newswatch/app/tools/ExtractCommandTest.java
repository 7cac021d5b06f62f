package dev.newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.model.JsonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  /** A news article with navigation and metadata; the bench module's extraction test uses it too. */
  static final String ARTICLE = page();

  private static String page() {
    try {
      return Files.readString(Path.of(ExtractCommandTest.class.getResource("/tools/pardons.html").toURI()));
    } catch (IOException | java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TempDir
  Path tmp;

  @Test
  void printsOneFileAsJson() throws IOException {
    Path file = tmp.resolve("pardons.html");
    Files.writeString(file, ARTICLE);
    StringWriter out = new StringWriter();

    int code = new CommandLine(new ExtractCommand()).setOut(new PrintWriter(out))
        .execute(file.toString(), "--url", "https://eastpost.example/minsk-pardons-16");

    assertThat(code).isZero();
    JsonNode json = JsonCodec.mapper().readTree(out.toString());
    assertThat(json.get("title").asText()).isEqualTo("Minsk pardons 16");
    assertThat(json.get("url").asText()).isEqualTo("https://eastpost.example/minsk-pardons-16");
    assertThat(json.get("published").asText()).isEqualTo("2026-11-20T08:00:00Z");
    assertThat(json.get("text").asText()).startsWith("Sixteen people convicted").doesNotContain("Home");
  }

  @Test
  void writesOneLinePerPageBelowADirectoryIncludingGzip() throws IOException {
    Path pages = Files.createDirectories(tmp.resolve("pages/sub"));
    Files.writeString(pages.resolve("a1.html"), ARTICLE);
    Files.writeString(pages.resolve("b2.htm"), "<html><body><div id=app></div><script>x()</script></body></html>");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("c3.html.gz")))) {
      gz.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(pages.resolve("notes.txt"), "not a page");
    Path jsonl = tmp.resolve("out.jsonl");

    int code = new CommandLine(new ExtractCommand()).setOut(new PrintWriter(new StringWriter()))
        .execute("--dir", tmp.resolve("pages").toString(), "--out", jsonl.toString());

    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(jsonl);
    assertThat(lines).hasSize(3);
    JsonNode first = JsonCodec.mapper().readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a1");
    assertThat(first.get("byline").asText()).isEqualTo("Ada Brook");
    assertThat(first.get("lang").asText()).isEqualTo("en");
    assertThat(first.get("articleBody").asText()).contains("more than a thousand others");
    assertThat(first.get("error").isNull()).isTrue();
    JsonNode shell = JsonCodec.mapper().readTree(lines.get(1));
    assertThat(shell.get("id").asText()).isEqualTo("b2");
    assertThat(shell.get("articleBody").asText()).isEmpty();
    assertThat(JsonCodec.mapper().readTree(lines.get(2)).get("id").asText()).isEqualTo("c3");
    assertThat(JsonCodec.mapper().readTree(lines.get(2)).get("title").asText()).isEqualTo("Minsk pardons 16");
  }

  @Test
  void refusesDirWithoutOut() {
    int code = new CommandLine(new ExtractCommand()).setErr(new PrintWriter(new StringWriter()))
        .execute("--dir", tmp.toString());
    assertThat(code).isEqualTo(2);
  }
}
