package dev.newswatch.alerts;

import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the {@link DeliveryJournal} at start from the durable records, so the alert history survives a
 * restart. It reads, without joining any group, the records of the last {@code window} on
 * {@link Topics#ALERTS} and {@link Topics#DELIVERIES_DLQ} (at most {@value #MAX_RECORDS_PER_PARTITION} per
 * partition, the latest), and the delivery group's committed offsets of the alerts topic:
 * <ul>
 *   <li>an alert below the committed offset, or in the finished ranges of its metadata, was handled on every
 *       channel: delivered, unless a dead-letter record for that channel follows;</li>
 *   <li>an alert not yet finished is queued (the delivery loop sends it again and the journal follows);</li>
 *   <li>a dead-letter record marks its channel dead-lettered with its error and attempts;</li>
 *   <li>a redelivered record (the redeliver headers) concerns only the channel it names.</li>
 * </ul>
 * Records are applied in timestamp order, alerts before dead letters on a tie. Channels are the
 * subscription's current ones; alerts of deleted subscriptions are skipped. A delivered channel counts one
 * attempt (the topics do not record retries that ended well). The journal's own bounds (per subscription
 * and subscriptions) apply, so the last alerts of each subscription are kept.
 */
final class AlertHistoryRebuild {

  static final int MAX_RECORDS_PER_PARTITION = 100_000;
  private static final Logger LOG = LoggerFactory.getLogger(AlertHistoryRebuild.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private AlertHistoryRebuild() {}

  /** What was read and applied. */
  record Result(int alerts, int deadLetters, int skipped) {}

  /**
   * Reads the topics with {@code consumer} (assigned here, closed by the caller) and fills {@code journal}.
   *
   * @param committed the delivery group's committed offsets of the alerts topic (missing: nothing finished)
   */
  static Result rebuild(Consumer<byte[], byte[]> consumer, Map<TopicPartition, OffsetAndMetadata> committed,
      SubscriptionDirectory directory, DeliveryJournal journal, Duration window, Instant now) {
    long from = now.minus(window).toEpochMilli();
    List<ConsumerRecord<byte[], byte[]>> alerts = read(consumer, Topics.ALERTS, from);
    List<ConsumerRecord<byte[], byte[]>> failures = read(consumer, Topics.DELIVERIES_DLQ, from);
    List<Event> events = new ArrayList<>(alerts.size() + failures.size());
    int skipped = 0;
    for (ConsumerRecord<byte[], byte[]> r : alerts) {
      try {
        Alert alert = Topics.alertSerde().deserializer().deserialize(r.topic(), r.value());
        events.add(new Event(r.timestamp(), 0, alert, null, r, finished(committed, r)));
      } catch (RuntimeException e) {
        skipped++;
      }
    }
    for (ConsumerRecord<byte[], byte[]> r : failures) {
      try {
        DeliveryFailure failure = Topics.deliveryFailureSerde().deserializer().deserialize(r.topic(), r.value());
        events.add(new Event(r.timestamp(), 1, failure.alert(), failure, r, true));
      } catch (RuntimeException e) {
        skipped++;
      }
    }
    events.sort(Comparator.comparingLong(Event::timestamp).thenComparingInt(Event::order));
    for (Event e : events) {
      Optional<Subscription> subscription = directory.get(e.alert().subscriptionId());
      if (subscription.isEmpty()) {
        continue;
      }
      if (e.failure() != null) {
        DeliveryFailure f = e.failure();
        journal.restore(f.alert(), f.channel(), f.target() == null ? f.channel() : f.target(),
            DeliveryJournal.DEAD_LETTERED, f.attempts(), f.error(), f.failedAt());
        continue;
      }
      String onlyType = header(e.record(), DeliveryLoop.CHANNEL_HEADER);
      String onlyTarget = header(e.record(), DeliveryLoop.TARGET_HEADER);
      Instant at = Instant.ofEpochMilli(e.timestamp());
      for (Subscription.Channel channel : subscription.get().channels()) {
        if (onlyType != null && !onlyType.equals(channel.type())
            || onlyTarget != null && !onlyTarget.equals(channel.target())) {
          continue;
        }
        journal.restore(e.alert(), channel.type(), channel.target(),
            e.finished() ? DeliveryJournal.DELIVERED : DeliveryJournal.QUEUED, e.finished() ? 1 : 0, null, at);
      }
    }
    return new Result(alerts.size(), failures.size(), skipped);
  }

  private record Event(long timestamp, int order, Alert alert, DeliveryFailure failure,
      ConsumerRecord<byte[], byte[]> record, boolean finished) {}

  private static boolean finished(Map<TopicPartition, OffsetAndMetadata> committed, ConsumerRecord<?, ?> r) {
    OffsetAndMetadata c = committed.get(new TopicPartition(r.topic(), r.partition()));
    if (c == null) {
      return false;
    }
    if (r.offset() < c.offset()) {
      return true;
    }
    for (long[] range : OffsetLedger.parse(c.metadata())) {
      if (r.offset() >= range[0] && r.offset() <= range[1]) {
        return true;
      }
    }
    return false;
  }

  private static String header(ConsumerRecord<?, ?> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  /** The records of {@code topic} from {@code fromMillis} on, at most the latest N per partition. */
  private static List<ConsumerRecord<byte[], byte[]>> read(Consumer<byte[], byte[]> consumer, String topic,
      long fromMillis) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic, TIMEOUT);
    if (infos == null || infos.isEmpty()) {
      return List.of();
    }
    Set<TopicPartition> partitions = infos.stream().map(i -> new TopicPartition(topic, i.partition()))
        .collect(Collectors.toSet());
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
    Map<TopicPartition, Long> byTime = new HashMap<>();
    partitions.forEach(p -> byTime.put(p, fromMillis));
    Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndTimestamp> atTime =
        consumer.offsetsForTimes(byTime, TIMEOUT);
    Map<TopicPartition, Long> start = new HashMap<>();
    for (TopicPartition p : partitions) {
      long last = end.getOrDefault(p, 0L);
      long first = Math.max(begin.getOrDefault(p, 0L), last - MAX_RECORDS_PER_PARTITION);
      var t = atTime.get(p);
      long from = Math.max(first, t == null ? last : t.offset()); // nothing that recent: nothing to read
      if (from < last) {
        start.put(p, from);
      }
    }
    List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
    if (start.isEmpty()) {
      return out;
    }
    consumer.assign(start.keySet());
    start.forEach(consumer::seek);
    Set<TopicPartition> pending = new java.util.HashSet<>(start.keySet());
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!pending.isEmpty() && System.nanoTime() < deadline) {
      ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
      for (ConsumerRecord<byte[], byte[]> r : records) {
        if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
          out.add(r);
        }
      }
      for (var it = pending.iterator(); it.hasNext(); ) {
        TopicPartition p = it.next();
        if (consumer.position(p) >= end.get(p)) {
          consumer.pause(List.of(p));
          it.remove();
        }
      }
    }
    if (!pending.isEmpty()) {
      LOG.warn("alert history: {} not read to its end within {}; the history may lack the latest alerts", pending,
          TIMEOUT);
    }
    consumer.assign(List.of());
    return out;
  }
}
