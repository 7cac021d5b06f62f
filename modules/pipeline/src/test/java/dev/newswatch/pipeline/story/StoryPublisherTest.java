package dev.newswatch.pipeline.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.analysis.cluster.story.StorySummary;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Entity;
import dev.newswatch.model.ReleaseFacts;
import dev.newswatch.model.Story;
import dev.newswatch.model.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryPublisherTest {

  private static final String STORY = "0123456789abcdef0123456789abcdef";
  private static final Instant T0 = Instant.parse("2025-07-03T12:00:00Z");
  private static final Instant NOW = Instant.parse("2025-07-03T18:00:00Z");

  @Test
  void statesTheCountMostOutletsStateAndSaysWhatChanged() {
    EnrichedArticle first = article("a1", "https://minsk-monitor.example/1", "Lukashenko pardons 16", 16L, 0);
    StoryRecord r1 = StoryPublisher.merge(null, first, StoryStepProcessor.input(first), result("a1", 1, null), NOW);
    assertThat(r1.story().revision()).isEqualTo(1);
    assertThat(r1.story().changes()).isEmpty();
    assertThat(r1.story().facts().released()).isEqualTo(16);
    assertThat(r1.story().title()).isEqualTo("Lukashenko pardons 16");

    EnrichedArticle second = article("a2", "https://baltic-wire.example/2", "Belarus frees 18", 18L, 1);
    StoryRecord r2 = StoryPublisher.merge(r1, second, StoryStepProcessor.input(second), result("a2", 2, null), NOW);
    // One outlet says 16, one says 18: a tie goes to the latest.
    assertThat(r2.story().facts().released()).isEqualTo(18);
    assertThat(r2.story().revision()).isEqualTo(2);
    assertThat(r2.story().changes()).containsExactly("new outlet baltic-wire.example", "released 16 → 18");
    assertThat(r2.story().sources()).extracting(Story.Source::articleId).containsExactly("a1", "a2");

    assertThat(StoryPublisher.merge(r2, second, StoryStepProcessor.input(second), result("a2", 2, null), NOW))
        .as("the same article again changes nothing").isNull();
  }

  @Test
  void aCopyFromAKnownOutletRewritesTheStoryWithoutANewRevision() {
    EnrichedArticle first = article("a1", "https://minsk-monitor.example/1", "Lukashenko pardons 16", 16L, 0);
    StoryRecord r1 = StoryPublisher.merge(null, first, StoryStepProcessor.input(first), result("a1", 1, null), NOW);
    EnrichedArticle copy = article("a3", "https://minsk-monitor.example/3", "Lukashenko pardons 16", 16L, 1)
        .withCluster("a1", STORY);

    StoryRecord r2 = StoryPublisher.merge(r1, copy, StoryStepProcessor.input(copy), result("a3", 2, null), NOW);

    assertThat(r2.story().revision()).isEqualTo(1);
    assertThat(r2.story().articleCount()).isEqualTo(2);
    assertThat(r2.story().sources()).extracting(Story.Source::dupOf).containsExactly(null, "a1");
    assertThat(r2.story().independentSources()).isEqualTo(1);
  }

  @Test
  void aNewPersonAndANewTagAreMaterial() {
    EnrichedArticle first = article("a1", "https://minsk-monitor.example/1", "Lukashenko pardons 16", 16L, 0);
    StoryRecord r1 = StoryPublisher.merge(null, first, StoryStepProcessor.input(first), result("a1", 1, null), NOW);
    Article a = article("a4", "https://baltic-wire.example/4", "Bialiatski among 16 freed", 16L, 2).article();
    EnrichedArticle named = new EnrichedArticle("a4", a,
        List.of(new Tag("pardon", List.of("Bialiatski was freed."), "BY", 0.9, "0841")), a.fetchedAt(),
        List.of(new Entity("q1", "person", "Ales Bialiatski", "BY")), new ReleaseFacts(16L, null, List.of(), null))
        .withCluster(null, STORY);

    StoryRecord r2 = StoryPublisher.merge(r1, named, StoryStepProcessor.input(named), result("a4", 2, null), NOW);

    assertThat(r2.story().revision()).isEqualTo(2);
    assertThat(r2.story().changes()).contains("new tag pardon (BY)", "new person Ales Bialiatski",
        "new country BY");
    assertThat(r2.story().tagNames()).containsExactly("pardon");
  }

  private static EnrichedArticle article(String id, String url, String title, Long released, int hour) {
    Instant at = T0.plusSeconds(3600L * hour);
    Article a = new Article(id, url, url, null, "https://feeds.example/x.xml", null, title, "Lead of " + title,
        null, at, at, "en");
    return new EnrichedArticle(id, a, List.of(), at, List.of(), new ReleaseFacts(released, null, List.of(), null))
        .withCluster(null, STORY);
  }

  private static ClusterEngine.Result result(String id, int count, String demoted) {
    StorySummary summary = new StorySummary(STORY, "Lukashenko pardons 16", 100, T0.toEpochMilli(),
        T0.toEpochMilli() + 3_600_000L * count, count, count, List.of(), Map.of(), Map.of(), Set.of(), Set.of(),
        Set.of(), Set.of("en"), Set.of());
    return new ClusterEngine.Result(id, null, STORY, demoted, summary, count == 1, true);
  }
}
