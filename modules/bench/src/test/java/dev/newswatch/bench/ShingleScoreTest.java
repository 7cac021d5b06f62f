package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleScoreTest {

  @Test
  void identicalTextScoresOneWhateverThePunctuation() {
    ShingleScore s = ShingleScore.of("Minsk frees 14 prisoners, again.", "Minsk — frees 14 prisoners again");
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void extraBoilerplateLowersPrecisionAndMissingTextLowersRecall() {
    String expected = "one two three four five six";
    ShingleScore s = ShingleScore.of(expected, "one two three four five six share this story now");
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(3.0 / 7, within(1e-9));

    ShingleScore half = ShingleScore.of(expected, "one two three four");
    assertThat(half.precision()).isEqualTo(1.0);
    assertThat(half.recall()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void countsRepeatedShinglesAsAMultiset() {
    ShingleScore s = ShingleScore.of("a b c d", "a b c d a b c d");
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(1.0 / 5, within(1e-9));
  }

  @Test
  void tokenisesCyrillicAsWords() {
    assertThat(ShingleScore.tokens("Лукашэнка памілаваў 16 чалавек.")).containsExactly("Лукашэнка", "памілаваў",
        "16", "чалавек");
  }

  @Test
  void emptyAgainstEmptyAgreesAndNothingInCommonScoresZero() {
    assertThat(ShingleScore.of("", "")).isEqualTo(new ShingleScore(1, 1));
    assertThat(ShingleScore.of("a b c d e", "")).isEqualTo(new ShingleScore(0, 0));
  }
}
