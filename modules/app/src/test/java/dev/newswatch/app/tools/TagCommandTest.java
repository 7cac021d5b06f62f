package dev.newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagCommandTest {

  @TempDir
  Path dir;

  private final StringWriter err = new StringWriter();

  private int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setErr(new PrintWriter(err));
    cli.setOut(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void writesTagsEntitiesAndFactsPerArticle() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Path out = dir.resolve("out.jsonl");
    Files.writeString(in, """
        {"id":"a1","title":"Лукашенко помиловал 18 человек","text":"Среди помилованных — Беляцкий.","lang":"ru"}
        {"id":"a2","title":"US sanctions Iran","text":"The Treasury imposed new sanctions on Iran.","lang":"en"}
        """);
    assertThat(run(new TagCommand(), "--in", in.toString(), "--out", out.toString())).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    JsonNode a1 = mapper.readTree(lines.get(0));
    assertThat(a1.get("id").asText()).isEqualTo("a1");
    assertThat(a1.get("tags").get(0).get("tag").asText()).isEqualTo("pardon");
    assertThat(a1.get("tags").get(0).get("country").asText()).isEqualTo("BY");
    assertThat(a1.get("tags").get(0).get("evidence").get(0).get("text").asText()).contains("помиловал");
    assertThat(a1.get("entities").findValuesAsText("id")).contains("person:bialiatski", "person:lukashenko");
    assertThat(a1.get("facts").get("releasedCount").asLong()).isEqualTo(18);
    JsonNode a2 = mapper.readTree(lines.get(1));
    assertThat(a2.get("tags").findValuesAsText("country")).containsOnly("IR");
  }

  @Test
  void skipsMalformedLinesAndSaysWhich() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "not json\n{\"title\":\"no id\"}\n{\"id\":\"ok\",\"title\":\"Weather\",\"text\":\"Sunny.\"}\n");
    Path out = dir.resolve("out.jsonl");
    assertThat(run(new TagCommand(), "--in", in.toString(), "--out", out.toString())).isEqualTo(1);
    assertThat(err.toString()).contains(":1: not JSON").contains(":2: no id");
    assertThat(Files.readAllLines(out)).hasSize(1);
  }
}
