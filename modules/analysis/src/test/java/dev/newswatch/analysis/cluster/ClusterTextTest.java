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
  }

  @Test
  void differentWordsKeepDifferentSkeletons() {
    assertThat(ClusterText.skeleton("pardon")).isNotEqualTo(ClusterText.skeleton("prison"));
    assertThat(ClusterText.skeleton("123")).isEqualTo("123");
    assertThat(ClusterText.skeleton("alexander")).startsWith("a");
  }

  @Test
  void punctuationAndWhitespaceDoNotChangeTheWords() {
    assertThat(ClusterText.words("“Belarus is open — to dialogue,”  he said."))
        .isEqualTo(ClusterText.words("\"Belarus is open - to dialogue\" he said"));
  }
}
