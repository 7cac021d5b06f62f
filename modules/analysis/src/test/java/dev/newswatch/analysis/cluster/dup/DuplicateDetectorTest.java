package dev.newswatch.analysis.cluster.dup;

import static dev.newswatch.analysis.cluster.SampleArticles.T0;
import static dev.newswatch.analysis.cluster.SampleArticles.WIRE;
import static dev.newswatch.analysis.cluster.SampleArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.MemoryClusterState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {

  private final ClusterConfig config = ClusterConfig.defaults();
  private final DuplicateDetector detector = new DuplicateDetector(config);
  private final MemoryClusterState state = new MemoryClusterState(Duration.ofHours(72).toMillis());

  private DuplicateDetector.Decision process(ClusterInput a) {
    return detector.process(detector.fingerprint(a), state);
  }

  @Test
  void firstCopyRepresentsItsGroup() {
    assertThat(process(article("a", WIRE, T0)).dupOf()).isNull();
    assertThat(process(article("b", WIRE.replace("—", "-").replace("  ", " "), T0)).dupOf()).isEqualTo("a");
  }

  @Test
  void anExactCopyOutsideTheWindowIsNewsAgainEvenBeforeExpiryRuns() {
    process(article("a", WIRE, T0));
    // No expire() in between: the window must hold for the content hash as it does for the bands.
    DuplicateDetector.Decision late = process(article("b", WIRE, T0.plus(Duration.ofHours(73))));
    assertThat(late.dupOf()).isNull();
    assertThat(process(article("c", WIRE, T0.plus(Duration.ofHours(74)))).dupOf()).as("b leads now").isEqualTo("b");
  }

  @Test
  void transliteratedNamesStillMatch() {
    process(article("a", WIRE, T0));
    String variant = WIRE.replace("Bialiatski", "Byalyatsky").replace("Lukashenko", "Lukashenka")
        .replace("Coale", "Cole").replace("Kolesnikova", "Kalesnikava");
    DuplicateDetector.Decision d = process(article("b", variant, T0.plusSeconds(60)));
    assertThat(d.dupOf()).isEqualTo("a");
    assertThat(d.jaccard()).isEqualTo(1.0); // skeletons make even the content hash agree
  }

  @Test
  void editedCopyMatchesByEstimatedJaccardAndFullerCopyTakesOver() {
    process(article("a", WIRE, T0));
    String extended = WIRE.replace("The release capped", "The release, announced by the state agency Belta, capped")
        + " The European Union said it would review its own measures against Minsk next month.";
    DuplicateDetector.Decision d = process(article("b", extended, T0.plusSeconds(600)));
    assertThat(d.dupOf()).isNull();
    assertThat(d.demoted()).isEqualTo("a");
    assertThat(d.jaccard()).isBetween(0.5, 1.0);
    assertThat(process(article("c", WIRE, T0.plusSeconds(900))).dupOf()).isEqualTo("b");
  }

  @Test
  void differentArticleOnTheSameEventIsNotACopy() {
    process(article("a", WIRE, T0));
    String paraphrase = "Belarus freed 123 prisoners on Saturday, among them the Nobel laureate Ales Bialiatski "
        + "and Maria Kolesnikova, in exchange for the United States lifting its sanctions on potash, the "
        + "country's biggest export. The American envoy John Coale, who led the talks in Minsk, called them "
        + "very productive. Opposition leader Sviatlana Tsikhanouskaya welcomed the releases but warned that "
        + "repression continues and that more than a thousand people remain in prison for their views.";
    assertThat(process(article("b", paraphrase, T0)).dupOf()).isNull();
  }

  @Test
  void copiesOutsideTheWindowAreNotMatchedBySignature() {
    process(article("a", WIRE, T0));
    String edited = WIRE.replace("more releases", "further releases");
    assertThat(process(article("b", edited, T0.plus(Duration.ofDays(10)))).dupOf()).isNull();
  }

  @Test
  void replayedArticleKeepsItsDecision() {
    process(article("a", WIRE, T0));
    process(article("b", WIRE, T0));
    assertThat(process(article("b", WIRE, T0)).dupOf()).isEqualTo("a");
    assertThat(process(article("a", WIRE, T0)).dupOf()).isNull();
  }

  @Test
  void shortTextsMatchOnlyExactly() {
    assertThat(process(article("a", "Lukashenko pardons prisoners", T0)).dupOf()).isNull();
    assertThat(process(article("b", "Lukashenko pardons 52 prisoners", T0)).dupOf()).isNull();
    assertThat(process(article("c", "LUKASHENKO pardons prisoners!", T0)).dupOf()).isEqualTo("a");
  }
}
