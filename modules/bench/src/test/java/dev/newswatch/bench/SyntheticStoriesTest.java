package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.ClusterRun;
import dev.newswatch.model.EnrichedArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticStoriesTest {

  @Test
  void makesThreeKilobyteArticlesWhoseCopiesAndFollowUpsTheClusterCodeFinds() {
    SyntheticStories synthetic = new SyntheticStories(7);
    Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
    List<ClusterInput> inputs = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      EnrichedArticle a = synthetic.next(t0.plusSeconds(20L * i));
      inputs.add(new ClusterInput(a.id(), a.article().url(), a.article().title(), a.article().body(),
          a.article().publishedAt(), "en", List.of()));
    }
    double meanChars = inputs.stream().mapToInt(i -> i.text().length()).average().orElse(0);
    List<ClusterRun.Outcome> outcomes = ClusterRun.run(inputs, ClusterConfig.defaults());
    long copies = outcomes.stream().filter(o -> o.dupOf() != null).count();
    long stories = outcomes.stream().map(ClusterRun.Outcome::storyId).distinct().count();

    assertThat(meanChars).isBetween(2900.0, 3300.0);
    assertThat(synthetic.copies()).isBetween(100, 200);
    assertThat(copies).as("wire copies are found").isBetween(synthetic.copies() * 9L / 10, (long) synthetic.copies());
    assertThat(stories).as("other outlets' reports join their event's story")
        .isLessThan(600 - synthetic.copies() - synthetic.paraphrases() / 2);
  }
}
