package dev.newswatch.pipeline.story;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A key-value store whose values carry an event time in their first eight bytes, so that {@link #expire}
 * can drop entries older than a cutoff without decoding them. Kafka Streams has no TTL key-value store;
 * this plus a punctuator is one (the changelog sees the deletes, so it stays bounded as well).
 */
final class TimedStore {

  private final KeyValueStore<Bytes, byte[]> store;

  TimedStore(KeyValueStore<Bytes, byte[]> store) {
    this.store = store;
  }

  /** A payload with its time. */
  record Timed(long timeMs, byte[] payload) {}

  /** The payload stored under {@code key} with its time, or null. */
  Timed getTimed(String key) {
    byte[] value = store.get(key(key));
    if (value == null) {
      return null;
    }
    return new Timed(ByteBuffer.wrap(value).getLong(), java.util.Arrays.copyOfRange(value, Long.BYTES, value.length));
  }

  /** The payload stored under {@code key}, or null. */
  byte[] get(String key) {
    byte[] value = store.get(key(key));
    if (value == null) {
      return null;
    }
    byte[] payload = new byte[value.length - Long.BYTES];
    System.arraycopy(value, Long.BYTES, payload, 0, payload.length);
    return payload;
  }

  void put(String key, long timeMs, byte[] payload) {
    store.put(key(key), ByteBuffer.allocate(Long.BYTES + payload.length).putLong(timeMs).put(payload).array());
  }

  String getString(String key) {
    byte[] payload = get(key);
    return payload == null ? null : new String(payload, StandardCharsets.UTF_8);
  }

  void putString(String key, long timeMs, String value) {
    put(key, timeMs, value.getBytes(StandardCharsets.UTF_8));
  }

  void delete(String key) {
    store.delete(key(key));
  }

  /** Deletes every entry whose time is before {@code cutoffMs}; returns how many. */
  int expire(long cutoffMs) {
    cursor = null;
    return expire(cutoffMs, Integer.MAX_VALUE, key -> { });
  }

  /** Where the next {@link #expire(long, int, Consumer)} slice starts (the last key looked at), or null. */
  private Bytes cursor;

  /**
   * Looks at the next {@code max} entries after the previous call's last one (wrapping around at the end) and
   * deletes those whose time is before {@code cutoffMs}, telling {@code deleted} each key. A store of any size
   * is thus trimmed a slice at a time: one punctuation never reads all of it (at tens of thousands of entries
   * a full scan stalled the task for a good part of a second).
   */
  int expire(long cutoffMs, int max, java.util.function.Consumer<String> deleted) {
    List<Bytes> old = new ArrayList<>();
    Bytes start = cursor;
    Bytes last = null;
    boolean more;
    try (KeyValueIterator<Bytes, byte[]> it = start == null ? store.all() : store.range(start, null)) {
      int seen = 0;
      while (seen < max && it.hasNext()) {
        KeyValue<Bytes, byte[]> entry = it.next();
        if (start != null && entry.key.equals(start)) {
          continue;
        }
        seen++;
        last = entry.key;
        if (ByteBuffer.wrap(entry.value).getLong() < cutoffMs) {
          old.add(entry.key);
        }
      }
      more = it.hasNext();
    }
    cursor = more ? last : null;
    for (Bytes key : old) {
      store.delete(key);
      deleted.accept(new String(key.get(), StandardCharsets.UTF_8));
    }
    return old.size();
  }

  /** Keys and payloads of the entries whose time is before {@code cutoffMs}, at most {@code max}. */
  List<KeyValue<String, byte[]>> olderThan(long cutoffMs, int max) {
    List<KeyValue<String, byte[]>> out = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> it = store.all()) {
      while (it.hasNext() && out.size() < max) {
        KeyValue<Bytes, byte[]> entry = it.next();
        if (ByteBuffer.wrap(entry.value).getLong() < cutoffMs) {
          byte[] payload = new byte[entry.value.length - Long.BYTES];
          System.arraycopy(entry.value, Long.BYTES, payload, 0, payload.length);
          out.add(KeyValue.pair(new String(entry.key.get(), StandardCharsets.UTF_8), payload));
        }
      }
    }
    return out;
  }

  long approximateEntries() {
    return store.approximateNumEntries();
  }

  private static Bytes key(String key) {
    return Bytes.wrap(key.getBytes(StandardCharsets.UTF_8));
  }
}
