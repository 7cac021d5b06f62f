package dev.newswatch.streams.restore;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says when a Kafka Streams application rebuilds local state from its changelog topics, and how much.
 *
 * <p>A restart on the same state directory after a clean shutdown restores nothing into key-value
 * stores: they keep their committed changelog offset in RocksDB. Restoring whole stores means the local
 * state was lost (a new disk, a state directory in a cleared temp folder, an unclean stop under
 * exactly-once) and costs time before processing resumes. Window stores are the exception under Kafka
 * Streams 4.3: their segmented stores keep no committed offset, so a task holding one is restored from
 * its changelogs on every start. Operators see restorations in the log; tests read the counts.
 */
public final class RestoreLog implements StateRestoreListener {

  private static final Logger LOG = LoggerFactory.getLogger(RestoreLog.class);

  private final String applicationId;
  private final AtomicLong restorations = new AtomicLong();
  private final Map<String, LongAdder> byStore = new ConcurrentHashMap<>();

  /** A listener for the application {@code applicationId} (named in the log lines). */
  public RestoreLog(String applicationId) {
    this.applicationId = applicationId;
  }

  @Override
  public void onRestoreStart(TopicPartition partition, String storeName, long startingOffset, long endingOffset) {
    restorations.incrementAndGet();
    LOG.debug("{}: restoring store {} from {} (offsets {} to {})", applicationId, storeName, partition,
        startingOffset, endingOffset);
  }

  @Override
  public void onBatchRestored(TopicPartition partition, String storeName, long batchEndOffset, long numRestored) {
    byStore.computeIfAbsent(storeName, n -> new LongAdder()).add(numRestored);
  }

  @Override
  public void onRestoreEnd(TopicPartition partition, String storeName, long totalRestored) {
    if (totalRestored > 0) {
      LOG.info("{}: restored store {} from {}: {} records", applicationId, storeName, partition, totalRestored);
    } else {
      LOG.debug("{}: store {} ({}) was up to date", applicationId, storeName, partition);
    }
  }

  /** Changelog records restored into local stores since this listener was registered. */
  public long restoredRecords() {
    return byStore.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Changelog records restored into the store {@code storeName} (all its partitions). */
  public long restoredRecords(String storeName) {
    LongAdder n = byStore.get(storeName);
    return n == null ? 0 : n.sum();
  }

  /** Store partitions whose restoration started since this listener was registered. */
  public long restorations() {
    return restorations.get();
  }
}
