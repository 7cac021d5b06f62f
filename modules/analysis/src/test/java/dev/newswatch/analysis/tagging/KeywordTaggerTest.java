package dev.newswatch.analysis.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Tag;
import dev.newswatch.model.Tags;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordTaggerTest {

  private static final KeywordTagger TAGGER = KeywordTagger.defaults();

  @Test
  void tagsPardonStory() {
    List<Tag> tags = TAGGER.tag("""
        Minsk frees 19 more inmates ahead of holiday
        The Belarusian leader pardoned nineteen people convicted after the 2020 protests, the
        presidential press service said on Friday.""");

    assertThat(names(tags)).containsExactly(Tags.PARDON_RELEASE);
    assertThat(tags.getFirst().evidence()).contains("pardoned", "frees", "inmates");
  }

  @Test
  void tagsReleaseOfPrisonersWithoutTheWordPardon() {
    List<Tag> tags = TAGGER.tag("Two jailed journalists were released and crossed into Lithuania on Tuesday.");

    assertThat(tags).containsExactly(new Tag(Tags.PARDON_RELEASE, List.of("released", "jailed")));
  }

  @Test
  void tagsSanctionsEasingOnPotashAndBelavia() {
    List<Tag> tags = TAGGER.tag("""
        Washington eases curbs on Belarusian potash
        The US Treasury lifted restrictions on the state potash producer and on the national carrier
        Belavia, which may again buy spare parts for its fleet.""");

    assertThat(names(tags)).containsExactly(Tags.SANCTIONS);
    assertThat(tags.getFirst().evidence()).contains("lifted", "restrictions", "potash");
  }

  @Test
  void tagsSanctionsOnItsOwnStrongPhrase() {
    assertThat(names(TAGGER.tag("OFAC adds three refinery bosses to the Specially Designated Nationals list")))
        .containsExactly(Tags.SANCTIONS);
  }

  @Test
  void tagsStoryAboutBothPardonsAndSanctionsWithBothInStableOrder() {
    List<Tag> tags = TAGGER.tag("""
        Belarus frees 52 political prisoners as US lifts sanctions on Belavia
        The releases followed talks in Minsk; in return the airline's Western sanctions were eased.""");

    assertThat(names(tags)).containsExactly(Tags.PARDON_RELEASE, Tags.SANCTIONS);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Grain shipments through the port of Klaipeda hit a record in the third quarter",
      "Dinamo Minsk beat BATE 2-1 with a late header to stay top of the league",
      "Forecasters expect the first snow in Vitebsk region by the end of the week",
  })
  void tagsNothingInUnrelatedStory(String text) {
    assertThat(TAGGER.tag(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The ministry freed up funds for new school buses and released a statement on prisoners' meals",
      "Police released a statement after the prison riot drill; no inmates were hurt",
      "The label released a new album and the band members walked out of the press release event",
  })
  void doesNotTagPardonReleaseForEverydayUsesOfReleaseAndFree(String text) {
    assertThat(names(TAGGER.tag(text))).doesNotContain(Tags.PARDON_RELEASE);
  }

  @Test
  void weakPhraseWithoutContextDoesNotTag() {
    assertThat(TAGGER.tag("The government eased parking rules and lifted the speed limit on the ring road"))
        .isEmpty();
  }

  @Test
  void matchesRegardlessOfCaseAndAccents() {
    assertThat(names(TAGGER.tag("LUKAŠENKA GRANTS AMNESTÝ TO 30 CONVICTS"))).containsExactly(Tags.PARDON_RELEASE);
    assertThat(names(TAGGER.tag("Nouvel embargó sur les engrais"))).containsExactly(Tags.SANCTIONS);
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(TAGGER.tag("The unpardonable delay of the sanctionsless budget")).isEmpty();
  }

  @Test
  void keepsAtMostFiveEvidencePhrasesPerTag() {
    List<Tag> tags = TAGGER.tag(
        "Pardon, pardons, pardoned, pardoning: amnesty, clemency and a prisoner swap for all inmates");

    assertThat(tags.getFirst().evidence()).hasSize(5).startsWith("pardon", "pardons");
  }

  @Test
  void keepsTheContextPhraseThatMadeWeakPhrasesCountWhenEvidenceIsCapped() {
    List<Tag> tags = TAGGER.tag("Sanctions: the EU lifted, then eased, then lifted again its curbs on potash exports");

    assertThat(tags.getFirst().evidence()).hasSizeLessThanOrEqualTo(5).containsSubsequence("lifted", "potash");
  }

  @Test
  void emptyTextHasNoTags() {
    assertThat(TAGGER.tag(null)).isEmpty();
    assertThat(TAGGER.tag("")).isEmpty();
  }

  @Test
  void bundledRulesCoverEveryTag() {
    assertThat(TAGGER.rules().rules()).extracting(TagRule::tag).containsExactlyInAnyOrderElementsOf(Tags.ALL);
  }

  private static List<String> names(List<Tag> tags) {
    return tags.stream().map(Tag::name).toList();
  }
}
