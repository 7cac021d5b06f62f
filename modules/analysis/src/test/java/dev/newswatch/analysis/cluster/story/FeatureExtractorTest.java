package dev.newswatch.analysis.cluster.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.ClusterText;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

  @Test
  void extractsNamesNumbersCountriesAndTerms() {
    StoryFeatures f = new FeatureExtractor().extract(new ClusterInput("a", "", "Lukashenko pardons 123 prisoners",
        "On December 13 Belarus freed 123 prisoners, among them Ales Bialiatski. Viasna counts 1,257 political "
            + "prisoners; in 2020 protests were crushed. Lithuania welcomed the move.",
        Instant.EPOCH, "en-GB", List.of()));
    assertThat(f.keyNumbers()).contains("123");
    assertThat(f.numbers()).contains("123", "1257").doesNotContain("13", "2020");
    assertThat(f.countries()).contains("BY", "LT");
    assertThat(f.names()).contains(ClusterText.skeleton("bialiatski")).doesNotContain("n");
    assertThat(f.terms()).containsKey("prisoner").containsKey("pardon");
    assertThat(f.lang()).isEqualTo("en");
  }

  @Test
  void namesInEitherScriptGetTheSameKey() {
    String key = ClusterText.skeleton("bialiatski").substring(0, FeatureExtractor.NAME_KEY);
    assertThat(FeatureExtractor.names("The envoy met Ales Bialiatski.")).contains(key);
    assertThat(FeatureExtractor.names("Посланник встретил Алеся Беляцкого.")).contains(key);
  }

  @Test
  void titlesAndSentenceInitialWordsAreNotNames() {
    assertThat(FeatureExtractor.names("Speaking in Minsk, President Lukashenko said so. Despite this, Lukashenko"))
        .containsExactly(ClusterText.skeleton("lukashenko").substring(0, FeatureExtractor.NAME_KEY));
  }

  @Test
  void numbersKeepThousandsGroupsAndSkipDecimalsAndYears() {
    assertThat(FeatureExtractor.numbers("8 000 amnestied, 1,177 held, 3.5 percent, 2020 123 people, 12,34"))
        .containsExactly("8000", "1177", "123", "12");
  }
}
