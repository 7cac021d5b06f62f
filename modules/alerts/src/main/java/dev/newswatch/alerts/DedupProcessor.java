package dev.newswatch.alerts;

import dev.newswatch.alerts.match.AlertSnapshot;
import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.model.Alert;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * One alert per (subscription, story), and another only when a later revision adds something material
 * ({@link AlertSnapshot#changesTo}). What each subscription was last told about each story is kept in a
 * persistent window store keyed {@code subscriptionId|storyId}, timestamped with the story record's time;
 * its retention (the snapshot TTL) bounds the state, and a story silent for longer than that alerts afresh.
 * The store is changelogged and the topology runs exactly-once, so the snapshot and the alert commit
 * together. Records of one story always reach the same task (the stories topic is keyed by story id), so
 * no repartition is needed. See DESIGN.md.
 */
final class DedupProcessor extends ContextualProcessor<String, DedupProcessor.Candidate, String, Alert> {

  /**
   * A match on its way to the gate: the story, the subscription and the match's reason line.
   */
  record Candidate(Story story, Subscription subscription, String reason, List<String> matchedKeywords) {}

  /** Supplies the processor together with its store, so the store cannot be forgotten when wiring. */
  static final class Supplier implements ProcessorSupplier<String, Candidate, String, Alert> {
    private final String storeName;
    private final Duration ttl;
    private final MatchMetrics metrics;

    Supplier(String storeName, Duration ttl, MatchMetrics metrics) {
      this.storeName = storeName;
      this.ttl = ttl;
      this.metrics = metrics;
    }

    @Override
    public Processor<String, Candidate, String, Alert> get() {
      return new DedupProcessor(storeName, ttl.toMillis(), metrics);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
      // Window size = retention: a snapshot lives one TTL from the alert that wrote it.
      return Set.of(Stores.windowStoreBuilder(
          Stores.persistentWindowStore(storeName, ttl, ttl, false), Serdes.String(), snapshotSerde()));
    }
  }

  private final String storeName;
  private final long ttlMs;
  private final MatchMetrics metrics;
  private WindowStore<String, AlertSnapshot> snapshots;

  private DedupProcessor(String storeName, long ttlMs, MatchMetrics metrics) {
    this.storeName = storeName;
    this.ttlMs = ttlMs;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Alert> context) {
    super.init(context);
    snapshots = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, Candidate> record) {
    Candidate c = record.value();
    if (c == null) {
      return;
    }
    Story story = c.story();
    Subscription subscription = c.subscription();
    String key = subscription.id() + "|" + story.id();
    long time = record.timestamp();
    AlertSnapshot last = latest(key, time);
    AlertSnapshot now = AlertSnapshot.of(story, subscription);
    List<String> changes = List.of();
    if (last != null) {
      if (story.revision() <= last.revision()) {
        metrics.suppressed(); // a replay or an older revision arriving late
        return;
      }
      changes = last.changesTo(now, story.independentSources());
      if (changes.isEmpty()) {
        metrics.suppressed();
        return;
      }
    }
    snapshots.put(key, now, time);
    Instant created = Instant.ofEpochMilli(context().currentSystemTimeMs());
    metrics.alerted(last != null);
    context().forward(new Record<>(subscription.id(), alert(c, changes, created), time));
  }

  /** The latest snapshot of {@code key} within the TTL before {@code time}, or null. */
  private AlertSnapshot latest(String key, long time) {
    AlertSnapshot latest = null;
    try (KeyValueIterator<Long, AlertSnapshot> it = snapshots.backwardFetch(key, Math.max(0, time - ttlMs),
        time == Long.MAX_VALUE ? time : time + 1)) {
      if (it.hasNext()) {
        KeyValue<Long, AlertSnapshot> kv = it.next();
        latest = kv.value;
      }
    }
    return latest;
  }

  static Alert alert(Candidate c, List<String> changes, Instant created) {
    Story story = c.story();
    Story.Source representative = story.sources().stream().filter(s -> s.url().equals(story.url())).findFirst()
        .orElse(story.sources().isEmpty() ? null : story.sources().getFirst());
    String articleId = representative == null ? story.id() : representative.articleId();
    String source = representative == null ? null : representative.outlet();
    String reason = changes.isEmpty() ? c.reason() : "update: " + String.join("; ", changes) + " — " + c.reason();
    return new Alert(Alert.idFor(c.subscription().id(), story.id(), story.revision()), c.subscription().id(),
        articleId, story.title(), story.url(), source, story.tagNames(), c.matchedKeywords(), reason,
        story.firstSeen(), created, story.id(), story.revision(), changes, story.independentSources());
  }

  static Serde<AlertSnapshot> snapshotSerde() {
    return Serdes.serdeFrom(
        (topic, value) -> value == null ? null : JsonCodec.toBytes(value),
        (topic, bytes) -> bytes == null ? null : JsonCodec.fromBytes(bytes, AlertSnapshot.class));
  }
}
