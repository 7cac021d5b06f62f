package dev.newswatch.analysis.cluster.dup;

import dev.newswatch.analysis.cluster.MemoryClusterState;
import java.util.Collection;

/**
 * The state of the near-duplicate candidate search: content hashes and LSH bands with the fingerprints
 * filed under them. In the topology each band key (and each content hash) lives on the partition its
 * hash picks, so a band store holds a slice of the keys and candidates sharing a key always meet on one
 * partition (see DESIGN.md); offline one {@link MemoryClusterState} holds every key. Implementations
 * forget entries older than their window, so every method may return less than was put.
 */
public interface BandState {

  /**
   * The article filed under this content hash, if its time is within {@code [fromMs, toMs]}, else null (an
   * entry from outside the window may linger until expiry runs and must not match).
   */
  String idForContentHash(String contentHash, long fromMs, long toMs);

  /** Files the article holding {@code contentHash}, replacing any earlier entry. */
  void putContentHash(String contentHash, String articleId, long timeMs);

  /** Fingerprints filed under an LSH band key, oldest first. */
  Collection<Fingerprint> band(long bandKey);

  /** Files {@code fingerprint} under a band key. */
  void addToBand(long bandKey, Fingerprint fingerprint);

  /** The fingerprint of an article filed here, or null. */
  Fingerprint fingerprint(String articleId);

  /** Stores an article's fingerprint (so that the band lists can name it). */
  void putFingerprint(Fingerprint fingerprint);
}
