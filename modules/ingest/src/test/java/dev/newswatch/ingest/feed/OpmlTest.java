package dev.newswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.ingest.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlTest {

  @Test
  void readsFeedsAtAnyDepthWithTheirCategories() throws Exception {
    List<OpmlFeed> feeds = Opml.read(TestFiles.bytes("opml/subscriptions-nested.opml"));

    assertThat(feeds).containsExactly(
        new OpmlFeed("https://tallinncourier.example/feeds/world.xml", "Tallinn Courier",
            "https://tallinncourier.example/world", null),
        new OpmlFeed("https://balticwire.example/europe.rss", "Baltic Wire — Europe", null, "Belarus / Wires"),
        new OpmlFeed("https://vilniusdaily.example/rss", "Vilnius & Minsk \"Daily\"", null, "Belarus"),
        new OpmlFeed("https://treasury.example/notices.atom", "Treasury notices", null, "Sanctions"));
  }

  @Test
  void refusesAnExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-XXE-MARKER");
    byte[] attack = TestFiles.text("opml/xxe-attempt.opml")
        .replace("@SECRET_FILE_URI@", secret.toUri().toString()).getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Opml.read(attack))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("declares a DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET-XXE-MARKER");
  }

  @Test
  void refusesAFeedDocumentAndBrokenXml() {
    assertThatThrownBy(() -> Opml.read(TestFiles.bytes("feeds/rss2-tallinn-courier.xml")))
        .hasMessage("not OPML: the root element is <rss>");
    assertThatThrownBy(() -> Opml.read("<opml><body><outline".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("OPML is not well-formed XML at line 1");
  }

  @Test
  void refusesOversizedListsAndDeepNesting() {
    assertThatThrownBy(() -> Opml.read(new byte[Opml.MAX_BYTES + 1])).hasMessageContaining("over the limit");
    String deep = "<outline text=\"c\">".repeat(Opml.MAX_DEPTH + 2) + "</outline>".repeat(Opml.MAX_DEPTH + 2);
    assertThatThrownBy(() -> Opml.read(("<opml><body>" + deep + "</body></opml>").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("nested deeper than");
    String many = "<outline xmlUrl=\"https://a.example/f\"/>".repeat(Opml.MAX_FEEDS + 1);
    assertThatThrownBy(() -> Opml.read(("<opml><body>" + many + "</body></opml>").getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("more than " + Opml.MAX_FEEDS + " feeds");
  }

  @Test
  void writesOpml20ThatReadsBackToTheSameFeeds() throws Exception {
    List<OpmlFeed> feeds = new ArrayList<>(Opml.read(TestFiles.bytes("opml/subscriptions-nested.opml")));
    feeds.add(new OpmlFeed("https://q.example/rss?a=1&b=<2>", "Quotes \"and\" <tags>\nnewline\u0001", null, null));

    String written = Opml.write("Rights & releases", feeds);

    assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">")
        .contains("<title>Rights &amp; releases</title>")
        .contains("xmlUrl=\"https://q.example/rss?a=1&amp;b=&lt;2&gt;\"")
        .doesNotContain("\u0001");
    List<OpmlFeed> back = Opml.read(written.getBytes(StandardCharsets.UTF_8));
    assertThat(back).containsExactlyInAnyOrderElementsOf(List.of(
        feeds.get(0), feeds.get(1), feeds.get(2), feeds.get(3),
        new OpmlFeed("https://q.example/rss?a=1&b=<2>", "Quotes \"and\" <tags> newline", null, null)));
  }
}
