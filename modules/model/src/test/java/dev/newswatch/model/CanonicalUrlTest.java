package dev.newswatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlTest {

  @ParameterizedTest
  @CsvSource({
      "https://www.balticwire.example/europe/a-story/?utm_source=x&utm_medium=rss, https://balticwire.example/europe/a-story",
      "http://BalticWire.example:80/europe/a-story#comments, https://balticwire.example/europe/a-story",
      "https://m.minskmonitor.example/news/123?id=5&fbclid=abc&page=2, https://minskmonitor.example/news/123?id=5&page=2",
      "https://outlet.example/news/story/amp, https://outlet.example/news/story",
      "https://outlet.example, https://outlet.example/",
      "https://outlet.example:8443/a, https://outlet.example:8443/a",
      "https://outlet.example/Path/Case, https://outlet.example/Path/Case",
  })
  void reducesToTheIdentifyingForm(String input, String expected) {
    assertThat(CanonicalUrl.of(input)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"ftp://outlet.example/a", "mailto:desk@outlet.example", "/relative/path", "'not a url at all'", "''"})
  void rejectsWhatIsNotAnAbsoluteHttpUrl(String input) {
    assertThat(CanonicalUrl.of(input)).isEmpty();
  }

  @Test
  void sameStoryFromTwoFeedsGetsOneId() {
    String a = CanonicalUrl.of("https://balticwire.example/europe/x").orElseThrow();
    String b = CanonicalUrl.of("https://www.balticwire.example/europe/x/?utm_campaign=partner").orElseThrow();
    assertThat(ArticleIds.fromCanonicalUrl(a)).isEqualTo(ArticleIds.fromCanonicalUrl(b)).hasSize(32);
  }
}
