package dev.newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SiteMemoryTest {

  private static final long BOX = SiteMemory.fingerprint("Get the Minsk morning briefing in your inbox");

  @Test
  void aBlockCountsAsTheSitesOnceTwoOtherPagesHeldIt() {
    SiteMemory memory = new SiteMemory(10, 16);
    long story = SiteMemory.fingerprint("Sixteen people were pardoned on Thursday");

    assertThat(memory.seenElsewhere("news.example", 1, new long[] {BOX, story})).containsExactly(false, false);
    assertThat(memory.seenElsewhere("news.example", 2, new long[] {BOX})).containsExactly(false);
    // The same page read again is not another page.
    assertThat(memory.seenElsewhere("news.example", 2, new long[] {BOX})).containsExactly(false);
    assertThat(memory.seenElsewhere("NEWS.example", 3, new long[] {BOX, story})).containsExactly(true, false);
    // Another site has its own memory.
    assertThat(memory.seenElsewhere("other.example", 4, new long[] {BOX})).containsExactly(false);
    assertThat(memory.seenElsewhere(null, 5, new long[] {BOX})).containsExactly(false);
  }

  @Test
  void fingerprintsFoldCaseAndWhiteSpace() {
    assertThat(SiteMemory.fingerprint("Get the  Minsk\nmorning briefing in your INBOX")).isEqualTo(BOX);
    assertThat(SiteMemory.fingerprint("Get the Minsk evening briefing in your inbox")).isNotEqualTo(BOX);
  }

  @Test
  void sitesAreBoundedLeastRecentlyUsedFirst() {
    SiteMemory memory = new SiteMemory(2, 16);
    memory.seenElsewhere("a.example", 1, new long[] {BOX});
    memory.seenElsewhere("a.example", 2, new long[] {BOX});
    memory.seenElsewhere("b.example", 3, new long[] {BOX});
    memory.seenElsewhere("a.example", 4, new long[] {7});
    memory.seenElsewhere("c.example", 5, new long[] {BOX});

    assertThat(memory.sites()).isEqualTo(2);
    // a.example was used after b.example, so b.example went and a.example still remembers its box.
    assertThat(memory.seenElsewhere("a.example", 6, new long[] {BOX})).containsExactly(true);
    assertThat(memory.seenElsewhere("b.example", 7, new long[] {BOX})).containsExactly(false);
  }

  @Test
  void blocksPerSiteAreBoundedAndARepeatedBlockOutlivesOneOffParagraphs() {
    SiteMemory memory = new SiteMemory(1, 4);
    for (int page = 1; page <= 20; page++) {
      long own = 1000 + page;
      memory.seenElsewhere("news.example", page, new long[] {BOX, own, own + 100, own + 200});
    }
    // Page 1's paragraphs are long gone (four slots), the box seen on every page is still there.
    assertThat(memory.seenElsewhere("news.example", 99, new long[] {BOX, 1001})).containsExactly(true, false);
  }

  @Test
  void rejectsNonPositiveBounds() {
    assertThatThrownBy(() -> new SiteMemory(0, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SiteMemory(4, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static final String PARAGRAPHS = """
      <p>%s reporters counted the queues at the Medininkai crossing on Thursday, where relatives of the
      prisoners waited for most of the afternoon in the cold, many of them for the third time this year.</p>
      <p>Officials on both sides said the crossing would stay open through the weekend, and that buses
      chartered by the families would be let through without the usual inspection of their luggage.</p>
      <p>The %s desk will follow the story through the weekend and publish the names of those freed as the
      families confirm them, as it did after the pardons of the summer.</p>
      """;

  private static byte[] page(String topic, String box) {
    return """
        <html><head><title>%s</title></head><body><article><h1>%s</h1>%s
        <p>%s</p></article></body></html>""".formatted(topic, topic, PARAGRAPHS.formatted(topic, topic), box)
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theExtractorLeavesOutABoxThatOtherPagesOfTheSiteHeld() {
    ArticleExtractor extractor = new ArticleExtractor();
    SiteMemory memory = new SiteMemory();
    String box = "Get the Minsk Morning in your inbox: the region's news at seven, every weekday";
    String[] topics = {"Border", "Potash", "Rail", "Election"};
    ExtractedArticle last = null;
    for (int i = 0; i < topics.length; i++) {
      last = extractor.extract(page(topics[i], box), "text/html",
          URI.create("https://news.example/story/" + i), null, memory);
      if (i < 2) {
        assertThat(last.text()).contains(box);
      }
    }
    assertThat(last.text()).contains("Election reporters counted").doesNotContain("Minsk Morning");
    // Without the memory, or on another site, the box is text like any other.
    assertThat(extractor.extract(page("Election", box), "text/html", URI.create("https://news.example/story/3"))
        .text()).contains(box);
    assertThat(extractor.extract(page("Election", box), "text/html", URI.create("https://other.example/s"), null,
        memory).text()).contains(box);
  }

  @Test
  void theSameArticleUnderAnotherAddressKeepsItsText() {
    ArticleExtractor extractor = new ArticleExtractor();
    SiteMemory memory = new SiteMemory();
    ExtractedArticle again = null;
    for (int i = 0; i < 4; i++) {
      again = extractor.extract(page("Border", "Filed from Vilnius"), "text/html",
          URI.create("https://news.example/story/border?utm_source=" + i), null, memory);
    }
    assertThat(again.text()).contains("Border reporters counted", "Officials on both sides");
  }
}
