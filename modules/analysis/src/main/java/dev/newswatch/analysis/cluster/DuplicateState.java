package dev.newswatch.analysis.cluster;

import java.util.Collection;

/**
 * The state near-duplicate detection reads and writes. Offline it is a set of maps
 * ({@link MemoryClusterState}); in the Streams topology each method maps to a store whose retention is
 * the dedup window (see DESIGN.md). Implementations forget entries older than their window, so every
 * method may return less than was put.
 */
public interface DuplicateState {

  /** The id of an article with this content hash, or null. */
  String idForContentHash(String contentHash);

  /** Remembers the article holding {@code contentHash} (first writer wins). */
  void putContentHash(String contentHash, String articleId, long timeMs);

  /** Fingerprints filed under an LSH band key. */
  Collection<Fingerprint> band(long bandKey);

  /** Files {@code fingerprint} under a band key. */
  void addToBand(long bandKey, Fingerprint fingerprint);

  /** The fingerprint of an article, or null. */
  Fingerprint fingerprint(String articleId);

  /** Stores an article's fingerprint. */
  void putFingerprint(Fingerprint fingerprint);

  /** The representative last recorded for an article (itself when it represents its group), or null. */
  String representative(String articleId);

  /** Records the representative of an article. */
  void putRepresentative(String articleId, String representativeId, long timeMs);
}
