package dev.newswatch.pipeline.story;

import java.util.Map;
import java.util.function.Function;

/**
 * A {@link TimedStore} of encoded values read through a bounded LRU map of decoded ones; writes go through
 * both. Exact as long as this is the only writer of the store (each processor is of its task's stores).
 *
 * @param <V> the decoded value
 */
final class DecodedCache<V> {

  private final TimedStore store;
  private final Map<String, V> cache;
  private final Function<byte[], V> decode;
  private final Function<V, byte[]> encode;
  private final V absent;

  /**
   * @param absent what a key without a value reads as; when not null it is cached like a value
   */
  DecodedCache(TimedStore store, int capacity, Function<byte[], V> decode, Function<V, byte[]> encode, V absent) {
    this.store = store;
    this.cache = StoreClusterState.lru(capacity);
    this.decode = decode;
    this.encode = encode;
    this.absent = absent;
  }

  V get(String key) {
    V cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    byte[] bytes = store.get(key);
    V value = bytes == null ? absent : decode.apply(bytes);
    if (value != null) {
      cache.put(key, value);
    }
    return value;
  }

  void put(String key, long timeMs, V value) {
    store.put(key, timeMs, encode.apply(value));
    cache.put(key, value);
  }

  /** {@link TimedStore#expire(long, int, java.util.function.Consumer)}, forgetting the decoded values too. */
  int expire(long cutoffMs, int max) {
    return store.expire(cutoffMs, max, cache::remove);
  }
}
