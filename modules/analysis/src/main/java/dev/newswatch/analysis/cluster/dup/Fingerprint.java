package dev.newswatch.analysis.cluster.dup;

import java.util.Objects;

/**
 * What near-duplicate detection keeps of an article: its content hash, MinHash signature, the size of its
 * shingle set (to estimate containment), its length in words (the fuller copy becomes the representative)
 * and its time (for the window). About {@code 4 * signature length + 100} bytes.
 *
 * @param id           article id
 * @param contentHash  hash of the normalised text ({@link ContentHash})
 * @param signature    MinHash signature
 * @param shingleCount distinct shingles in the text
 * @param words        words in the text
 * @param publishedMs  event time, epoch milliseconds
 */
public record Fingerprint(String id, String contentHash, int[] signature, int shingleCount, int words,
    long publishedMs) {

  public Fingerprint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(signature, "signature");
    if (shingleCount < 0 || words < 0) {
      throw new IllegalArgumentException("negative shingle or word count for " + id);
    }
  }

  /** True when this copy should represent a group instead of {@code other}: more words, then smaller id. */
  public boolean fullerThan(Fingerprint other) {
    return words != other.words ? words > other.words : id.compareTo(other.id) < 0;
  }
}
