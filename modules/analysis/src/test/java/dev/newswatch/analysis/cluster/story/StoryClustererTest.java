package dev.newswatch.analysis.cluster.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.MemoryClusterState;
import dev.newswatch.analysis.cluster.SampleArticles;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  static final Instant T0 = SampleArticles.T0;

  private final ClusterEngine engine = new ClusterEngine(ClusterConfig.defaults());
  private final MemoryClusterState state = new MemoryClusterState(Duration.ofHours(72).toMillis());

  private ClusterEngine.Result process(String id, String title, String text, Instant time, String lang) {
    return engine.process(new ClusterInput(id, "https://" + id + ".example/x", title, text, time, lang,
        List.of("pardon")), state);
  }

  private static final String PARAPHRASE = "Belarus freed 123 prisoners on Saturday, among them the Nobel "
      + "laureate Ales Bialiatski and Maria Kolesnikova, in exchange for the United States lifting its sanctions "
      + "on potash, the country's biggest export. The American envoy John Coale, who led the talks in Minsk, "
      + "called them very productive. Opposition leader Sviatlana Tsikhanouskaya welcomed the releases but "
      + "warned that repression continues.";

  private static final String OTHER_ROUND = "President Alexander Lukashenko pardoned 52 prisoners on Thursday "
      + "after a visit by U.S. envoy John Coale, who announced that sanctions on the state airline Belavia would "
      + "be eased. Among those freed was the opposition politician Mikola Statkevich. Lukashenko has pardoned "
      + "political prisoners in small groups for more than a year.";

  @Test
  void paraphraseJoinsTheWireStory() {
    ClusterEngine.Result wire = process("a", "Belarus frees 123 prisoners including Nobel laureate",
        SampleArticles.WIRE, T0, "en");
    ClusterEngine.Result other = process("b", "Belarus releases Bialiatski, Kolesnikova as US lifts potash sanctions",
        PARAPHRASE, T0.plus(Duration.ofHours(3)), "en");
    assertThat(wire.storyCreated()).isTrue();
    assertThat(wire.storyId()).isEqualTo(StoryClusterer.storyId("a"));
    assertThat(other.storyId()).isEqualTo(wire.storyId());
    assertThat(other.story().articleCount()).isEqualTo(2);
    assertThat(other.story().sources()).extracting(StorySummary.Source::outlet)
        .containsExactly("a.example", "b.example");
    assertThat(other.story().revision()).isGreaterThan(wire.story().revision());
  }

  @Test
  void samePeopleInAnotherPardonRoundStartAnotherStory() {
    ClusterEngine.Result wire = process("a", "Belarus frees 123 prisoners", SampleArticles.WIRE, T0, "en");
    ClusterEngine.Result other = process("b", "Lukashenko pardons 52 after US envoy visit", OTHER_ROUND,
        T0.plus(Duration.ofHours(30)), "en");
    assertThat(other.storyId()).isNotEqualTo(wire.storyId());
    ClusterEngine.Result months = process("c", "Belarus frees 123 prisoners", PARAPHRASE,
        T0.plus(Duration.ofDays(90)), "en");
    assertThat(months.storyId()).isNotEqualTo(wire.storyId());
  }

  @Test
  void russianReportJoinsThroughNamesAndNumbers() {
    ClusterEngine.Result wire = process("a", "Belarus frees 123 prisoners", SampleArticles.WIRE, T0, "en");
    ClusterEngine.Result ru = process("r", "Лукашенко помиловал 123 заключённых",
        "Александр Лукашенко помиловал 123 заключённых, среди них лауреат Нобелевской премии Алесь Беляцкий и "
            + "Мария Колесникова. Спецпосланник США Джон Коул заявил, что Вашингтон снимет санкции с "
            + "белорусского калия.", T0.plus(Duration.ofHours(2)), "ru");
    assertThat(ru.storyId()).isEqualTo(wire.storyId());
  }

  @Test
  void copyJoinsItsRepresentativesStoryWithoutCountingFeaturesTwice() {
    ClusterEngine.Result wire = process("a", "Belarus frees 123", SampleArticles.WIRE, T0, "en");
    ClusterEngine.Result copy = process("b", "Totally different headline", SampleArticles.WIRE, T0, "en");
    assertThat(copy.dupOf()).isEqualTo("a");
    assertThat(copy.storyId()).isEqualTo(wire.storyId());
    assertThat(copy.story().terms()).isEqualTo(wire.story().terms());
    ClusterEngine.Result replay = process("b", "Totally different headline", SampleArticles.WIRE, T0, "en");
    assertThat(replay.storyChanged()).isFalse();
    assertThat(state.story(wire.storyId()).articleCount()).isEqualTo(2);
  }

  @Test
  void unrelatedNewsStartsItsOwnStory() {
    ClusterEngine.Result wire = process("a", "Belarus frees 123 prisoners", SampleArticles.WIRE, T0, "en");
    ClusterEngine.Result sport = process("s", "Dinamo Minsk beat BATE 2-1 in the cup final",
        "Dinamo Minsk won the Belarusian Cup on Saturday, beating BATE Borisov 2-1 in front of 22,000 fans at the "
            + "national stadium. Striker Ivan Petrov scored twice in the second half.", T0, "en");
    assertThat(sport.storyId()).isNotEqualTo(wire.storyId());
  }

  @Test
  void stateForgetsEverythingOlderThanTheWindow() {
    process("a", "Belarus frees 123 prisoners", SampleArticles.WIRE, T0, "en");
    int before = state.size();
    process("z", "Storm warning", "Heavy snow is expected across the region on Monday, forecasters said, with "
        + "winds of up to 70 km/h.", T0.plus(Duration.ofDays(5)), "en");
    state.expire();
    assertThat(state.size()).isLessThan(before);
    assertThat(state.story(StoryClusterer.storyId("a"))).isNull();
  }

  @Test
  void articleMatchingTwoStoriesJoinsTheBetterOne() {
    ClusterEngine.Result round123 = process("a", "Belarus frees 123 prisoners", SampleArticles.WIRE, T0, "en");
    ClusterEngine.Result round52 = process("b", "Lukashenko pardons 52 after US envoy visit", OTHER_ROUND,
        T0.plus(Duration.ofHours(1)), "en");
    assertThat(round52.storyId()).isNotEqualTo(round123.storyId());
    // Mentions Coale and sanctions (both stories) but the facts of the 123 release.
    ClusterEngine.Result both = process("c", "Bialiatski and Kolesnikova among 123 freed",
        "John Coale said the 123 prisoners freed on Saturday included Ales Bialiatski and Maria Kolesnikova, "
            + "and that Washington would lift sanctions on potash. Lukashenko had freed other prisoners before.",
        T0.plus(Duration.ofHours(2)), "en");
    assertThat(both.storyId()).isEqualTo(round123.storyId());
  }

  @Test
  void revisionGrowsOnMaterialChangesOnly() {
    ClusterEngine.Result first = process("a", "Belarus frees 123", SampleArticles.WIRE, T0, "en");
    StorySummary story = first.story();
    ClusterInput sameOutletCopy = new ClusterInput("a2", "https://a.example/other", "Belarus frees 123",
        SampleArticles.WIRE, T0.plusSeconds(60), "en", List.of("pardon"));
    ClusterEngine.Result copy = engine.process(sameOutletCopy, state);
    assertThat(copy.story().articleCount()).isEqualTo(2);
    assertThat(copy.story().revision()).isEqualTo(story.revision());
    ClusterInput newTag = new ClusterInput("a3", "https://a.example/third", "Belarus frees 123",
        SampleArticles.WIRE, T0.plusSeconds(120), "en", List.of("pardon", "sanctions"));
    ClusterEngine.Result tagged = engine.process(newTag, state);
    assertThat(tagged.story().revision()).isEqualTo(story.revision() + 1);
    assertThat(tagged.story().tags()).contains("pardon", "sanctions");
  }

  // ---- event signature: what tells two events on one beat apart

  private static final String P16 = "Belarus pardoned 16 prisoners on Saturday, hours after President Alexander "
      + "Lukashenko received U.S. envoy John Coale. Ales Bialiatski and Maria Kolesnikova remain in prison, "
      + "Sviatlana Tsikhanouskaya said, calling the 16 hostages of the regime.";

  @Test
  void sameDayReleaseOfAnotherCountIsAnotherStory() {
    Instant saturday = Instant.parse("2026-01-10T12:00:00Z");
    ClusterEngine.Result a = process("a", "Lukashenko pardons 16 prisoners", P16, saturday, "en");
    ClusterEngine.Result b = process("b", "Belarus hands 31 pardoned Ukrainians to Kyiv",
        "Belarus pardoned 31 Ukrainians on Saturday after U.S. envoy John Coale asked Alexander Lukashenko to free "
            + "them. Sviatlana Tsikhanouskaya said Ales Bialiatski and Maria Kolesnikova remain in prison.",
        saturday.plus(Duration.ofHours(2)), "en");
    assertThat(b.storyId()).isNotEqualTo(a.storyId());
  }

  @Test
  void releaseWithTheSamePeopleDaysLaterIsAnotherStory() {
    Instant saturday = Instant.parse("2026-01-10T12:00:00Z");
    ClusterEngine.Result a = process("a", "Lukashenko pardons 16 prisoners", P16, saturday, "en");
    ClusterEngine.Result b = process("b", "Belarus pardons 18 more prisoners", "Eighteen more prisoners were "
        + "pardoned by Alexander Lukashenko on Tuesday, envoy John Coale said. Sviatlana Tsikhanouskaya welcomed "
        + "the 18 but said Ales Bialiatski and Maria Kolesnikova remain in prison.",
        saturday.plus(Duration.ofDays(3)), "en");
    assertThat(b.storyId()).isNotEqualTo(a.storyId());
  }

  @Test
  void sanctionsReliefThatFollowsAPardonIsAnotherStory() {
    Instant saturday = Instant.parse("2026-01-10T12:00:00Z");
    ClusterEngine.Result a = process("a", "Lukashenko pardons 16 prisoners", P16, saturday, "en");
    ClusterEngine.Result b = process("b", "US eases sanctions on Belavia after prisoner releases",
        "The United States eased sanctions on the Belarusian airline Belavia on Saturday, rewarding Alexander "
            + "Lukashenko for freeing 16 prisoners, envoy John Coale said. Sviatlana Tsikhanouskaya said Ales "
            + "Bialiatski and Maria Kolesnikova remain in prison.", saturday.plus(Duration.ofHours(3)), "en");
    assertThat(b.storyId()).isNotEqualTo(a.storyId());
  }

  @Test
  void sanctionsImposedAndSanctionsEasedAreTwoStories() {
    Instant friday = Instant.parse("2026-01-16T12:00:00Z");
    ClusterEngine.Result eased = process("a", "US lifts sanctions on Belarusian potash",
        "The United States lifted sanctions on Belaruskali on Friday, envoy John Coale said, after Minsk freed "
            + "political prisoners. The European Union said its sanctions on Belarusian potash stay.", friday, "en");
    ClusterEngine.Result imposed = process("b", "EU imposes new sanctions on Belarusian potash",
        "The European Union imposed new sanctions on Belaruskali on Friday, a day after envoy John Coale met "
            + "Lukashenko. The United States has lifted some of its own sanctions on Belarusian potash.",
        friday.plus(Duration.ofHours(1)), "en");
    assertThat(imposed.storyId()).isNotEqualTo(eased.storyId());
  }

  @Test
  void anotherEventDayKeepsAFollowUpApart() {
    Instant friday = Instant.parse("2026-02-20T12:00:00Z");
    ClusterEngine.Result release = process("a", "Belarus frees Bialiatski", "Belarus freed Nobel laureate Ales "
        + "Bialiatski on Friday after talks with U.S. envoy John Coale. Sviatlana Tsikhanouskaya met him in Vilnius.",
        friday, "en");
    ClusterEngine.Result conference = process("b", "Freed Bialiatski speaks in Vilnius", "Ales Bialiatski, freed "
        + "by Belarus two days ago, spoke in Vilnius on Sunday and thanked U.S. envoy John Coale. Sviatlana "
        + "Tsikhanouskaya sat beside him.", friday.plus(Duration.ofDays(2)), "en");
    assertThat(conference.storyId()).isNotEqualTo(release.storyId());
  }

  @Test
  void reportOfTheSameReleaseWithAnotherWordingJoins() {
    Instant saturday = Instant.parse("2026-01-10T12:00:00Z");
    ClusterEngine.Result a = process("a", "Lukashenko pardons 16 prisoners", P16, saturday, "en");
    ClusterEngine.Result b = process("b", "Sixteen freed in Belarus after Coale talks", "Sixteen people were "
        + "released in Belarus on Saturday following a meeting between Lukashenko and John Coale, Tsikhanouskaya's "
        + "office said. Bialiatski is not among the 16.", saturday.plus(Duration.ofHours(1)), "en");
    assertThat(b.storyId()).isEqualTo(a.storyId());
    assertThat(b.story().signature()).containsEntry("c:16", 2).containsEntry("e:release", 2);
  }

  @Test
  void countOfNamedPeopleAndNOthersAgreesWithTheTotal() {
    Instant saturday = Instant.parse("2025-12-13T12:00:00Z");
    ClusterEngine.Result a = process("a", "Belarus frees 123 prisoners", SampleArticles.WIRE, saturday, "en");
    ClusterEngine.Result b = process("b", "Lukashenko releases Kolesnikova, Bialiatski and 121 others",
        "Belarus has released Maria Kolesnikova and Ales Bialiatski along with 121 other prisoners in a deal "
            + "with U.S. envoy John Coale, who said Washington would lift sanctions on potash.",
        saturday.plus(Duration.ofHours(2)), "en");
    assertThat(b.storyId()).isEqualTo(a.storyId());
  }

  @Test
  void anotherImposersWordOnTheSameSanctionsIsAnotherStory() {
    Instant wednesday = Instant.parse("2026-03-11T18:00:00Z");
    String background = " The rights group Viasna counts about 1,100 political prisoners. Lukashenko has freed "
        + "several groups of prisoners since U.S. envoy John Coale began visiting Minsk.";
    ClusterEngine.Result us = process("us", "US lifts sanctions on Belarus airline Belavia",
        "The United States removed Belavia from its sanctions list on Wednesday, the Treasury said, after "
            + "Minsk freed more prisoners." + background, wednesday, "en");
    ClusterEngine.Result eu = process("eu", "EU says its sanctions on Belavia stay despite US move",
        "The European Union will keep its sanctions on Belarus and the ban on Belavia flights, a spokesperson "
            + "said on Wednesday, hours after Washington lifted its own sanctions on the airline." + background,
        wednesday.plus(Duration.ofHours(3)), "en");
    assertThat(eu.storyId()).isNotEqualTo(us.storyId());
  }

  @Test
  void aFirstReportsRoundFigureAgreesWithTheExactCountOfLaterReports() {
    Instant saturday = Instant.parse("2026-02-07T12:00:00Z");
    ClusterEngine.Result a = process("a", "Belarus frees at least 50 prisoners after Coale visit",
        "Belarus freed at least 50 prisoners on Saturday after U.S. envoy John Coale met Alexander Lukashenko in "
            + "Minsk, opposition leader Sviatlana Tsikhanouskaya said.", saturday, "en");
    ClusterEngine.Result b = process("b", "Lukashenko pardons 52 prisoners, among them foreigners",
        "Alexander Lukashenko pardoned 52 prisoners on Saturday, among them citizens of Lithuania and Poland, "
            + "after talks with U.S. envoy John Coale, his press service said.", saturday.plus(Duration.ofHours(3)),
        "en");
    assertThat(b.storyId()).isEqualTo(a.storyId());
    assertThat(a.story().signature()).containsKey("c:50~");
  }

  @Test
  void reportsInOtherLanguagesJoinThroughNameKeysCountTypeAndDay() {
    Instant saturday = Instant.parse("2026-01-10T12:00:00Z");
    ClusterEngine.Result en = process("en", "Lukashenko pardons 16 prisoners", P16, saturday, "en");
    ClusterEngine.Result ru = process("ru", "Лукашенко помиловал 16 осуждённых после встречи с Коулом",
        "Александр Лукашенко в субботу помиловал 16 человек после переговоров со спецпосланником США Джоном "
            + "Коулом. Алесь Беляцкий остаётся в заключении.", saturday.plus(Duration.ofHours(1)), "ru");
    ClusterEngine.Result pl = process("pl", "Łukaszenka ułaskawił 16 więźniów",
        "Alaksandr Łukaszenka ułaskawił w sobotę 16 osób po rozmowach z wysłannikiem USA Johnem Coale'em. Aleś "
            + "Bialacki pozostaje w więzieniu.", saturday.plus(Duration.ofHours(2)), "pl");
    assertThat(ru.storyId()).isEqualTo(en.storyId());
    assertThat(pl.storyId()).isEqualTo(en.storyId());
    assertThat(FeatureExtractor.nameKey("Коулом")).isEqualTo(FeatureExtractor.nameKey("Coale"));
  }
}
