package dev.newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.config.ConfigLoader;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.ingest.feed.Opml;
import dev.newswatch.ingest.feed.OpmlFeed;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlCommandTest {

  private final ToolRun tool = new ToolRun();

  private int run(String... args) {
    return tool.run(new OpmlCommand(), args);
  }

  @Test
  void importPrintsAFeedsBlockTheConfigLoaderAccepts() throws Exception {
    int exit = run("import", ToolRun.resource("subscriptions.opml").toString());

    assertThat(exit).isZero();
    assertThat(tool.out()).startsWith("feeds:\n  # News: Belarus # east\n");
    NewswatchConfig config = new ConfigLoader(Map.of()).load(tool.out(), "import output");
    assertThat(config.feeds()).containsExactly(
        new NewswatchConfig.Feed("https://balticwire.example/europe.rss?x=1&y=2", "Baltic \"Wire\": Europe"),
        new NewswatchConfig.Feed("https://dash.example/feed", "- dash first"));
  }

  @Test
  void importQuotesEveryCharacterYamlCouldMisread() {
    assertThat(OpmlCommand.quoted("a \"b\" \\ c\nd\u0007")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\u0007\"");
  }

  @Test
  void importOfABrokenFileSaysWhy(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.opml");
    Files.writeString(broken, "<opml><body><outline", StandardCharsets.UTF_8);

    assertThat(run("import", broken.toString())).isEqualTo(OpmlCommand.INPUT_ERROR);
    assertThat(tool.err()).contains("OPML is not well-formed XML");
    assertThat(tool.out()).isEmpty();
  }

  @Test
  void exportPrintsTheConfiguredFeedsAsOpml() throws Exception {
    int exit = run("export", "--config", ToolRun.resource("newswatch-feeds.yaml").toString());

    assertThat(exit).isZero();
    assertThat(tool.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">");
    assertThat(Opml.read(tool.out().getBytes(StandardCharsets.UTF_8))).containsExactly(
        new OpmlFeed("https://tallinncourier.example/feeds/world.xml", "Tallinn Courier & <World>", null, null),
        new OpmlFeed("https://vilniusdaily.example/rss", "https://vilniusdaily.example/rss", null, null));
  }

  @Test
  void exportOfAMissingConfigSaysWhy() {
    assertThat(run("export", "--config", "/nonexistent/newswatch.yaml")).isEqualTo(OpmlCommand.INPUT_ERROR);
    assertThat(tool.err()).startsWith("opml export: ");
  }
}
