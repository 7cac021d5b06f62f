package dev.newswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void cutsLongTextToTheLimit() {
    assertThat(PlainText.of("<p>" + "word ".repeat(100) + "</p>", 20)).hasSize(20);
  }

  @Test
  void collapsesWhitespaceOfTextWithoutMarkup() {
    assertThat(PlainText.of("  Minsk\n   frees\t31  ", 100)).isEqualTo("Minsk frees 31");
  }

  @Test
  void treatsBlankAndEmptyMarkupAsNoText() {
    assertThat(PlainText.of("   ", 100)).isNull();
    assertThat(PlainText.of("<p> </p>", 100)).isNull();
    assertThat(PlainText.of(null, 100)).isNull();
  }
}
