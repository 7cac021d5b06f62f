package dev.newswatch.alerts;

import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.delivery.DeliveryResult;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeliveryLoopTest {

  private static final TopicPartition PARTITION = new TopicPartition(Topics.ALERTS, 0);
  private static final AlertsConfig CONFIG = new AlertsConfig(Duration.ofDays(7), 2, Duration.ofMillis(1),
      Duration.ofMillis(1), Duration.ofSeconds(1), false, List.of());
  private static final Subscription RELEASES = new Subscription("releases", null, List.of("pardon"),
      List.of(), List.of(new Subscription.Channel("console", null, null)));

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AlertsMetrics metrics = new AlertsMetrics(registry);
  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final MockProducer<byte[], byte[]> producer =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
  private final List<Long> committedAtDelivery = new CopyOnWriteArrayList<>();
  private final FakeChannel console = new FakeChannel("console");
  private DeliveryLoop loop;
  private Thread thread;

  private static Alert alert(String subscriptionId, String articleId) {
    return new Alert(Alert.idFor(subscriptionId, articleId), subscriptionId, articleId, "Minsk frees 14 prisoners",
        "https://balticwire.example/world/" + articleId, "Baltic Wire", List.of("pardon"), List.of(),
        "tagged pardon (frees)", null, Instant.parse("2025-09-11T15:46:00Z"));
  }

  private static ConsumerRecord<byte[], byte[]> record(long offset, String key, byte[] value) {
    return new ConsumerRecord<>(Topics.ALERTS, 0, offset, key.getBytes(StandardCharsets.UTF_8), value);
  }

  private void start(List<ConsumerRecord<byte[], byte[]>> records) {
    // Runs on the loop thread, which owns the consumer.
    console.onAttempt = () -> committedAtDelivery.add(committed());
    consumer.schedulePollTask(() -> {
      consumer.rebalance(List.of(PARTITION));
      consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
      records.forEach(consumer::addRecord);
    });
    AlertDispatcher dispatcher = new AlertDispatcher(Map.of("console", console), CONFIG,
        new DeadLetterPublisher(producer), metrics, pause -> { }, Clock.systemUTC());
    loop = new DeliveryLoop(consumer, producer, Map.of("releases", RELEASES), dispatcher,
        new DeadLetterPublisher(producer), metrics, Duration.ofMinutes(1));
    thread = new Thread(loop, "delivery-loop-test");
    thread.start();
  }

  private long committed() {
    OffsetAndMetadata committed = consumer.committed(Set.of(PARTITION)).get(PARTITION);
    return committed == null ? -1L : committed.offset();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 10 s");
      }
      Thread.sleep(20);
    }
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (loop != null) {
      loop.stop();
      thread.interrupt();
      thread.join(5_000);
      assertThat(thread.isAlive()).isFalse();
    }
  }

  @Test
  void commitsEachAlertRightAfterDeliveringIt() throws Exception {
    start(List.of(record(0, "releases", JsonCodec.toBytes(alert("releases", "a1"))),
        record(1, "releases", JsonCodec.toBytes(alert("releases", "a2")))));

    await(() -> committed() == 2);

    assertThat(console.delivered).extracting(Alert::articleId).containsExactly("a1", "a2");
    assertThat(committedAtDelivery).containsExactly(-1L, 1L);
  }

  @Test
  void skipsAndCountsAlertsOfUnknownSubscriptions() throws Exception {
    start(List.of(record(0, "removed", JsonCodec.toBytes(alert("removed", "a1"))),
        record(1, "releases", JsonCodec.toBytes(alert("releases", "a2")))));

    await(() -> committed() == 2);

    assertThat(console.delivered).extracting(Alert::subscriptionId).containsExactly("releases");
    assertThat(MetricValues.value(registry, "newswatch_alerts_unknown_subscription_total")).isEqualTo(1);
  }

  @Test
  void deadLettersUnreadableRecordsAndMovesOn() throws Exception {
    start(List.of(record(0, "releases", "{\"alertId\":".getBytes(StandardCharsets.UTF_8)),
        record(1, "releases", JsonCodec.toBytes(alert("releases", "a2")))));

    await(() -> committed() == 2);

    ProducerRecord<byte[], byte[]> letter = producer.history().get(0);
    assertThat(letter.topic()).isEqualTo(Topics.PIPELINE_DLQ);
    DeadLetter deadLetter = JsonCodec.fromBytes(letter.value(), DeadLetter.class);
    assertThat(deadLetter.sourceTopic()).isEqualTo(Topics.ALERTS);
    assertThat(deadLetter.offset()).isZero();
    assertThat(console.delivered).extracting(Alert::articleId).containsExactly("a2");
  }

  @Test
  void undeliverableAlertIsDeadLetteredByFailureAndLaterAlertsStillDeliver() throws Exception {
    console.then(DeliveryResult.retry("down"), DeliveryResult.retry("still down"));
    start(List.of(record(0, "releases", JsonCodec.toBytes(alert("releases", "a1"))),
        record(1, "releases", JsonCodec.toBytes(alert("releases", "a2")))));

    await(() -> committed() == 2);

    ProducerRecord<byte[], byte[]> letter = producer.history().get(0);
    assertThat(letter.topic()).isEqualTo(Topics.DELIVERIES_DLQ);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("releases");
    DeliveryFailure failure = JsonCodec.fromBytes(letter.value(), DeliveryFailure.class);
    assertThat(failure.alert().articleId()).isEqualTo("a1");
    assertThat(failure.attempts()).isEqualTo(2);
    assertThat(failure.error()).isEqualTo("still down");
    assertThat(console.delivered).extracting(Alert::articleId).containsExactly("a2");
  }

  @Test
  void keepsTheAlertUncommittedWhileItsDeadLetterCannotBeWritten() throws Exception {
    producer.sendException = new TimeoutException("broker away");
    console.then(DeliveryResult.permanentFailure("HTTP 410"));
    start(List.of(record(0, "releases", JsonCodec.toBytes(alert("releases", "a1")))));

    await(() -> console.attempts.size() == 1);
    Thread.sleep(300);

    assertThat(committed()).isEqualTo(-1L);
    assertThat(producer.history()).isEmpty();
  }
}
