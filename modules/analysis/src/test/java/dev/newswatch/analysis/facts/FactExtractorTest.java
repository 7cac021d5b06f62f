package dev.newswatch.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.entities.EntityMatcher;
import dev.newswatch.analysis.entities.Gazetteer;
import dev.newswatch.analysis.tags.Sentences;
import dev.newswatch.analysis.tags.TagRuleFile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactExtractorTest {

  private static final NumberWords NUMBERS = new NumberWords(TagRuleFile.bundled().languages());
  private static final EntityMatcher ENTITIES = new EntityMatcher(Gazetteer.bundled());

  private static Facts facts(String text) {
    return new FactExtractor().extract(text, Sentences.split(text), ENTITIES.find(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "one hundred and twenty-three|123", "сто двадцать три|123", "сто дваццаць тры|123", "sixteen|16",
      "two thousand five hundred|2500", "1,257|1257", "шаснаццаць|16", "a dozen|12", "пятерых|5", "троих|3",
      "szesnastu|16", "trzydziestu jeden|31", "pięćdziesięciu dwóch|52", "sto dwadzieścia trzy|123",
      "šešiolika|16", "trisdešimt vienas|31", "шістнадцять|16", "тридцять одного|31",
      "einunddreißig|31", "zweiundfünfzig|52", "einhundertdreiundzwanzig|123", "cinquante-deux|52",
      "trente et un|31", "trente-et-un|31", "deux cents|200", "treinta y uno|31", "cincuenta y dos|52",
      "ciento veintitrés|123", "trentuno|31", "cinquantadue|52", "centoventitré|123", "trinta e um|31",
      "cinquenta e dois|52", "dezesseis|16", "deux mille|2000", "dwa tysiące|2000"})
  void readsNumberWords(String words, long value) {
    var list = Arrays.asList(words.toLowerCase().split("[ -]"));
    assertThat(NUMBERS.read(list, 0, null).value()).isEqualTo(value);
  }

  @Test
  void attachesTheCountToTheReleaseNotToRemainingPrisoners() {
    Facts f = facts("The press service announced that 16 individuals—eight men and eight women—were pardoned. "
        + "According to Viasna, 1,257 political prisoners remain behind bars.");
    assertThat(f.releasedCount()).isEqualTo(16L);
    assertThat(f.remaining()).extracting(CountFact::count).containsExactly(1257L);
  }

  @Test
  void countsTheOneReleasedWithOthersAndStopsNationalityAtAClauseBreak() {
    assertThat(facts("Mikalai Statkevich, released with 51 other prisoners, refused to leave.").releasedCount())
        .isEqualTo(52L);
    Facts f = facts("В рамках сделки Минск освободил 52 заключённых, а США сняли санкции.");
    assertThat(f.released()).extracting(CountFact::nationality).containsOnlyNulls();
    assertThat(facts("Лукашенко помиловал 31 гражданина Украины.").released()).extracting(CountFact::nationality)
        .containsExactly("UA");
  }

  @Test
  void readsRussianAndBelarusianCounts() {
    assertThat(facts("Лукашенко помиловал сто двадцать три человека.").releasedCount()).isEqualTo(123L);
    assertThat(facts("Лукашэнка памілаваў шаснаццаць чалавек.").releasedCount()).isEqualTo(16L);
  }

  @Test
  void findsNationalityAndDestination() {
    Facts f = facts("Lukashenko pardoned 31 Ukrainians, who were handed over to Ukraine.");
    assertThat(f.released().get(0).nationality()).isEqualTo("UA");
    assertThat(f.destinations()).containsExactly("UA");
  }

  @Test
  void runningTotalIsNotThisRelease() {
    Facts f = facts("The pardon brings the total number of foreign nationals released to 156.");
    assertThat(f.releasedCount()).isNull();
    assertThat(f.released()).extracting(CountFact::kind).containsExactly(CountFact.RELEASED_TOTAL);
  }
}
