package dev.newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

  private static final URI PAGE = URI.create("https://news.example/europe/story");
  private final ArticleExtractor extractor = new ArticleExtractor();

  private ExtractedArticle extract(String fixture) {
    return extractor.extract(fixture(fixture), "text/html", PAGE);
  }

  static byte[] fixture(String name) {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void keepsEveryParagraphAndDropsBoilerplateBetweenThem() {
    ExtractedArticle a = extract("boilerplate-between-paragraphs.html");

    assertThat(a.isArticle()).isTrue();
    assertThat(a.text().split("\n\n")).hasSize(5);
    assertThat(a.text()).startsWith("Fourteen people jailed after the 2020 protests")
        .contains("former schoolteacher", "state airline and on potash", "barely changes",
            "on humanitarian grounds")
        .doesNotContain("Advertisement", "Share on X", "morning briefing", "Read more", "All rights reserved",
            "Business", "We learned from the news");
  }

  @Test
  void readsMetadataFromJsonLdGraphOpenGraphAndCanonicalLink() {
    ExtractedArticle a = extract("boilerplate-between-paragraphs.html");

    assertThat(a.url()).isEqualTo("https://balticwire.example/europe/minsk-frees-14");
    assertThat(a.title()).isEqualTo("Minsk frees 14 more prisoners ahead of sanctions talks");
    assertThat(a.byline()).isEqualTo("Ona Petrauskaite, Tom Reed");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-11-17T07:30:00Z"));
    assertThat(a.modified()).isEqualTo(Instant.parse("2026-11-17T10:05:00Z"));
    assertThat(a.siteName()).isEqualTo("Baltic Wire");
    assertThat(a.lang()).isEqualTo("en-GB");
    assertThat(a.description()).startsWith("Fourteen people convicted");
    assertThat(a.leadImage()).isEqualTo("https://news.example/img/minsk-border.jpg");
  }

  @Test
  void dropsRelatedStoriesAndTheCommentSection() {
    ExtractedArticle a = extract("related-and-comments.html");

    assertThat(a.isArticle()).isTrue();
    assertThat(a.text()).contains("rejecting calls from two member states", "A review is planned for the autumn.")
        .doesNotContain("Related stories", "US lifts sanctions on Belarusian airline", "12 comments",
            "Sanctions never work", "my cousin");
    assertThat(a.title()).isEqualTo("EU extends Belarus sanctions for another year");
    assertThat(a.byline()).isEqualTo("Marta Novak");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-02-25T16:00:00Z"));
  }

  @Test
  void ignoresTheCookieBanner() {
    ExtractedArticle a = extract("cookie-banner.html");

    assertThat(a.isArticle()).isTrue();
    assertThat(a.text()).startsWith("A Belarusian activist released under a pardon")
        .doesNotContain("cookies", "Manage settings");
  }

  @Test
  void keepsSubheadingsOfTheFirstPageAndLeavesOutPagination() {
    ExtractedArticle a = extract("multi-page-1.html");

    assertThat(a.isArticle()).isTrue();
    assertThat(a.text()).contains("A first gesture", "sequence releases")
        .doesNotContain("Next page");
    assertThat(a.text().split("\n\n")).containsSubsequence("A first gesture",
        "Within weeks, a small group was released and driven to the border, a step officials on both sides later "
            + "described as a test of whether promises would be kept.");
  }

  @Test
  void extractsRightToLeftArabicArticle() {
    ExtractedArticle a = extract("rtl-arabic.html");

    assertThat(a.isArticle()).isTrue();
    assertThat(a.lang()).isEqualTo("ar");
    assertThat(a.title()).isEqualTo("بيلاروس تفرج عن سجناء سياسيين");
    assertThat(a.siteName()).isEqualTo("الخبر اليوم");
    assertThat(a.text()).startsWith("أفرجت السلطات في بيلاروس").doesNotContain("الرئيسية");
  }

  @Test
  void extractsRightToLeftHebrewArticleAndDetectsItsLanguage() {
    ExtractedArticle a = extract("rtl-hebrew.html");

    assertThat(a.isArticle()).isTrue();
    assertThat(a.lang()).isEqualTo("he");
    assertThat(a.title()).isEqualTo("בלארוס שחררה אסירים פוליטיים");
    assertThat(a.text().split("\n\n")).hasSize(3);
    assertThat(a.text()).startsWith("השלטונות בבלארוס שחררו").endsWith("יישארו פתוחים.")
        .doesNotContain("ראשי", "שתפו", "פרסומת", "כל הזכויות שמורות");
  }

  @Test
  void decodesWindows1251DeclaredOnlyInTheHttpHeaderAndDetectsUkrainian() {
    String paragraph = "Посадовці заявили, що переговори відновляться наступного місяця, хоча сторони ще не "
        + "домовилися, де вони відбудуться і хто в них візьме участь. Фермери на півночі кажуть, що через "
        + "посушливе літо врожай скоротився на третину.";
    byte[] page = ("<html><head><title>Переговори відновляться</title></head><body><article><p>" + paragraph
        + "</p><p>" + paragraph + "</p></article></body></html>").getBytes(Charset.forName("windows-1251"));

    ExtractedArticle a = extractor.extract(page, "text/html; charset=windows-1251", PAGE);

    assertThat(a.title()).isEqualTo("Переговори відновляться");
    assertThat(a.text()).startsWith("Посадовці заявили");
    assertThat(a.lang()).isEqualTo("uk");
  }

  @Test
  void takesTheBylineOfTheArticleNotOfACommentAndDropsTheRole() {
    String page = "<html><head><title>Potash</title></head><body><section class=\"comments\"><div class=\"byline\">"
        + "J J</div><p>First!</p></section><article><div class=\"author\"><a href=\"/author/ona-petrauskaite\">Ona "
        + "Petrauskaite</a> Baltic correspondent</div><p>Potash trains resumed on Monday.</p></article></body></html>";

    assertThat(extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, PAGE).byline())
        .isEqualTo("Ona Petrauskaite");
  }

  @Test
  void decodesWindows1251DeclaredOnlyInMetaAndDetectsBelarusian() {
    ExtractedArticle a = extractor.extract(fixture("cyrillic-windows-1251.html"), null, PAGE);

    assertThat(a.isArticle()).isTrue();
    assertThat(a.title()).isEqualTo("Лукашэнка памілаваў яшчэ шаснаццаць чалавек");
    assertThat(a.text()).contains("памілаваныя шаснаццаць асуджаных").doesNotContain("Галоўная");
    assertThat(a.lang()).isEqualTo("be");
  }

  @Test
  void httpCharsetOverridesMetaAndByteOrderMarkOverridesBoth() {
    byte[] page = ("<html><head><meta charset=\"windows-1251\"><title>Пакаранне</title></head><body></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(extractor.extract(page, "text/html; charset=UTF-8", PAGE).title()).isEqualTo("Пакаранне");

    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] withBom = new byte[bom.length + page.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(page, 0, withBom, bom.length, page.length);
    assertThat(extractor.extract(withBom, "text/html; charset=ISO-8859-1", PAGE).title()).isEqualTo("Пакаранне");
  }

  @Test
  void prefersValidMultiByteUtf8OverAStaleMetaCharset() {
    byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        + "<title>Санкцыі</title></head><body></body></html>").getBytes(StandardCharsets.UTF_8);
    assertThat(extractor.extract(page, null, PAGE).title()).isEqualTo("Санкцыі");
  }

  @Test
  void readsJsonLdWrappedInCdata() {
    byte[] page = ("<html><head><script type=\"application/ld+json\"><![CDATA[ {\"@type\": \"NewsArticle\", "
        + "\"headline\": \"Belavia sanctions eased\", \"datePublished\": \"2026-09-11T10:00\", "
        + "\"author\": {\"@type\": \"Person\", \"name\": \"Ada Brook\"},} ]]></script></head><body></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    ExtractedArticle a = extractor.extract(page, null, PAGE);
    assertThat(a.title()).isEqualTo("Belavia sanctions eased");
    assertThat(a.byline()).isEqualTo("Ada Brook");
    assertThat(a.published()).isEqualTo(Instant.parse("2026-09-11T10:00:00Z"));
  }

  @Test
  void cleansBylineMarkupOfSectionLabelsAndTrailingDates() {
    String page = "<html><head><title>Potash</title></head><body><article><div class=\"byline\">Europe by "
        + "Ona Petrauskaite - Nov 17, 2026 9:30 am</div><p>Potash trains resumed on Monday.</p></article>"
        + "</body></html>";
    assertThat(extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, PAGE).byline())
        .isEqualTo("Ona Petrauskaite");
  }

  @Test
  void acceptsAnySchemaOrgArticleSubtype() {
    String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"ReportageNewsArticle\", "
        + "\"author\": [{\"name\": \"Ada Brook\"}, {\"name\": \"Tom Reed\"}]}</script></head><body></body></html>";
    assertThat(extractor.extract(page.getBytes(StandardCharsets.UTF_8), null, PAGE).byline())
        .isEqualTo("Ada Brook, Tom Reed");
  }

  @Test
  void reportsScriptShellAsNotAnArticle() {
    ExtractedArticle a = extract("js-shell.html");

    assertThat(a.isArticle()).isFalse();
    assertThat(a.notArticleReason()).contains("scripts");
    assertThat(a.error()).isNull();
    assertThat(a.text()).doesNotContain("enable JavaScript", "INITIAL_STATE");
  }

  @Test
  void reportsSectionFrontAsIndexPage() {
    ExtractedArticle a = extract("index-page.html");

    assertThat(a.isArticle()).isFalse();
    assertThat(a.notArticleReason()).startsWith("index page");
    assertThat(a.title()).isEqualTo("Europe");
  }

  @Test
  void reportsPaywallStubButKeepsTeaserAndMetadata() {
    ExtractedArticle a = extract("paywall-stub.html");

    assertThat(a.isArticle()).isFalse();
    assertThat(a.notArticleReason()).startsWith("paywall");
    assertThat(a.byline()).isEqualTo("Iris Vance");
    assertThat(a.text()).startsWith("When American officials first raised the idea");
  }

  @Test
  void neverThrowsOnEmptyOrBrokenInput() {
    assertThat(extractor.extract(new byte[0], null, null).error()).isEqualTo("empty document");
    assertThat(extractor.extract(null, null, null).isArticle()).isFalse();
    ExtractedArticle garbage = extractor.extract(new byte[] {0, (byte) 0xFF, 60, 62, 0x1B}, "text/html; charset=nope",
        null);
    assertThat(garbage.isArticle()).isFalse();
    assertThat(garbage.error()).isNull();
  }

  @Test
  void readsOnlyUpToTheSizeCap() {
    ArticleExtractor small = new ArticleExtractor(200, Duration.ofSeconds(1));
    String page = "<html><head><title>Short</title></head><body><p>" + "word ".repeat(1000) + "</p></body></html>";

    ExtractedArticle a = small.extract(page.getBytes(StandardCharsets.UTF_8), null, PAGE);

    assertThat(a.error()).isNull();
    assertThat(a.text().length()).isLessThan(200);
  }

  @Test
  void givesUpWithAnErrorWhenTheTimeBudgetIsSpent() {
    ArticleExtractor hasty = new ArticleExtractor(ArticleExtractor.DEFAULT_MAX_BYTES, Duration.ofNanos(1));

    ExtractedArticle a = hasty.extract(fixture("boilerplate-between-paragraphs.html"), null, PAGE);

    assertThat(a.isArticle()).isFalse();
    assertThat(a.error()).contains("time budget");
  }
}
