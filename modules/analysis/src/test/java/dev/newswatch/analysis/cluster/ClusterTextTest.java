package dev.newswatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterTextTest {

  @Test
  void transliteratesCyrillicAfterFolding() {
    assertThat(ClusterText.words("Лукашенко помиловал 123 заключённых"))
        .containsExactly("lukashenko", "pomiloval", "123", "zaklyuchennykh");
  }

  @Test
  void spellingVariantsOfOneNameShareASkeleton() {
    String bialiatski = ClusterText.skeleton("bialiatski");
    assertThat(ClusterText.skeleton(ClusterText.words("Беляцкий").get(0))).isEqualTo(bialiatski);
    assertThat(ClusterText.skeleton("byalyatsky")).isEqualTo(bialiatski);
    assertThat(ClusterText.skeleton(ClusterText.words("Łukašenka").get(0)))
        .isEqualTo(ClusterText.skeleton("lukashenko"));
    assertThat(ClusterText.skeleton("coale")).isEqualTo(ClusterText.skeleton("cole"));
    assertThat(ClusterText.skeleton("tsikhanouski")).isEqualTo(ClusterText.skeleton("tikhanovsky"))
        .isEqualTo(ClusterText.skeleton(ClusterText.words("Тихановский").get(0)));
    assertThat(ClusterText.skeleton("kolesnikova")).isEqualTo(ClusterText.skeleton("kalesnikava"));
  }

  @Test
  void differentWordsKeepDifferentSkeletons() {
    assertThat(ClusterText.skeleton("pardon")).isNotEqualTo(ClusterText.skeleton("prison"));
    assertThat(ClusterText.skeleton("123")).isEqualTo("123");
    assertThat(ClusterText.skeleton("alexander")).startsWith("a");
  }

  @Test
  void abbreviationsWithAndWithoutDotsAreOneWord() {
    assertThat(ClusterText.words("the U.S. envoy")).containsExactly("the", "us", "envoy");
    assertThat(ClusterText.words("the US envoy")).containsExactly("the", "us", "envoy");
  }

  @Test
  void punctuationAndWhitespaceDoNotChangeTheWords() {
    assertThat(ClusterText.words("“Belarus is open — to dialogue,”  he said."))
        .isEqualTo(ClusterText.words("\"Belarus is open - to dialogue\" he said"));
  }

  @Test
  void agreesWithTheTaggersFolding() {
    String text = "Łukašenka’s envoy met Ціханоўская — “Belarus’s ﬁnest” 1,257 naïve Zürich";
    String viaFold = ClusterText.latin(dev.newswatch.analysis.text.TextNormalizer.fold(text)).strip();
    assertThat(String.join(" ", ClusterText.words(text))).isEqualTo(viaFold);
  }
}
