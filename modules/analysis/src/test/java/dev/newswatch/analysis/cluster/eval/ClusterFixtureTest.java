package dev.newswatch.analysis.cluster.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterRun;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quality floor on the bundled fixture: the pair precision and recall goals (speed lives in cluster-bench). */
class ClusterFixtureTest {

  private static ClusterFixture.Scores run(List<ArticleLines.Line> lines, ClusterConfig config) {
    List<ClusterRun.Outcome> outcomes = ClusterRun.run(lines.stream().map(ArticleLines.Line::input).toList(), config);
    ClusterFixture.Scores s = ClusterFixture.score(lines, outcomes);
    System.out.printf("dup P %.3f R %.3f (%d/%d/%d)  story P %.3f R %.3f (%d/%d/%d)%n",
        s.duplicates().precision(), s.duplicates().recall(), s.duplicates().correct(), s.duplicates().predicted(),
        s.duplicates().truePairs(), s.stories().precision(), s.stories().recall(), s.stories().correct(),
        s.stories().predicted(), s.stories().truePairs());
    return s;
  }

  @Test
  void bundledFixtureMeetsTheQualityGoals() {
    List<ArticleLines.Line> lines = ClusterFixture.load();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(80);
    ClusterFixture.Scores s = run(lines, ClusterConfig.defaults());
    assertThat(s.duplicates().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.duplicates().recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.stories().precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.stories().recall()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void resultDoesNotDependOnArrivalOrderOfTheFixture() {
    List<ArticleLines.Line> lines = new java.util.ArrayList<>(ClusterFixture.load());
    java.util.Collections.reverse(lines);
    ClusterFixture.Scores s = run(lines, ClusterConfig.defaults());
    assertThat(s.duplicates().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.duplicates().recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.stories().precision()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.stories().recall()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void heldOutSetMeetsTheGoalsToo() {
    ClusterFixture.Scores s = run(ClusterFixture.load(ClusterFixture.HOLDOUT), ClusterConfig.defaults());
    assertThat(s.duplicates().precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(s.duplicates().recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.stories().precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(s.stories().recall()).isGreaterThanOrEqualTo(0.85);
  }
}
