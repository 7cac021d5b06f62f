package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** The alert history after a restart, rebuilt from what the alerts and dead-letter topics hold. */
class AlertHistoryRebuildTest {

  private static final Subscription.Channel HOOK = new Subscription.Channel("webhook", "https://h.example/x", "s3cret-value", null);
  private static final Subscription.Channel SSE = new Subscription.Channel("sse", null, null, null);
  private static final Subscription SUB = new Subscription("s1", "S one", List.of(), List.of("x"), List.of(HOOK, SSE));
  private static final Instant NOW = Instant.parse("2030-01-10T12:00:00Z");
  private static final TopicPartition ALERTS = new TopicPartition(Topics.ALERTS, 0);
  private static final TopicPartition DLQ = new TopicPartition(Topics.DELIVERIES_DLQ, 0);

  /** MockConsumer answers offsetsForTimes from the records it was given. */
  private static final class Topic extends MockConsumer<byte[], byte[]> {
    private final Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> all = new HashMap<>();

    Topic() {
      super("earliest");
      for (TopicPartition p : List.of(ALERTS, DLQ)) {
        updatePartitions(p.topic(), List.of(new PartitionInfo(p.topic(), 0, Node.noNode(), new Node[0], new Node[0])));
        all.put(p, new java.util.ArrayList<>());
      }
    }

    void put(TopicPartition p, long timestamp, byte[] value, String... headers) {
      List<ConsumerRecord<byte[], byte[]>> records = all.get(p);
      RecordHeaders h = new RecordHeaders();
      for (int i = 0; i + 1 < headers.length; i += 2) {
        h.add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
      }
      records.add(new ConsumerRecord<>(p.topic(), p.partition(), records.size(), timestamp, TimestampType.CREATE_TIME,
          0, value.length, new byte[0], value, h, Optional.empty()));
    }

    void ready() {
      Map<TopicPartition, Long> begin = new HashMap<>();
      Map<TopicPartition, Long> end = new HashMap<>();
      all.forEach((p, records) -> {
        begin.put(p, 0L);
        end.put(p, (long) records.size());
      });
      updateBeginningOffsets(begin);
      updateEndOffsets(end);
      // records are handed over once assigned
      schedulePollTask(() -> all.forEach((p, records) -> {
        if (assignment().contains(p)) {
          records.stream().filter(r -> r.offset() >= position(p)).forEach(this::addRecord);
        }
      }));
      schedulePollTask(() -> all.forEach((p, records) -> {
        if (assignment().contains(p)) {
          records.stream().filter(r -> r.offset() >= position(p)).forEach(this::addRecord);
        }
      }));
    }

    @Override
    public synchronized Map<TopicPartition, OffsetAndTimestamp> offsetsForTimes(Map<TopicPartition, Long> times,
        Duration timeout) {
      Map<TopicPartition, OffsetAndTimestamp> out = new HashMap<>();
      times.forEach((p, t) -> all.get(p).stream().filter(r -> r.timestamp() >= t).findFirst()
          .ifPresent(r -> out.put(p, new OffsetAndTimestamp(r.offset(), r.timestamp()))));
      return out;
    }
  }

  private static Alert alert(String id, Instant at) {
    return new Alert(id, SUB.id(), "art-" + id, "title " + id, "https://n.example/" + id, null, List.of(), List.of(),
        "matched x", null, at);
  }

  private static byte[] bytes(Alert a) {
    return Topics.alertSerde().serializer().serialize(Topics.ALERTS, a);
  }

  private static byte[] bytes(DeliveryFailure f) {
    return Topics.deliveryFailureSerde().serializer().serialize(Topics.DELIVERIES_DLQ, f);
  }

