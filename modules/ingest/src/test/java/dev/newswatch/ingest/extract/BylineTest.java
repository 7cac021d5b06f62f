package dev.newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the byline is read from repeated author tags and from the markup around an author link. */
class BylineTest {

  private static final URI PAGE = URI.create("https://news.example/europe/story");
  private static final String BODY = "<p>Potash trains resumed on Monday after a week of talks at the border.</p>";
  private final ArticleExtractor extractor = new ArticleExtractor();

  private String byline(String head, String body) {
    String page = "<html><head><title>Potash</title>" + head + "</head><body><article>" + body + BODY
        + "</article></body></html>";
    return extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, PAGE).byline();
  }

  @Test
  void joinsEveryAuthorOfARepeatedDublinCoreCreatorTag() {
    String head = "<meta name=\"DC.Creator\" content=\"Petrauskaite, Ona\">"
        + "<meta name=\"DC.Creator\" content=\"Reed, Tom\"><meta name=\"DC.Creator\" content=\"Reed, Tom\">";

    assertThat(byline(head, "")).isEqualTo("Petrauskaite, Ona; Reed, Tom");
  }

  @Test
  void joinsRepeatedAuthorTagsWithCommasWhenNamesHaveNone() {
    String head = "<meta name=\"author\" content=\"Ada Brook\"><meta name=\"author\" content=\"Tom Reed\">";

    assertThat(byline(head, "")).isEqualTo("Ada Brook, Tom Reed");
  }

  @Test
  void skipsProfileAddressesAmongRepeatedArticleAuthorTags() {
    String head = "<meta property=\"article:author\" content=\"https://social.example/ada\">"
        + "<meta property=\"article:author\" content=\"Ada Brook\">";

    assertThat(byline(head, "")).isEqualTo("Ada Brook");
  }

  @Test
  void keepsTheOutletLineOfTheCreditLineAroundAnAuthorLink() {
    String body = "<div class=\"credit\">By <a rel=\"author\" href=\"/ona-petrauskaite\">Ona  Petrauskaite, MA</a>"
        + "<br>Baltic Wire News</div><div class=\"reviewer\">Reviewed by <a href=\"/tom\">Tom Reed</a></div>";

    assertThat(byline("", body)).isEqualTo("Ona Petrauskaite, MA Baltic Wire News");
  }

  @Test
  void leavesDatesAndHandlesBesideTheAuthorLinkOutOfTheCreditLine() {
    String body = "<div class=\"meta\">By <a rel=\"author\" href=\"/staff/ona\">Ona Petrauskaite</a> "
        + "<time datetime=\"2026-11-17\">November 17, 2026 9:30 AM</time> <span><a href=\"https://x.example/ona\">"
        + "@ona</a></span></div>";

    assertThat(byline("", body)).isEqualTo("Ona Petrauskaite");
  }

  @Test
  void findsTheCreditLineInsideABylineBlockButNotTheDateBesideIt() {
    String body = "<p class=\"byline\"><span class=\"by-line\">by <a href=\"/author/ona/\">Ona Petrauskaite</a>"
        + "</span><span class=\"date\">17 Nov 2026</span><a href=\"#comments\">12</a></p>";

    assertThat(byline("", body)).isEqualTo("Ona Petrauskaite");
  }

  @Test
  void keepsEveryCreditOfALineWithSeveralRoles() {
    String body = "<p class=\"byline author\">Written by Ona Petrauskaite<br>Edited by Tom Reed</p>";

    assertThat(byline("", body)).isEqualTo("Written by Ona Petrauskaite Edited by Tom Reed");
  }

  @Test
  void stillDropsASingleRoleWordBeforeTheName() {
    String body = "<p class=\"byline\">Written by Ona Petrauskaite</p>";

    assertThat(byline("", body)).isEqualTo("Ona Petrauskaite");
  }
}
