package dev.newswatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  static final Instant T0 = DuplicateDetectorTest.T0;

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
        DuplicateDetectorTest.WIRE, T0, "en");
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
    ClusterEngine.Result wire = process("a", "Belarus frees 123 prisoners", DuplicateDetectorTest.WIRE, T0, "en");
    ClusterEngine.Result other = process("b", "Lukashenko pardons 52 after US envoy visit", OTHER_ROUND,
        T0.plus(Duration.ofHours(30)), "en");
    assertThat(other.storyId()).isNotEqualTo(wire.storyId());
    ClusterEngine.Result months = process("c", "Belarus frees 123 prisoners", PARAPHRASE,
        T0.plus(Duration.ofDays(90)), "en");
    assertThat(months.storyId()).isNotEqualTo(wire.storyId());
  }

  @Test
  void russianReportJoinsThroughNamesAndNumbers() {
    ClusterEngine.Result wire = process("a", "Belarus frees 123 prisoners", DuplicateDetectorTest.WIRE, T0, "en");
    ClusterEngine.Result ru = process("r", "Лукашенко помиловал 123 заключённых",
        "Александр Лукашенко помиловал 123 заключённых, среди них лауреат Нобелевской премии Алесь Беляцкий и "
            + "Мария Колесникова. Спецпосланник США Джон Коул заявил, что Вашингтон снимет санкции с "
            + "белорусского калия.", T0.plus(Duration.ofHours(2)), "ru");
    assertThat(ru.storyId()).isEqualTo(wire.storyId());
  }

  @Test
  void copyJoinsItsRepresentativesStoryWithoutCountingFeaturesTwice() {
    ClusterEngine.Result wire = process("a", "Belarus frees 123", DuplicateDetectorTest.WIRE, T0, "en");
    ClusterEngine.Result copy = process("b", "Totally different headline", DuplicateDetectorTest.WIRE, T0, "en");
    assertThat(copy.dupOf()).isEqualTo("a");
    assertThat(copy.storyId()).isEqualTo(wire.storyId());
    assertThat(copy.story().terms()).isEqualTo(wire.story().terms());
    ClusterEngine.Result replay = process("b", "Totally different headline", DuplicateDetectorTest.WIRE, T0, "en");
    assertThat(replay.storyChanged()).isFalse();
    assertThat(state.story(wire.storyId()).articleCount()).isEqualTo(2);
  }

  @Test
  void unrelatedNewsStartsItsOwnStory() {
    ClusterEngine.Result wire = process("a", "Belarus frees 123 prisoners", DuplicateDetectorTest.WIRE, T0, "en");
    ClusterEngine.Result sport = process("s", "Dinamo Minsk beat BATE 2-1 in the cup final",
        "Dinamo Minsk won the Belarusian Cup on Saturday, beating BATE Borisov 2-1 in front of 22,000 fans at the "
            + "national stadium. Striker Ivan Petrov scored twice in the second half.", T0, "en");
    assertThat(sport.storyId()).isNotEqualTo(wire.storyId());
  }

  @Test
  void stateForgetsEverythingOlderThanTheWindow() {
    process("a", "Belarus frees 123 prisoners", DuplicateDetectorTest.WIRE, T0, "en");
    int before = state.size();
    process("z", "Storm warning", "Heavy snow is expected across the region on Monday, forecasters said, with "
        + "winds of up to 70 km/h.", T0.plus(Duration.ofDays(5)), "en");
    state.expire();
    assertThat(state.size()).isLessThan(before);
    assertThat(state.story(StoryClusterer.storyId("a"))).isNull();
  }

  @Test
  void articleMatchingTwoStoriesJoinsTheBetterOne() {
    ClusterEngine.Result round123 = process("a", "Belarus frees 123 prisoners", DuplicateDetectorTest.WIRE, T0, "en");
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
    ClusterEngine.Result first = process("a", "Belarus frees 123", DuplicateDetectorTest.WIRE, T0, "en");
    StorySummary story = first.story();
    ClusterInput sameOutletCopy = new ClusterInput("a2", "https://a.example/other", "Belarus frees 123",
        DuplicateDetectorTest.WIRE, T0.plusSeconds(60), "en", List.of("pardon"));
    ClusterEngine.Result copy = engine.process(sameOutletCopy, state);
    assertThat(copy.story().articleCount()).isEqualTo(2);
    assertThat(copy.story().revision()).isEqualTo(story.revision());
    ClusterInput newTag = new ClusterInput("a3", "https://a.example/third", "Belarus frees 123",
        DuplicateDetectorTest.WIRE, T0.plusSeconds(120), "en", List.of("pardon", "sanctions"));
    ClusterEngine.Result tagged = engine.process(newTag, state);
    assertThat(tagged.story().revision()).isEqualTo(story.revision() + 1);
    assertThat(tagged.story().tags()).contains("pardon", "sanctions");
  }
}
