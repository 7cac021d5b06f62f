package dev.newswatch.analysis.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BelarusianStemmerTest {

  @ParameterizedTest
  @CsvSource({
      "памілаваў, памілав", "памілаваны, памілав", "памілаванне, памілав", "памілавала, памілав",
      "памілавання, памілав", "санкцыі, санкц", "санкцый, санкц", "санкцыямі, санкц",
      "вызваліў, вызвал", "вызвалены, вызвал", "вызваленне, вызвал",
      "палітвязняў, палітвязн", "палітвязні, палітвязн"})
  void inflectedFormsShareAStem(String word, String stem) {
    assertThat(BelarusianStemmer.stem(word)).isEqualTo(stem);
  }

  @ParameterizedTest
  @CsvSource({"мір", "да", "сто"})
  void keepsShortWords(String word) {
    assertThat(BelarusianStemmer.stem(word)).isEqualTo(word);
  }
}
