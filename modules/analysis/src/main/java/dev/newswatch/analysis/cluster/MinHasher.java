package dev.newswatch.analysis.cluster;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@code n} seeded hash functions, the minimum over a shingle set. The
 * functions are multiply-shift hashes ({@code (a*x + b) >>> 32} with odd {@code a}) over shingle hashes
 * that are already well mixed, so one signature costs {@code n} multiplications per shingle and no
 * allocation beyond the result. The fraction of equal positions in two signatures estimates the Jaccard
 * similarity of the two sets. Seeds are fixed so signatures in state stay comparable across restarts.
 */
public final class MinHasher {

  private static final long SEED = 0x5EED_2026_0001L;

  private final long[] a;
  private final long[] b;

  /** @param n signature length (hash functions), 1..1024 */
  public MinHasher(int n) {
    if (n < 1 || n > 1024) {
      throw new IllegalArgumentException("signature length must be 1..1024, got " + n);
    }
    SplittableRandom random = new SplittableRandom(SEED);
    a = new long[n];
    b = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = random.nextLong() | 1L;
      b[i] = random.nextLong();
    }
  }

  /** Signature length. */
  public int length() {
    return a.length;
  }

  /**
   * The signature of a shingle set. An empty set gives all {@code Integer.MAX_VALUE} (unsigned max), which
   * no non-empty set can match everywhere in practice; callers treat empty texts separately anyway.
   */
  public int[] signature(long[] shingles) {
    int n = a.length;
    long[] min = new long[n];
    Arrays.fill(min, 0xFFFF_FFFFL);
    for (long x : shingles) {
      for (int i = 0; i < n; i++) {
        long v = (a[i] * x + b[i]) >>> 32;
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    int[] sig = new int[n];
    for (int i = 0; i < n; i++) {
      sig[i] = (int) min[i];
    }
    return sig;
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
