package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusCheckTest {

  @TempDir
  Path corpus;

  private final StringWriter out = new StringWriter();

  private static final String RSS = """
      <rss version="2.0"><channel><title>T</title>
        <item><title>First &amp; foremost</title><link>https://a.example/1</link></item>
        <item><title>Second</title><link>/2</link></item></channel></rss>
      """;

  @BeforeEach
  void writeCorpus() throws Exception {
    Path gofeed = Files.createDirectories(corpus.resolve("gofeed/testdata/parser/rss"));
    Files.writeString(gofeed.resolve("agree.xml"), RSS);
    Files.writeString(gofeed.resolve("agree.json"), """
        {"items": [{"title": "First &amp; foremost", "link": "https://a.example/1"},
                   {"title": "Second", "link": "/2"}], "version": "2.0"}
        """);
    Files.writeString(gofeed.resolve("differ.xml"), RSS);
    Files.writeString(gofeed.resolve("differ.json"), """
        {"items": [{"title": "First", "link": "https://a.example/1"}], "version": "2.0"}
        """);
    Path feedRs = Files.createDirectories(corpus.resolve("feed-rs/fixture/rss2"));
    Files.writeString(feedRs.resolve("one.xml"), RSS);
    Files.writeString(feedRs.resolve("one.serde.json"), """
        {"entries": [{"title": {"content": "First & foremost"}, "links": [{"href": "https://A.example/1", "rel": null}]},
                     {"title": {"content": "Second"}, "links": [{"href": "https://feed.invalid/2"}]}]}
        """);
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new CorpusCheck());
    cli.setOut(new PrintWriter(out));
    return cli.execute(args);
  }

  @Test
  void countsAgreementPerSuiteAndNamesTheDifference() {
    int exit = run(corpus.toString(), "--verbose", "--expect-at-least", "gofeed=1", "--expect-at-least", "feed-rs=1");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("suite gofeed: 2 pairs, 1 agree, 1 disagree")
        .contains("suite feed-rs: 1 pairs, 1 agree, 0 disagree")
        .contains("DIFF gofeed gofeed/testdata/parser/rss/differ.xml: item count: expected 1, parsed 2 + 0 skipped")
        .contains("files 6, parsed ok 3, rejected 3");
  }

  @Test
  void failsWhenASuiteAgreesLessThanExpected() {
    assertThat(run(corpus.toString(), "--expect-at-least", "gofeed=2")).isEqualTo(1);
    assertThat(out.toString()).contains("suite gofeed: 2 pairs, 1 agree, 1 disagree (expected at least 2)");
  }

  @Test
  void failsWhenAnExpectedSuiteIsMissing() {
    assertThat(run(corpus.toString(), "--expect-at-least", "rss-parser=1")).isEqualTo(1);
    assertThat(out.toString()).contains("suite rss-parser: no pairs found");
  }
}
