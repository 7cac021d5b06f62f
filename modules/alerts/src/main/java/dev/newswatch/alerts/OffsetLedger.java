package dev.newswatch.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;

/**
 * What has been delivered on one partition of {@code newswatch.alerts.v1}. Each record handed to delivery
 * is pending until every channel it went to has finished with it (delivered or dead-lettered); the
 * committable offset is the lowest pending one. Records above it that are already finished (a failing
 * subscriber's alert holds the offset back while others go on) are listed in the commit metadata as
 * ranges, so that after a restart they are recognised and not sent again; only the pending ones are.
 * The metadata is bounded ({@value #MAX_METADATA} characters): ranges that do not fit are left out, and
 * those alerts are sent once more, with the same idempotency key.
 *
 * <p>Thread-safe: the poll thread adds records and commits, delivery threads mark them finished.
 */
final class OffsetLedger {

  /** Kafka's default {@code offset.metadata.max.bytes} is 4096. */
  static final int MAX_METADATA = 3500;
  private static final String PREFIX = "done:";

  private final TreeMap<Long, Integer> pending = new TreeMap<>();
  private final List<long[]> restoredDone;
  private long next = -1;

  /** @param committedMetadata the metadata of the partition's committed offset, or null */
  OffsetLedger(String committedMetadata) {
    this.restoredDone = parse(committedMetadata);
  }

  /** True when a previous owner already finished this record (from the commit metadata). */
  synchronized boolean finishedBefore(long offset) {
    for (long[] range : restoredDone) {
      if (offset >= range[0] && offset <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** Records a handled record that waits for {@code lanes} channels (0: finished already). */
  synchronized void add(long offset, int lanes) {
    next = Math.max(next, offset + 1);
    if (lanes > 0) {
      pending.put(offset, lanes);
    }
  }

  /** One channel finished with the record at {@code offset}. */
  synchronized void laneDone(long offset) {
    pending.computeIfPresent(offset, (o, left) -> left <= 1 ? null : left - 1);
  }

  synchronized int pendingCount() {
    return pending.size();
  }

  /** The offset and metadata to commit, or null before any record was handled. */
  synchronized OffsetAndMetadata commitPoint() {
    if (next < 0) {
      return null;
    }
    long commit = pending.isEmpty() ? next : pending.firstKey();
    StringBuilder metadata = new StringBuilder(PREFIX);
    Long previous = null;
    for (long offset : pending.keySet()) {
      if (previous != null && offset > previous + 1 && !append(metadata, previous + 1, offset - 1)) {
        return new OffsetAndMetadata(commit, metadata.toString());
      }
      previous = offset;
    }
    if (previous != null && next - 1 > previous) {
      append(metadata, previous + 1, next - 1);
    }
    return new OffsetAndMetadata(commit, metadata.toString());
  }

  private static boolean append(StringBuilder metadata, long from, long to) {
    String range = (metadata.length() > PREFIX.length() ? "," : "") + (from == to ? from + "" : from + "-" + to);
    if (metadata.length() + range.length() > MAX_METADATA) {
      return false;
    }
    metadata.append(range);
    return true;
  }

  /** The finished ranges in commit metadata; anything unreadable counts as none (resend, never skip). */
  static List<long[]> parse(String metadata) {
    List<long[]> ranges = new ArrayList<>();
    if (metadata == null || !metadata.startsWith(PREFIX) || metadata.length() == PREFIX.length()) {
      return ranges;
    }
    try {
      for (String part : metadata.substring(PREFIX.length()).split(",")) {
        int dash = part.indexOf('-');
        long from = Long.parseLong(dash < 0 ? part : part.substring(0, dash));
        long to = dash < 0 ? from : Long.parseLong(part.substring(dash + 1));
        if (from >= 0 && to >= from) {
          ranges.add(new long[] {from, to});
        }
      }
    } catch (NumberFormatException e) {
      return new ArrayList<>();
    }
    return ranges;
  }
}
