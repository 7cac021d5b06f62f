package dev.newswatch.analysis.cluster.dup;

import dev.newswatch.analysis.cluster.ClusterText;
import dev.newswatch.analysis.cluster.Hashing;
import java.util.Arrays;
import java.util.List;

/**
 * Word shingles: every run of {@code k} consecutive word {@link ClusterText#skeleton skeletons}, hashed to
 * 64 bits. The set (sorted, distinct) is what MinHash samples. A text shorter than {@code k} words gives
 * one shingle of all its words, and an empty text none.
 */
public final class Shingler {

  private final int k;

  /** @param k words per shingle, 1..16 */
  public Shingler(int k) {
    if (k < 1 || k > 16) {
      throw new IllegalArgumentException("shingle size must be 1..16, got " + k);
    }
    this.k = k;
  }

  /** Words per shingle. */
  public int size() {
    return k;
  }

  /** The distinct shingle hashes of {@code words} (already {@link ClusterText#words folded}), sorted. */
  public long[] shingles(List<String> words) {
    return shinglesOfSkeletons(words.stream().map(ClusterText::skeleton).toList());
  }

  /** As {@link #shingles}, for words already reduced to {@link ClusterText#skeleton skeletons}. */
  public long[] shinglesOfSkeletons(List<String> skeletons) {
    int n = skeletons.size();
    long[] wordHashes = new long[n];
    for (int i = 0; i < n; i++) {
      wordHashes[i] = Hashing.hash(skeletons.get(i));
    }
    return shinglesOfWordHashes(wordHashes);
  }

  /**
   * The shingle set and content hash of one text.
   *
   * @param shingles    {@link #shinglesOfSkeletons distinct shingle hashes}, sorted
   * @param contentHash {@link ContentHash#ofSkeletons content hash}
   */
  public record Sketch(long[] shingles, String contentHash) {}

  /**
   * The shingles and content hash of {@code words} (already {@link ClusterText#words folded}): the same values
   * as {@code shinglesOfSkeletons(skeletons)} and {@code ContentHash.ofSkeletons(skeletons)} over the words'
   * skeletons, in one pass over one char buffer, with skeletons and their hashes memoised per word
   * ({@code ClusterText.skeletonOf}).
   */
  public Sketch sketch(List<String> words) {
    int n = words.size();
    if (n == 0) {
      return new Sketch(new long[0], "");
    }
    int total = n;
    for (int i = 0; i < n; i++) {
      total += words.get(i).length();
    }
    char[] chars = new char[total];
    long[] wordHashes = new long[n];
    int pos = 0;
    for (int i = 0; i < n; i++) {
      ClusterText.Skeleton skeleton = ClusterText.skeletonOf(words.get(i));
      String sk = skeleton.skeleton;
      sk.getChars(0, sk.length(), chars, pos);
      pos += sk.length();
      wordHashes[i] = skeleton.hash;
      chars[pos++] = ' ';
    }
    return new Sketch(shinglesOfWordHashes(wordHashes), ContentHash.of(chars, pos));
  }

  private long[] shinglesOfWordHashes(long[] wordHashes) {
    int n = wordHashes.length;
    if (n == 0) {
      return new long[0];
    }
    int count = Math.max(1, n - k + 1);
    int width = Math.min(k, n);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < width; j++) {
        h = Hashing.mix(h ^ wordHashes[i + j]) + j;
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[distinct - 1]) {
        out[distinct++] = out[i];
      }
    }
    return distinct == out.length ? out : Arrays.copyOf(out, distinct);
  }
}
