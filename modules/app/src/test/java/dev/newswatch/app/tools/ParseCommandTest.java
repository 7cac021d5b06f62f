package dev.newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParseCommandTest {

  private final ToolRun tool = new ToolRun();

  private int run(String... args) {
    return tool.run(new ParseCommand(), args);
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> lines = new ArrayList<>();
    for (String line : tool.out().split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    return lines;
  }

  @Test
  void printsOneJsonLinePerFileRecursivelyAndASummary() throws Exception {
    int exit = run(ToolRun.resource("feeds").toString());

    assertThat(exit).isZero();
    List<JsonNode> lines = lines();
    assertThat(lines).extracting(l -> Path.of(l.get("file").asText()).getFileName().toString())
        .containsExactly("notes.txt", "rss-slutsk.xml", "homepage.html", "jsonfeed-soligorsk.json");
    JsonNode rss = lines.get(1);
    assertThat(rss.get("ok").asBoolean()).isTrue();
    assertThat(rss.get("format").asText()).isEqualTo("rss");
    assertThat(rss.get("title").asText()).isEqualTo("Slutsk Standard");
    assertThat(rss.get("items").asInt()).isEqualTo(1);
    JsonNode entry = rss.get("entries").get(0);
    assertThat(entry.get("id").asText()).isEqualTo("ss-101");
    assertThat(entry.get("link").asText()).as("relative links resolve against the synthetic base")
        .isEqualTo("https://feed.invalid/2026/11/two-pardoned");
    assertThat(entry.get("published").asText()).isEqualTo("2026-11-02T06:00:00Z");
    assertThat(lines.get(3).get("format").asText()).isEqualTo("json");
    assertThat(lines.get(2).get("ok").asBoolean()).isFalse();
    assertThat(lines.get(2).get("error").asText()).contains("HTML page", "https://feed.invalid/rss");
    assertThat(lines.get(0).get("error").asText()).contains("not well-formed XML");
    assertThat(tool.err()).contains("parse: 4 files, 2 ok, 2 failed")
        .contains("html page=1").contains("not well-formed xml=1");
  }

  @Test
  void reportsFilesOverTheCapWithoutReadingThem() throws Exception {
    int exit = run("--max-bytes", "20", ToolRun.resource("feeds/rss-slutsk.xml").toString());

    assertThat(exit).isZero();
    assertThat(lines()).singleElement().satisfies(line -> {
      assertThat(line.get("ok").asBoolean()).isFalse();
      assertThat(line.get("error").asText()).startsWith("file too large");
    });
  }

  @Test
  void reportsAMissingFileAndGoesOn() throws Exception {
    int exit = run("/nonexistent/feed.xml", ToolRun.resource("feeds/rss-slutsk.xml").toString());

    assertThat(exit).isZero();
    assertThat(lines()).extracting(l -> l.get("ok").asBoolean()).containsExactly(false, true);
    assertThat(lines().get(0).get("error").asText()).startsWith("cannot read file");
  }
}
