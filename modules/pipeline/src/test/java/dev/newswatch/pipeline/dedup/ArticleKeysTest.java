package dev.newswatch.pipeline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleKeysTest {

  @Test
  void usesGlobalGuidAsIs() {
    assertThat(ArticleKeys.guidKey(article("https://a.example/x", "https://a.example/?p=1")))
        .isEqualTo("guid:https://a.example/?p=1");
    assertThat(ArticleKeys.guidKey(article("https://a.example/x", "urn:uuid:0b7e-11")))
        .isEqualTo("guid:urn:uuid:0b7e-11");
  }

  @Test
  void scopesBareGuidByOutletHost() {
    assertThat(ArticleKeys.guidKey(article("https://a.example/world/1201", " 1201 "))).isEqualTo("guid:a.example/1201");
  }

  @Test
  void fallsBackToCanonicalUrlWithoutGuid() {
    assertThat(ArticleKeys.guidKey(article("https://a.example/x", null))).isEqualTo("url:https://a.example/x");
    assertThat(ArticleKeys.guidKey(article("https://a.example/x", "  "))).isEqualTo("url:https://a.example/x");
  }

  private static Article article(String canonicalUrl, String guid) {
    Instant now = Instant.parse("2025-09-12T08:00:00Z");
    return new Article(ArticleIds.fromCanonicalUrl(canonicalUrl), canonicalUrl, canonicalUrl, guid,
        "https://a.example/feed", null, "t", null, null, null, now, null);
  }
}
