package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.dup.Fingerprint;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Which band partition owns a band key or a content hash. The owner is a pure function of the key and
 * the configured number of band partitions, so every article carrying a key is searched and filed on the
 * same partition, at any parallelism: candidates always meet. The number of band partitions is fixed
 * for an application id (it is also the partition count of the band repartition topic).
 */
final class BandRouting {

  private BandRouting() {}

  static int ownerOf(long bandKey, int partitions) {
    return Math.floorMod(Long.hashCode(bandKey * 0x9E3779B97F4A7C15L), partitions);
  }

  static int ownerOf(String contentHash, int partitions) {
    return Math.floorMod(contentHash.hashCode(), partitions);
  }

  /**
   * The band requests of one article: its keys grouped by owner, the content hash with its owner's group
   * (a group of its own when no band key lands there). No request when there is neither a hash nor a key.
   */
  static List<ClusterMessages.BandRequest> requests(long token, Fingerprint fp, long[] keys, int partitions) {
    List<long[]> byOwner = new ArrayList<>(partitions);
    int[] counts = new int[partitions];
    for (long k : keys) {
      counts[ownerOf(k, partitions)]++;
    }
    for (int p = 0; p < partitions; p++) {
      byOwner.add(new long[counts[p]]);
    }
    int[] fill = new int[partitions];
    for (long k : keys) {
      int p = ownerOf(k, partitions);
      byOwner.get(p)[fill[p]++] = k;
    }
    int hashOwner = fp.contentHash().isEmpty() ? -1 : ownerOf(fp.contentHash(), partitions);
    List<ClusterMessages.BandRequest> out = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      long[] mine = byOwner.get(p);
      if (mine.length > 0 || p == hashOwner) {
        out.add(new ClusterMessages.BandRequest(token, p, fp, mine, p == hashOwner));
      }
    }
    return out;
  }

  /** Sends a band request to the partition of its group (modulo the topic's count: one in tests). */
  static StreamPartitioner<String, ClusterMessages.BandRequest> partitioner() {
    return (topic, key, request, numPartitions) ->
        java.util.Optional.of(java.util.Set.of(Math.floorMod(request.group(), numPartitions)));
  }
}
