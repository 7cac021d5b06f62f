package dev.newswatch.analysis.cluster.dup;

import dev.newswatch.analysis.cluster.Hashing;

/**
 * Locality-sensitive hashing by banding: a signature of {@code bands * rows} values is cut into bands, and
 * each band hashes to one 64-bit key (the band number is part of the key, so equal values in different
 * bands never collide). Two sets with Jaccard similarity {@code s} share at least one band key with
 * probability {@code 1 - (1 - s^rows)^bands}. In the topology each key is a repartition key: all articles
 * that share a band meet on one partition, whatever the parallelism.
 */
public final class LshBands {

  private final int bands;
  private final int rows;

  /**
   * @param bands number of bands, 1..256
   * @param rows  signature values per band, 1..64
   */
  public LshBands(int bands, int rows) {
    if (bands < 1 || bands > 256 || rows < 1 || rows > 64) {
      throw new IllegalArgumentException("bands must be 1..256 and rows 1..64, got " + bands + "x" + rows);
    }
    this.bands = bands;
    this.rows = rows;
  }

  /** Number of bands. */
  public int bands() {
    return bands;
  }

  /** Values per band. */
  public int rows() {
    return rows;
  }

  /** Signature length these bands need. */
  public int signatureLength() {
    return bands * rows;
  }

  /** The band keys of {@code signature}, one per band. */
  public long[] keys(int[] signature) {
    if (signature.length != bands * rows) {
      throw new IllegalArgumentException("signature length " + signature.length + " != " + bands * rows);
    }
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = Hashing.mix(0x7F4A7C15L + band);
      for (int r = 0; r < rows; r++) {
        h = Hashing.mix(h ^ (signature[band * rows + r] & 0xFFFF_FFFFL));
      }
      keys[band] = h;
    }
    return keys;
  }

  /** A band key as a string record key: 16 hex digits. */
  public static String keyString(long key) {
    return String.format("%016x", key);
  }

  /** Probability that two sets with Jaccard similarity {@code s} share at least one band. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }
}
