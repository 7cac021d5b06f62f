package dev.newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  /** Language code, tab, a sentence we wrote: six per language, three short and three of one or two clauses. */
  private static List<String[]> sentences() {
    String tsv = new String(ArticleExtractorTest.fixture("language-sentences.tsv"), StandardCharsets.UTF_8);
    return tsv.lines().filter(l -> !l.isBlank()).map(l -> l.split("\t", 2)).toList();
  }

  @Test
  void tellsTheSevenRequiredLanguagesApartInSingleSentences() {
    List<String> wrong = new ArrayList<>();
    for (String[] row : sentences()) {
      String got = LanguageGuesser.detect(row[1]);
      if (!row[0].equals(got)) {
        wrong.add(row[0] + " taken for " + got + ": " + row[1]);
      }
    }
    assertThat(sentences()).hasSize(42);
    assertThat(wrong).isEmpty();
  }

  @Test
  void getsMostFourWordFragmentsRight() {
    int right = 0;
    List<String[]> rows = sentences();
    for (String[] row : rows) {
      String[] words = row[1].split(" ");
      String fragment = String.join(" ", Arrays.copyOf(words, Math.min(4, words.length)));
      right += row[0].equals(LanguageGuesser.detect(fragment)) ? 1 : 0;
    }
    // Headline-sized text is the hard case for trigram scores; articles give the detector far more.
    assertThat(right).isGreaterThanOrEqualTo(rows.size() - 3);
  }

  @Test
  void keepsADeclaredLanguageThatFitsTheScriptAndOverridesOneThatDoesNot() {
    LanguageGuesser guesser = new LanguageGuesser();
    String belarusian = "Чыноўнікі заявілі, што перамовы аднавяцца ў наступным месяцы, хоць бакі яшчэ не дамовіліся.";

    assertThat(guesser.choose("ru", belarusian)).isEqualTo("ru");
    assertThat(guesser.choose("en", belarusian)).isEqualTo("be");
    assertThat(guesser.choose(null, belarusian)).isEqualTo("be");
    assertThat(guesser.choose("de-AT", "Kurz.")).isEqualTo("de-AT");
    assertThat(guesser.choose(null, "")).isNull();
  }
}
