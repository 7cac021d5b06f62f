package dev.newswatch.analysis.cluster.dup;

import dev.newswatch.analysis.cluster.Hashing;
import java.util.Arrays;

/**
 * MinHash signatures by one-permutation hashing with densification: each shingle is hashed once (a seeded
 * 64-bit mix), its high bits choose one of {@code n} bins and its low 32 bits are the value; a bin keeps its
 * minimum value. A bin no shingle fell into (frequent only for short texts: a 150-word text leaves about a
 * fifth of 100 bins empty) copies the value of a non-empty bin chosen by a seeded probe sequence of its own
 * ("optimal densification"), so two sets with the same bins empty copy from the same places. The fraction
 * of equal positions in two signatures estimates the Jaccard similarity of the two sets, with about the
 * variance of {@code n} independent hash functions, at the cost of one mix per shingle instead of
 * {@code n} multiplications. Seeds are fixed so signatures in state stay comparable across restarts (but not
 * with signatures of the earlier {@code n}-function scheme: state written by it must expire or be reset).
 */
public final class MinHasher {

  private static final long SEED = 0x5EED_2026_0001L;
  private static final long PROBE_SEED = 0x5EED_2026_0002L;
  private static final long EMPTY = 1L << 32;

  private final int n;

  /** @param n signature length (bins), 1..1024 */
  public MinHasher(int n) {
    if (n < 1 || n > 1024) {
      throw new IllegalArgumentException("signature length must be 1..1024, got " + n);
    }
    this.n = n;
  }

  /** Signature length. */
  public int length() {
    return n;
  }

  /**
   * The signature of a shingle set (distinct hashes, as {@link Shingler} gives them; a repeated hash changes
   * nothing). An empty set gives all {@code -1} (unsigned max), which no non-empty set can match everywhere
   * in practice; callers treat empty texts separately anyway.
   */
  public int[] signature(long[] shingles) {
    int[] sig = new int[n];
    if (shingles.length == 0) {
      Arrays.fill(sig, -1);
      return sig;
    }
    long[] min = new long[n];
    Arrays.fill(min, EMPTY);
    for (long x : shingles) {
      long h = Hashing.mix(x ^ SEED);
      int bin = bin(h);
      long v = h & 0xFFFF_FFFFL;
      if (v < min[bin]) {
        min[bin] = v;
      }
    }
    for (int i = 0; i < n; i++) {
      sig[i] = (int) (min[i] == EMPTY ? min[borrowed(min, i)] : min[i]);
    }
    return sig;
  }

  /** The bin of a mixed hash: its high 32 bits scaled to 0..n-1. */
  private int bin(long h) {
    return (int) (((h >>> 32) * n) >>> 32);
  }

  /** The non-empty bin an empty bin {@code i} copies: the first on its own seeded probe sequence. */
  private int borrowed(long[] min, int i) {
    long base = Hashing.mix(PROBE_SEED + i);
    for (int attempt = 1; attempt <= 64 * n; attempt++) {
      int j = bin(Hashing.mix(base + attempt));
      if (min[j] != EMPTY) {
        return j;
      }
    }
    // Only reachable with almost every bin empty: the next non-empty bin to the right, cyclically.
    for (int k = 1; k <= n; k++) {
      int j = (i + k) % n;
      if (min[j] != EMPTY) {
        return j;
      }
    }
    throw new IllegalStateException("no non-empty bin");
  }

  /** Estimated Jaccard similarity: equal positions over length. Signatures must have the same length. */
  public static double jaccard(int[] x, int[] y) {
    if (x.length != y.length || x.length == 0) {
      throw new IllegalArgumentException("signatures differ in length: " + x.length + " vs " + y.length);
    }
    int same = 0;
    for (int i = 0; i < x.length; i++) {
      if (x[i] == y[i]) {
        same++;
      }
    }
    return (double) same / x.length;
  }
}