  @Test
  void finishedAlertsAreDeliveredDeadLettersKeepTheirErrorAndUnfinishedOnesAreQueued() {
    Topic topic = new Topic();
    Instant t = NOW.minus(Duration.ofHours(2));
    Alert old = alert("old", NOW.minus(Duration.ofDays(30)));
    Alert delivered = alert("a-delivered", t);
    Alert dead = alert("a-dead", t.plusSeconds(10));
    Alert doneAbove = alert("a-done-above", t.plusSeconds(20));
    Alert pending = alert("a-pending", t.plusSeconds(30));
    Alert deleted = new Alert("a-gone", "deleted-sub", "art", "t", "https://n.example/g", null, List.of(), List.of(),
        "m", null, t);
    topic.put(ALERTS, old.createdAt().toEpochMilli(), bytes(old));             // 0: outside the window
    topic.put(ALERTS, delivered.createdAt().toEpochMilli(), bytes(delivered)); // 1
    topic.put(ALERTS, dead.createdAt().toEpochMilli(), bytes(dead));           // 2
    topic.put(ALERTS, pending.createdAt().toEpochMilli(), bytes(pending));     // 3: unfinished, holds the offset
    topic.put(ALERTS, doneAbove.createdAt().toEpochMilli(), bytes(doneAbove)); // 4: finished above it
    topic.put(ALERTS, deleted.createdAt().toEpochMilli(), bytes(deleted));     // 5
    Instant failedAt = t.plusSeconds(600);
    topic.put(DLQ, failedAt.toEpochMilli(), bytes(new DeliveryFailure(dead, "webhook", HOOK.target(), "HTTP 503", 7,
        failedAt)));
    // redelivered later, to the webhook only, and not finished yet
    topic.put(ALERTS, failedAt.plusSeconds(60).toEpochMilli(), bytes(dead),
        DeliveryLoop.CHANNEL_HEADER, "webhook", DeliveryLoop.TARGET_HEADER, HOOK.target()); // 6
    topic.ready();
    DeliveryJournal journal = new DeliveryJournal(100, 100);
    Map<TopicPartition, OffsetAndMetadata> committed = Map.of(ALERTS, new OffsetAndMetadata(3, "done:4"));

    AlertHistoryRebuild.Result result = AlertHistoryRebuild.rebuild(topic, committed,
        SubscriptionDirectory.of(List.of(SUB)), journal, Duration.ofDays(7), NOW);

    assertThat(result.alerts()).as("the one older than the window is not read").isEqualTo(6);
    assertThat(result.deadLetters()).isEqualTo(1);
    List<DeliveryJournal.Entry> entries = journal.of("s1");
    assertThat(entries).extracting(e -> e.alert().alertId())
        .as("newest first").containsExactly("a-pending", "a-done-above", "a-dead", "a-delivered");
    assertThat(states(entries.get(0))).containsExactly("queued", "queued");
    assertThat(states(entries.get(1))).as("finished above the committed offset").containsExactly("delivered", "delivered");
    assertThat(states(entries.get(3))).containsExactly("delivered", "delivered");
    DeliveryJournal.Entry deadEntry = entries.get(2);
    assertThat(states(deadEntry)).as("webhook redelivered (queued again), SSE delivered")
        .containsExactly("queued", "delivered");
    assertThat(journal.of("deleted-sub")).isEmpty();
  }

  @Test
  void aDeadLetterWithoutLaterRedeliveryStaysDeadLetteredWithItsErrorAndAttempts() {
    Topic topic = new Topic();
    Instant t = NOW.minus(Duration.ofHours(1));
    Alert dead = alert("a-dead", t);
    topic.put(ALERTS, t.toEpochMilli(), bytes(dead));
    topic.put(DLQ, t.plusSeconds(300).toEpochMilli(), bytes(new DeliveryFailure(dead, "webhook", HOOK.target(),
        "connection refused", 5, t.plusSeconds(300))));
    topic.ready();
    DeliveryJournal journal = new DeliveryJournal(100, 100);

    AlertHistoryRebuild.rebuild(topic, Map.of(ALERTS, new OffsetAndMetadata(1)),
        SubscriptionDirectory.of(List.of(SUB)), journal, Duration.ofDays(7), NOW);

    DeliveryJournal.ChannelState hook = journal.of("s1").get(0).channels().get(0);
    assertThat(hook.state()).isEqualTo("dead_lettered");
    assertThat(hook.lastError()).isEqualTo("connection refused");
    assertThat(hook.attempts()).isEqualTo(5);
    assertThat(hook.target()).doesNotContain("s3cret");
    assertThat(journal.of("s1").get(0).channels().get(1).state()).isEqualTo("delivered");
  }

  @Test
  void keepsOnlyTheLastAlertsPerSubscription() {
    Topic topic = new Topic();
    for (int i = 0; i < 5; i++) {
      Alert a = alert("a" + i, NOW.minusSeconds(600 - i));
      topic.put(ALERTS, a.createdAt().toEpochMilli(), bytes(a));
    }
    topic.ready();
    DeliveryJournal journal = new DeliveryJournal(2, 100);
    AlertHistoryRebuild.rebuild(topic, Map.of(), SubscriptionDirectory.of(List.of(SUB)), journal, Duration.ofDays(1),
        NOW);
    assertThat(journal.of("s1")).extracting(e -> e.alert().alertId()).containsExactly("a4", "a3");
    assertThat(states(journal.of("s1").get(0))).as("no committed offset: nothing finished").containsOnly("queued");
  }

  private static List<String> states(DeliveryJournal.Entry e) {
    return e.channels().stream().map(DeliveryJournal.ChannelState::state).toList();
  }
}
