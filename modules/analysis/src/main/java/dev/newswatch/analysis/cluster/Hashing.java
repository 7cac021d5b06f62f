package dev.newswatch.analysis.cluster;

/**
 * The 64-bit hashing shared by shingles, MinHash and band keys: FNV-1a over chars, finished by a mixer.
 * Public for {@code cluster.dup}, which hashes with it; {@link ClusterText} memoises word hashes with it.
 */
public final class Hashing {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing() {}

  /** A well-mixed 64-bit hash of {@code s}; stable across JVMs and releases (it is stored in state). */
  public static long hash(CharSequence s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** {@link #hash(CharSequence)} of {@code chars[from, to)}: the same value without a string. */
  static long hash(char[] chars, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h ^= chars[i];
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** The finaliser of MurmurHash3 (fmix64): every input bit affects every output bit. */
  public static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
