package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.dup.BandState;
import dev.newswatch.analysis.cluster.dup.Fingerprint;
import java.util.ArrayDeque;
import java.util.Collection;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * {@link BandState} over one band partition's stores (see {@link ClusterStores}): the content hashes and
 * band keys this partition owns, and the fingerprints filed under them. Band lists live in a window store
 * (retention = the dedup window; segments expire by event time), hashes and fingerprints in
 * {@link TimedStore}s that {@link #expire} trims. Recently used fingerprints are also kept decoded in a
 * bounded write-through LRU map (the processor is the only writer of its task's stores, so it stays exact).
 */
final class StoreBandState implements BandState {

  /** Per-key lists are capped as in {@code MemoryClusterState}: a key shared by everything is noise. */
  static final int MAX_PER_KEY = 64;
  /** Decoded fingerprints kept in memory (about 500 bytes each). */
  static final int FINGERPRINT_CACHE = 16_384;

  private final TimedStore contentHashes;
  private final WindowStore<Long, String> bands;
  private final DecodedCache<Fingerprint> fingerprints;

  StoreBandState(TimedStore contentHashes, WindowStore<Long, String> bands, TimedStore fingerprints) {
    this.contentHashes = contentHashes;
    this.bands = bands;
    this.fingerprints = new DecodedCache<>(fingerprints, FINGERPRINT_CACHE, ClusterCodec::fingerprint,
        ClusterCodec::fingerprint, null);
  }

  @Override
  public String idForContentHash(String contentHash, long fromMs, long toMs) {
    TimedStore.Timed entry = contentHashes.getTimed(contentHash);
    return entry == null || entry.timeMs() < fromMs || entry.timeMs() > toMs
        ? null : new String(entry.payload(), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void putContentHash(String contentHash, String articleId, long timeMs) {
    contentHashes.putString(contentHash, timeMs, articleId);
  }

  /** The newest {@value #MAX_PER_KEY} fingerprints under the key, oldest first (the in-memory order). */
  @Override
  public Collection<Fingerprint> band(long bandKey) {
    ArrayDeque<Fingerprint> out = new ArrayDeque<>();
    try (WindowStoreIterator<String> it = bands.backwardFetch(bandKey, 0L, Long.MAX_VALUE)) {
      while (it.hasNext() && out.size() < MAX_PER_KEY) {
        Fingerprint fp = fingerprint(it.next().value);
        if (fp != null) {
          out.addFirst(fp);
        }
      }
    }
    return out;
  }

  @Override
  public void addToBand(long bandKey, Fingerprint fingerprint) {
    bands.put(bandKey, fingerprint.id(), fingerprint.publishedMs());
  }

  @Override
  public Fingerprint fingerprint(String articleId) {
    return fingerprints.get(articleId);
  }

  @Override
  public void putFingerprint(Fingerprint fingerprint) {
    fingerprints.put(fingerprint.id(), fingerprint.publishedMs(), fingerprint);
  }

  /**
   * Drops hashes and fingerprints older than {@code cutoffMs} among the next {@code max} of each store (bands
   * expire by segment); returns how many.
   */
  int expire(long cutoffMs, int max) {
    return contentHashes.expire(cutoffMs, max, k -> { }) + fingerprints.expire(cutoffMs, max);
  }
}
