package dev.newswatch.analysis.cluster.dup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.analysis.cluster.ClusterText;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private static List<String> randomWords(SplittableRandom random, int n) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add("w" + random.nextInt(1_000_000));
    }
    return words;
  }

  @Test
  void shinglesAreDistinctAndSorted() {
    long[] s = new Shingler(3).shingles(List.of("a", "b", "c", "a", "b", "c", "d"));
    assertThat(s).hasSize(4).isSorted();
    assertThat(new Shingler(3).shingles(List.of("a", "b"))).hasSize(1);
    assertThat(new Shingler(3).shingles(List.of())).isEmpty();
  }

  @Test
  void jaccardEstimateIsCloseToTheTrueValue() {
    SplittableRandom random = new SplittableRandom(7);
    long[] base = new long[1000];
    for (int i = 0; i < base.length; i++) {
      base[i] = random.nextLong();
    }
    long[] other = base.clone();
    for (int i = 0; i < 200; i++) {
      other[i] = random.nextLong(); // 800 shared of 1200: J = 0.667
    }
    MinHasher mh = new MinHasher(256);
    double j = MinHasher.jaccard(mh.signature(base), mh.signature(other));
    assertThat(j).isBetween(0.58, 0.75);
    assertThat(MinHasher.jaccard(mh.signature(base), mh.signature(base))).isEqualTo(1.0);
  }

  @Test
  void unrelatedTextsEstimateNearZero() {
    SplittableRandom random = new SplittableRandom(3);
    Shingler sh = new Shingler(3);
    MinHasher mh = new MinHasher(100);
    int[] a = mh.signature(sh.shingles(randomWords(random, 300)));
    int[] b = mh.signature(sh.shingles(randomWords(random, 300)));
    assertThat(MinHasher.jaccard(a, b)).isLessThan(0.05);
  }

  @Test
  void similarSignaturesShareABandAndUnrelatedOnesDoNot() {
    LshBands lsh = new LshBands(20, 5);
    MinHasher mh = new MinHasher(lsh.signatureLength());
    Shingler sh = new Shingler(3);
    SplittableRandom random = new SplittableRandom(11);
    List<String> text = randomWords(random, 400);
    List<String> edited = new ArrayList<>(text);
    edited.set(100, "changed");
    edited.addAll(randomWords(random, 20));
    long[] k1 = lsh.keys(mh.signature(sh.shingles(text)));
    long[] k2 = lsh.keys(mh.signature(sh.shingles(edited)));
    long[] k3 = lsh.keys(mh.signature(sh.shingles(randomWords(random, 400))));
    assertThat(shared(k1, k2)).isGreaterThan(0);
    assertThat(shared(k1, k3)).isZero();
    assertThat(lsh.candidateProbability(0.8)).isGreaterThan(0.99);
    assertThat(lsh.candidateProbability(0.2)).isLessThan(0.01);
  }

  @Test
  void rejectsMismatchedSignatures() {
    assertThatThrownBy(() -> MinHasher.jaccard(new int[3], new int[4])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LshBands(20, 5).keys(new int[99])).isInstanceOf(IllegalArgumentException.class);
  }

  private static int shared(long[] a, long[] b) {
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      n += a[i] == b[i] ? 1 : 0;
    }
    return n;
  }

  @Test
  void shortSetsFillEveryBinAndEstimateJaccardOnAverage() {
    // 60 shingles in 100 bins leave about half of them empty: densification must fill them all, and the
    // estimate must stay unbiased over many pairs (J = 40 / 80 = 0.5).
    MinHasher mh = new MinHasher(100);
    SplittableRandom random = new SplittableRandom(11);
    double sum = 0;
    int pairs = 200;
    for (int p = 0; p < pairs; p++) {
      long[] x = new long[60];
      long[] y = new long[60];
      for (int i = 0; i < 60; i++) {
        x[i] = random.nextLong();
        y[i] = i < 40 ? x[i] : random.nextLong();
      }
      int[] sx = mh.signature(x);
      assertThat(sx).doesNotContain(-1);
      sum += MinHasher.jaccard(sx, mh.signature(y));
    }
    assertThat(sum / pairs).isBetween(0.45, 0.55);
  }

  @Test
  void signaturesAreFixedAcrossInstancesAndEmptySetsAreAllMax() {
    long[] set = {1L, 2L, 3L, -4L, 5_000_000_000L};
    assertThat(new MinHasher(100).signature(set)).isEqualTo(new MinHasher(100).signature(set));
    assertThat(new MinHasher(20).signature(new long[0])).containsOnly(-1);
    assertThatThrownBy(() -> new MinHasher(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sketchGivesTheSameShinglesAndContentHashAsTheSkeletonPath() {
    List<String> words = ClusterText.words("Беляцкий and Bialiatski met U.S. officials in Vilnius on 12 June; "
        + "1,257 people, «Тихановский», Tsikhanouski, Lukašenka, Coale, 北京 and Ελλάδα.");
    List<String> skeletons = words.stream().map(ClusterText::skeleton).toList();
    for (int k = 1; k <= 4; k++) {
      Shingler sh = new Shingler(k);
      Shingler.Sketch sketch = sh.sketch(words);
      assertThat(sketch.shingles()).isEqualTo(sh.shinglesOfSkeletons(skeletons));
      assertThat(sketch.contentHash()).isEqualTo(ContentHash.ofSkeletons(skeletons));
    }
    // The content hash is stored in state: its value must not change with the implementation.
    List<String> ascii = ClusterText.words("Беляцкий and Bialiatski met U.S. officials in Vilnius on 12 June; "
        + "1,257 people — «Тихановский».");
    assertThat(new Shingler(3).sketch(ascii).contentHash()).isEqualTo("17e48dca298d46dde9c54a7d85b5ca1f");
    Shingler.Sketch empty = new Shingler(3).sketch(List.of());
    assertThat(empty.shingles()).isEmpty();
    assertThat(empty.contentHash()).isEmpty();
  }
}
