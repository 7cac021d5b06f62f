package dev.newswatch.analysis.cluster.dup;

import static dev.newswatch.analysis.cluster.SampleArticles.T0;
import static dev.newswatch.analysis.cluster.SampleArticles.WIRE;
import static dev.newswatch.analysis.cluster.SampleArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.MemoryClusterState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The band search split over partitions, as the topology runs it: each partition owns some band keys and
 * sees the articles in its own order, and decisions are taken one at a time in a third place. Two copies
 * arriving together can each be found "first" on a different partition; the links make them one group
 * whichever is decided first.
 */
class PartitionedDuplicatesTest {

  private static final long WINDOW = Duration.ofHours(72).toMillis();

  private final DuplicateDetector detector = new DuplicateDetector(ClusterConfig.defaults());
  private final MemoryClusterState p0 = new MemoryClusterState(WINDOW);
  private final MemoryClusterState p1 = new MemoryClusterState(WINDOW);
  private final MemoryClusterState decisions = new MemoryClusterState(WINDOW);

  private final Fingerprint a = detector.fingerprint(article("a", WIRE, T0));
  private final Fingerprint b = detector.fingerprint(article("b",
      WIRE.replace("Bialiatski", "Byalyatsky").replace("Rights group", "The rights group"), T0.plusSeconds(5)));

  /** Even-numbered band keys live on p0 (with the content hash), odd ones on p1. */
  private List<DuplicateDetector.Match> search(Fingerprint fp, int partition) {
    long[] keys = detector.bandKeys(fp);
    long[] mine = new long[(keys.length + 1 - partition) / 2];
    for (int i = partition, j = 0; i < keys.length; i += 2) {
      mine[j++] = keys[i];
    }
    return detector.candidates(fp, mine, partition == 0, partition == 0 ? p0 : p1);
  }

  private static List<DuplicateDetector.Match> both(List<DuplicateDetector.Match> x, List<DuplicateDetector.Match> y) {
    List<DuplicateDetector.Match> all = new ArrayList<>(x);
    all.addAll(y);
    return all;
  }

  @Test
  void copiesSeenInOppositeOrdersOnTwoPartitionsBecomeOneGroupWhicheverIsDecidedFirst() {
    assertThat(MinHasher.jaccard(a.signature(), b.signature())).isGreaterThan(0.8);
    // p0 sees a then b; p1 sees b then a.
    List<DuplicateDetector.Match> a0 = search(a, 0);
    List<DuplicateDetector.Match> b0 = search(b, 0);
    List<DuplicateDetector.Match> b1 = search(b, 1);
    List<DuplicateDetector.Match> a1 = search(a, 1);
    assertThat(a0).isEmpty();
    assertThat(b0).extracting(DuplicateDetector.Match::id).containsOnly("a");
    assertThat(b1).isEmpty();
    assertThat(a1).extracting(DuplicateDetector.Match::id).containsOnly("b");

    // a is decided first: its candidate b is not decided yet, so a leads and leaves b a link.
    DuplicateDetector.Decision da = detector.decide("a", a.words(), a.publishedMs(), both(a0, a1), decisions);
    assertThat(da.dupOf()).isNull();
    assertThat(decisions.links("b")).extracting(DuplicateDetector.Match::id).containsExactly("a");
    DuplicateDetector.Decision db = detector.decide("b", b.words(), b.publishedMs(), both(b0, b1), decisions);
    assertThat(Arrays.asList(db.dupOf(), db.demoted())).contains("a");
  }

  @Test
  void theSecondDecidedFindsTheFirstThroughItsLinkAlone() {
    // Every partition saw b first, but a reaches the decision first: only a's reports name the other.
    List<DuplicateDetector.Match> b0 = search(b, 0);
    List<DuplicateDetector.Match> b1 = search(b, 1);
    List<DuplicateDetector.Match> a0 = search(a, 0);
    List<DuplicateDetector.Match> a1 = search(a, 1);
    assertThat(both(b0, b1)).isEmpty();

    assertThat(detector.decide("a", a.words(), a.publishedMs(), both(a0, a1), decisions).dupOf()).isNull();
    DuplicateDetector.Decision db = detector.decide("b", b.words(), b.publishedMs(), both(b0, b1), decisions);
    assertThat(Arrays.asList(db.dupOf(), db.demoted())).as("b joins a's group through the link").contains("a");
  }

  @Test
  void aReplayedSearchFilesNothingTwiceAndADecisionStands() {
    search(a, 0);
    search(a, 1);
    int filed = p0.size() + p1.size();
    search(a, 0);
    search(a, 1);
    assertThat(p0.size() + p1.size()).isEqualTo(filed);

    List<DuplicateDetector.Match> found = both(search(b, 0), search(b, 1));
    detector.decide("a", a.words(), a.publishedMs(), List.of(), decisions);
    DuplicateDetector.Decision first = detector.decide("b", b.words(), b.publishedMs(), found, decisions);
    DuplicateDetector.Decision again = detector.decide("b", b.words(), b.publishedMs(), found, decisions);
    assertThat(again.dupOf()).isEqualTo(first.dupOf());
  }
}
