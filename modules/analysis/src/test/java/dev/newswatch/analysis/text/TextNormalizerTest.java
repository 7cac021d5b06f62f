package dev.newswatch.analysis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void foldsCaseAccentsAndPunctuation() {
    assertThat(TextNormalizer.fold("Belarus’s Ales Bialiatski — freed!")).isEqualTo(" belarus s ales bialiatski freed ");
    assertThat(TextNormalizer.fold("Łukašenka, Ціханоўская")).isEqualTo(" lukasenka ціханоуская ");
  }

  @Test
  void matchesWholeWordsOnly() {
    String text = TextNormalizer.fold("The president pardoned 18 prisoners; sanctions eased.");
    assertThat(TextNormalizer.containsPhrase(text, "Pardoned")).isTrue();
    assertThat(TextNormalizer.containsPhrase(text, "sanctions eased")).isTrue();
    assertThat(TextNormalizer.containsPhrase(text, "pardon")).isFalse();
    assertThat(TextNormalizer.containsPhrase(text, "  ")).isFalse();
  }

  @Test
  void emptyInputFoldsToASpace() {
    assertThat(TextNormalizer.fold(null)).isEqualTo(" ");
    assertThat(TextNormalizer.words("")).isEmpty();
  }
}
