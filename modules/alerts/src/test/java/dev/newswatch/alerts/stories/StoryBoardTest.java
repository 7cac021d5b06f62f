package dev.newswatch.alerts.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.subscriptions.RecentStories;
import dev.newswatch.model.Entity;
import dev.newswatch.model.Story;
import dev.newswatch.model.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryBoardTest {

  private static final Instant NOW = Instant.parse("2026-05-02T12:00:00Z");

  private static Story story(int outlets, Instant firstSeen, String title) {
    List<Story.Source> sources = new ArrayList<>();
    for (int i = 0; i < outlets; i++) {
      sources.add(new Story.Source("o" + i + ".example", "https://o" + i + ".example/a", "a" + i,
          i == 1 ? "Byalyatski freed" : title, firstSeen, null));
    }
    return new Story("s1", 3, title, "summary text", "https://o0.example/a", firstSeen, NOW, outlets, sources,
        List.of(new Tag("pardon", List.of(), "BY", 0.9, "0841")),
        List.of(new Entity("person:bialiatski", "person", "Ales Bialiatski", "BY"),
            new Entity("candidate:Jan Kowalski", "person-candidate", "Jan Kowalski", null),
            new Entity("country:lt", "country", "Lithuania", "LT")), null, List.of("en"), List.of(), NOW);
  }

  private static RecentStories.Revision rev(int n, Duration ago, int sources) {
    return new RecentStories.Revision(n, NOW.minus(ago), sources, List.of());
  }

  @Test
  void breakingWhenOutletsArriveMuchFasterThanBefore() {
    Story s = story(8, NOW.minus(Duration.ofHours(6)), "t");
    // 2 outlets over the first 5.5 hours, then 6 more in the last half hour
    assertThat(StoryBoard.breaking(s, List.of(rev(1, Duration.ofHours(6), 1), rev(2, Duration.ofHours(2), 2),
        rev(3, Duration.ofMinutes(10), 8)), NOW)).isTrue();
    // 7 of the 8 outlets already there before the window: not breaking
    assertThat(StoryBoard.breaking(s, List.of(rev(1, Duration.ofHours(6), 1), rev(2, Duration.ofMinutes(40), 7),
        rev(3, Duration.ofMinutes(10), 8)), NOW)).isFalse();
    // a brand-new story with three outlets at once is breaking; with two it is not
    Story fresh = story(3, NOW.minus(Duration.ofMinutes(5)), "t");
    assertThat(StoryBoard.breaking(fresh, List.of(rev(1, Duration.ofMinutes(5), 3)), NOW)).isTrue();
    Story small = story(2, NOW.minus(Duration.ofMinutes(5)), "t");
    assertThat(StoryBoard.breaking(small, List.of(rev(1, Duration.ofMinutes(5), 2)), NOW)).isFalse();
  }

  @Test
  void filtersByTagCountryLanguageTimeAndWords() {
    Story s = story(2, NOW.minus(Duration.ofHours(1)), "Lukashenko pardons activists");
    assertThat(new StoryBoard.Filter("pardon", "by", "EN", NOW.minus(Duration.ofHours(2)), "PARDONS lukashenko", 10)
        .accepts(s)).isTrue();
    assertThat(new StoryBoard.Filter(null, "LT", null, null, null, 10).accepts(s)).as("a named country").isTrue();
    assertThat(new StoryBoard.Filter("sanctions", null, null, null, null, 10).accepts(s)).isFalse();
    assertThat(new StoryBoard.Filter(null, "PL", null, null, null, 10).accepts(s)).isFalse();
    assertThat(new StoryBoard.Filter(null, null, "ru", null, null, 10).accepts(s)).isFalse();
    assertThat(new StoryBoard.Filter(null, null, null, NOW.plusSeconds(1), null, 10).accepts(s)).isFalse();
    assertThat(new StoryBoard.Filter(null, null, null, null, "bialiatski", 10).accepts(s)).as("a name").isTrue();
    assertThat(new StoryBoard.Filter(null, null, null, null, "sanctions", 10).accepts(s)).isFalse();
  }

  @Test
  void showsTheGazetteersOtherSpellingsInLatinAndCyrillic() {
    StoryView v = StoryView.of(story(2, NOW, "Bialiatski released"), List.of(), false, NameVariants.bundled());
    assertThat(v.people()).extracting(StoryView.PersonView::name).containsExactly("Ales Bialiatski", "Jan Kowalski");
    List<String> variants = v.people().get(0).variants();
    assertThat(variants).as("full names only, not the canonical one").isNotEmpty()
        .doesNotContain("Ales Bialiatski").allMatch(n -> n.contains(" "));
    assertThat(variants).anyMatch(n -> n.matches("\\p{IsLatin}.*")).anyMatch(n -> n.matches("\\p{IsCyrillic}.*"));
    assertThat(variants.indexOf(variants.stream().filter(n -> n.matches("\\p{IsCyrillic}.*")).findFirst().get()))
        .as("Latin first").isGreaterThan(0);
    assertThat(variants).hasSizeLessThanOrEqualTo(2 * NameVariants.PER_SCRIPT + 4);
    assertThat(v.people().get(1).variants()).as("an unknown person has none").isEmpty();
    assertThat(v.mentionedCountries()).containsExactly("LT");
  }

  @Test
  void aPardonsCountryFreesAndASanctionsCountryIsSanctioned() {
    Story base = story(2, NOW, "t");
    Story s = new Story(base.id(), base.revision(), base.title(), base.summary(), base.url(), base.firstSeen(),
        base.lastSeen(), base.articleCount(), base.sources(), List.of(new Tag("pardon", List.of(), "BY", 0.9, "0841"),
            new Tag("sanctions.eased", List.of(), "BY", 0.8, null), new Tag("sanctions", List.of(), "IR", 0.8, "163"),
            new Tag("sanctions", List.of(), null, 0.5, null)), base.entities(), null, base.langs(), List.of(), NOW);
    StoryView v = StoryView.of(s, List.of(), false, NameVariants.bundled());
    assertThat(v.tags()).containsExactly(new StoryView.TagView("pardon", "BY", "acting", "0841"),
        new StoryView.TagView("sanctions.eased", "BY", "target", null),
        new StoryView.TagView("sanctions", "IR", "target", "163"),
        new StoryView.TagView("sanctions", null, null, null));
    assertThat(v.tags()).extracting(StoryView.TagView::roleLabel)
        .containsExactly("freed by", "sanctions on", "sanctions on", "");
    assertThat(v.countries(StoryView.ACTING)).containsExactly("BY");
    assertThat(v.countries(StoryView.TARGET)).containsExactly("BY", "IR");
    assertThat(StoryView.role("pardon-release")).as("the retired name").isEqualTo("acting");
    assertThat(StoryView.role("pardon.exchange")).isEqualTo("acting");
  }

  @Test
  void variantsLeaveOutInflectedFormsWhenFullNamesExist() {
    var entry = new dev.newswatch.analysis.entities.GazetteerEntry("person:x", "person", "Ales Bialiatski", "BY",
        List.of("Ales Bialiatski", "Bialiatski", "Ales Byalyatski", "ales byalyatski", "Алесь Беляцкий", "Беляцкого",
            "Aleś Bialacki"), null, null, "m", null);
    assertThat(NameVariants.variants(entry)).containsExactly("Ales Byalyatski", "Aleś Bialacki", "Алесь Беляцкий");
    var surnameOnly = new dev.newswatch.analysis.entities.GazetteerEntry("org:v", "org", "Viasna", "BY",
        List.of("Viasna", "Вясна", "Wiosna"), null, null, null, null);
    assertThat(NameVariants.variants(surnameOnly)).containsExactly("Wiosna", "Вясна");
  }

  @Test
  void parsesSinceAsAnInstantOrAnAge() {
    assertThat(StoriesApi.parseSince("6h", NOW)).isEqualTo(NOW.minus(Duration.ofHours(6)));
    assertThat(StoriesApi.parseSince("2026-05-01T00:00:00Z", NOW)).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StoriesApi.parseSince("yesterday", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
