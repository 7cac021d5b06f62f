package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TagBenchCommandTest {

  @TempDir
  Path dir;

  @Test
  void benchScoresALabelledFile() throws Exception {
    Path in = dir.resolve("labelled.jsonl");
    Files.writeString(in, """
        {"id":"x","title":"Lukashenko pardons 16 prisoners","text":"","lang":"en","labels":{"tags":["pardon@BY"],"entities":["person:lukashenko"],"count":16}}
        {"id":"y","title":"Apple releases a phone","text":"","lang":"en","labels":{"tags":[],"entities":[],"count":null}}
        """);
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new TagBenchCommand());
    cli.setOut(new PrintWriter(out));
    assertThat(cli.execute(in.toString(), "--names", "100", "--seconds", "0")).isZero();
    assertThat(out.toString()).contains("pardon").contains("1.000").contains("entity recall (name variants): 1/1")
        .contains("released count right: 1/1").contains("not measured");
  }
}
