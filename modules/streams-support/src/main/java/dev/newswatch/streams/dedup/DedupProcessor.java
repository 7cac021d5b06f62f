package dev.newswatch.streams.dedup;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Drops what was already seen within a TTL, remembered in a persistent window store: the one dedup
 * mechanism of the pipeline's exact-dedup stages and the alerts gate. For each record it asks the
 * {@link DedupPolicy} for the record's key, looks up the state stored for that key within the TTL around
 * the record's timestamp (event time), and lets the policy decide whether to forward the record and
 * whether to remember a new state for the key at that timestamp.
 *
 * <p>The store is a persistent window store of {@code String} keys with window size = retention = TTL,
 * no duplicates: segments older than the TTL (in stream time) are dropped, so the local state and its
 * changelog ({@code <application.id>-<store>-changelog}) hold about one TTL's worth of keys however long
 * the application runs, and a key silent for longer than the TTL is new again. Under exactly-once the
 * store write and the forwarded record commit together.
 *
 * @param <V>  the input value
 * @param <S>  the state remembered per key
 * @param <KO> the output key
 * @param <VO> the output value
 */
public final class DedupProcessor<V, S, KO, VO> implements Processor<String, V, KO, VO> {

  private final String storeName;
  private final long ttlMs;
  private final DedupPolicy<V, S, KO, VO> policy;
  private ProcessorContext<KO, VO> context;
  private WindowStore<String, S> store;

  private DedupProcessor(String storeName, long ttlMs, DedupPolicy<V, S, KO, VO> policy) {
    this.storeName = storeName;
    this.ttlMs = ttlMs;
    this.policy = policy;
  }

  /**
   * Processors deciding by {@code policy}, together with their window store, so the store cannot be
   * forgotten when wiring.
   *
   * @param storeName  the window store; part of the changelog topic name, so it must never change
   * @param ttl        how long (in record time) a key's state is remembered: lookup range and retention
   * @param stateSerde serde of the remembered state
   * @param policy     the key, lookup and decision; shared by every processor of the supplier
   */
  public static <V, S, KO, VO> ProcessorSupplier<String, V, KO, VO> supplier(String storeName, Duration ttl,
      Serde<S> stateSerde, DedupPolicy<V, S, KO, VO> policy) {
    Objects.requireNonNull(storeName, "storeName");
    Objects.requireNonNull(stateSerde, "stateSerde");
    Objects.requireNonNull(policy, "policy");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive, got " + ttl);
    }
    return new ProcessorSupplier<>() {
      @Override
      public Processor<String, V, KO, VO> get() {
        return new DedupProcessor<>(storeName, ttl.toMillis(), policy);
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return Set.of(storeBuilder(storeName, ttl, stateSerde));
      }
    };
  }

  /** The window store a {@link #supplier} connects: size = retention = {@code ttl}, no duplicates. */
  public static <S> StoreBuilder<WindowStore<String, S>> storeBuilder(String storeName, Duration ttl,
      Serde<S> stateSerde) {
    return Stores.windowStoreBuilder(Stores.persistentWindowStore(storeName, ttl, ttl, false), Serdes.String(),
        stateSerde);
  }

  @Override
  public void init(ProcessorContext<KO, VO> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, V> record) {
    String key = policy.key(record.value());
    if (key == null) {
      return;
    }
    long time = record.timestamp();
    long storeAt = time;
    S seen;
    if (policy.lookup() == DedupPolicy.Lookup.EARLIEST_EITHER_SIDE) {
      seen = earliestEitherSide(key, time);
    } else {
      KeyValue<Long, S> hit = latestEitherSide(key, time);
      seen = hit == null ? null : hit.value;
      if (hit != null) {
        storeAt = Math.max(time, hit.key);
      }
    }
    DedupPolicy.Verdict<S, KO, VO> verdict = policy.decide(record, seen, context.currentSystemTimeMs());
    if (verdict.dropped()) {
      return;
    }
    if (verdict.remember() != null) {
      store.put(key, verdict.remember(), storeAt);
    }
    context.forward(verdict.output());
  }

  private S earliestEitherSide(String key, long time) {
    long from = Math.max(0, time - ttlMs);
    long to = time > Long.MAX_VALUE - ttlMs ? Long.MAX_VALUE : time + ttlMs;
    try (KeyValueIterator<Long, S> hits = store.fetch(key, from, to)) {
      return hits.hasNext() ? hits.next().value : null;
    }
  }

  private KeyValue<Long, S> latestEitherSide(String key, long time) {
    long from = Math.max(0, time - ttlMs);
    long to = time > Long.MAX_VALUE - ttlMs ? Long.MAX_VALUE : time + ttlMs;
    try (KeyValueIterator<Long, S> hits = store.backwardFetch(key, from, to)) {
      return hits.hasNext() ? hits.next() : null;
    }
  }
}
