package dev.newswatch.analysis.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.analysis.entities.Gazetteer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ArticleTaggerTest {

  private static final ArticleTagger TAGGER = ArticleTagger.defaults();

  @AfterAll
  static void close() throws Exception {
    TAGGER.close();
  }

  @Test
  void tagsABelarusPardonWithEvidenceCountryAndCameo() {
    TagResult r = TAGGER.tag("Lukashenko pardons 16 prisoners",
        "Belarusian President Alexander Lukashenko pardoned 16 people, including political prisoners. "
            + "The weather in Minsk was cold.");
    TagHit pardon = r.tags().stream().filter(t -> t.tag().equals("pardon")).findFirst().orElseThrow();
    assertThat(pardon.country()).isEqualTo("BY");
    assertThat(pardon.cameo()).isEqualTo("0841");
    assertThat(pardon.confidence()).isGreaterThan(0.9);
    assertThat(pardon.evidence()).extracting(Evidence::text).noneMatch(t -> t.contains("weather"));
    assertThat(r.has("pardon.political", "BY")).isTrue();
    assertThat(r.facts().releasedCount()).isEqualTo(16L);
  }

  @Test
  void matchesInflectedRussianAndBelarusian() {
    assertThat(TAGGER.tag("Лукашенко помиловал 18 человек", "Они были помилованы в пятницу.").has("pardon", "BY"))
        .isTrue();
    assertThat(TAGGER.tag("Лукашэнка памілаваў 18 чалавек", "Санкцыі супраць Беларусі захоўваюцца.")
        .has("pardon", "BY")).isTrue();
    assertThat(TAGGER.tag("ЕС продлил санкции против Беларуси", "").has("sanctions.imposed", "BY")).isTrue();
  }

  @Test
  void attributesSanctionsToTheTargetAndPardonsToTheActor() {
    TagResult iran = TAGGER.tag("US imposes new sanctions on Iran", "The Treasury sanctioned Iranian oil traders.");
    assertThat(iran.has("sanctions", "IR")).isTrue();
    assertThat(iran.has("sanctions", "BY")).isFalse();
    TagResult us = TAGGER.tag("Trump pardons former aide", "President Donald Trump pardoned his former adviser.");
    assertThat(us.has("pardon", "US")).isTrue();
  }

  @Test
  void aPassiveAgentCountsAndTheDatelineDoesNot() {
    TagResult r = TAGGER.tag("14 freed political prisoners crossed into Lithuania overnight",
        "VILNIUS, Lithuania — Fourteen of the 27 people pardoned by Alexander Lukashenko on Saturday were driven "
            + "to the Lithuanian border in the early hours of Sunday, the exiled opposition leader said.");

    assertThat(r.has("pardon", "BY")).isTrue();
    assertThat(r.has("pardon", "LT")).isFalse();
  }

  @Test
  void productReleasesAndPrisonerOfWarSwapsAreNotPardons() {
    assertThat(TAGGER.tag("Apple released a new iPhone", "The film was released on Friday.").tags()).isEmpty();
    assertThat(TAGGER.tag("Russia and Ukraine swap prisoners of war",
        "Russia and Ukraine exchanged 150 prisoners of war each.").has("pardon", null)).isFalse();
  }

  @Test
  void badRuleQueryFailsWithTheRuleId() {
    String json = "{\"version\":2,\"threshold\":0.5,\"tags\":{\"x\":{}},"
        + "\"rules\":[{\"id\":\"broken\",\"tag\":\"x\",\"query\":\"(unclosed\",\"weight\":0.5}]}";
    TagRuleFile file = TagRuleFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    assertThatThrownBy(() -> new ArticleTagger(file, Gazetteer.bundled())).hasMessageContaining("broken");
  }

  @Test
  void sentencesKeepAbbreviationsTogether() {
    assertThat(Sentences.split("The U.S. envoy met Mr. Coale. Then he left.")).hasSize(2);
  }

  @Test
  void aUserRuleFileAddsToTheBundledRules(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path extra = dir.resolve("my-rules.json");
    java.nio.file.Files.writeString(extra, """
        {"version": 2, "rules": [
          {"id": "house-arrest-en", "tag": "pardon", "lang": "en", "query": "\\"lifted house arrest\\"~3",
           "weight": 0.8}]}
        """);
    String title = "Court lifted house arrest of the Minsk journalist";

    try (ArticleTagger mine = ArticleTagger.load(extra, null)) {
      assertThat(TAGGER.tag(title, "").tags()).isEmpty();
      assertThat(mine.tag(title, "").tags()).extracting(TagHit::tag).contains("pardon");
      assertThat(mine.tag("Lukashenko pardons 16 prisoners", "").has("pardon", "BY")).isTrue();
    }
  }

  @Test
  void aBrokenUserRuleFileIsRefusedWithItsNameAndTheReason(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path extra = dir.resolve("typo.json");
    java.nio.file.Files.writeString(extra, """
        {"version": 2, "rules": [{"id": "x-en", "tag": "pardonn", "lang": "en", "query": "freed", "weight": 0.8}]}
        """);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArticleTagger.load(extra, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("typo.json").hasMessageContaining("unknown tag pardonn");
  }
}
