package dev.newswatch.alerts;

import dev.newswatch.alerts.match.AlertSnapshot;
import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.model.Alert;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import dev.newswatch.streams.dedup.DedupPolicy;
import dev.newswatch.streams.dedup.DedupProcessor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The alerts gate's decision, run by the shared {@link DedupProcessor}: one alert per (subscription, story),
 * and another only when a later revision adds something material ({@link AlertSnapshot#changesTo}). What
 * each subscription was last told about each story is kept in a persistent window store keyed
 * {@code subscriptionId|storyId}, timestamped with the story record's time; its retention (the snapshot TTL)
 * bounds the state, and a story silent for longer than that alerts afresh. The store is changelogged and the
 * topology runs exactly-once, so the snapshot and the alert commit together. Records of one story always
 * reach the same task (the stories topic is keyed by story id), so no repartition is needed. See DESIGN.md.
 *
 * <p>Unlike the pipeline's exact dedup, which drops any later copy of a key, this gate compares the latest
 * snapshot with the story now: a repeat is suppressed only when it is not newer or adds nothing material,
 * and every alert sent replaces the snapshot.
 */
final class AlertDedupPolicy implements DedupPolicy<AlertDedupPolicy.Candidate, AlertSnapshot, String, Alert> {

  /**
   * A match on its way to the gate: the story, the subscription and the match's reason line.
   */
  record Candidate(Story story, Subscription subscription, String reason, List<String> matchedKeywords) {}

  private final MatchMetrics metrics;

  AlertDedupPolicy(MatchMetrics metrics) {
    this.metrics = metrics;
  }

  /** The gate's processors with their snapshot store ({@code storeName}, window size = retention = ttl). */
  static ProcessorSupplier<String, Candidate, String, Alert> supplier(String storeName, Duration ttl,
      MatchMetrics metrics) {
    return DedupProcessor.supplier(storeName, ttl, snapshotSerde(), new AlertDedupPolicy(metrics));
  }

  @Override
  public String key(Candidate c) {
    return c == null ? null : c.subscription().id() + "|" + c.story().id();
  }

  @Override
  public Lookup lookup() {
    return Lookup.LATEST_EITHER_SIDE;
  }

  @Override
  public Verdict<AlertSnapshot, String, Alert> decide(Record<String, Candidate> record, AlertSnapshot last,
      long systemTimeMs) {
    Candidate c = record.value();
    Story story = c.story();
    Subscription subscription = c.subscription();
    AlertSnapshot now = AlertSnapshot.of(story, subscription);
    List<String> changes = List.of();
    if (last != null) {
      if (story.revision() <= last.revision()) {
        metrics.suppressed(); // a replay or an older revision arriving late
        return Verdict.drop();
      }
      changes = last.changesTo(now, story.independentSources());
      if (changes.isEmpty()) {
        metrics.suppressed();
        return Verdict.drop();
      }
    }
    Instant created = Instant.ofEpochMilli(systemTimeMs);
    metrics.alerted(last != null);
    return Verdict.remember(now,
        new Record<>(subscription.id(), alert(c, changes, created), record.timestamp()));
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
