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
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
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
      Duration.ofMillis(5), Duration.ofSeconds(1), false, List.of(),
      DeliverySettings.defaults().withRetryBudget(Duration.ofMillis(1)));
  private static final Subscription.Channel CONSOLE = new Subscription.Channel("console", null, null);
  private static final Subscription.Channel HOOK = new Subscription.Channel("webhook", "https://hooks.example/x", null);
  private static final Subscription RELEASES = new Subscription("releases", null, List.of("pardon"),
      List.of(), List.of(CONSOLE));
  private static final Subscription BROKEN = new Subscription("broken", null, List.of("pardon"),
      List.of(), List.of(HOOK));
  private static final Subscription DIGEST = new Subscription("digest", "ops", null, null, List.of(), 1,
      Subscription.MODE_DIGEST, new Subscription.Digest("hourly", "00:00", "UTC"), List.of(CONSOLE), 0, false,
      List.of("pardon"), List.of());
  private static final Subscription LIMITED = new Subscription("limited", "ops", null, null, List.of(), 1,
      Subscription.MODE_INSTANT, null, List.of(CONSOLE), 1, false, List.of("pardon"), List.of());

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AlertsMetrics metrics = new AlertsMetrics(registry);
  private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
  private final MockProducer<byte[], byte[]> producer =
      new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
  private final List<Long> committedAtDelivery = new CopyOnWriteArrayList<>();
  private final FakeChannel console = new FakeChannel("console");
  private final FakeChannel hook = new FakeChannel("webhook");
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

  private static ConsumerRecord<byte[], byte[]> record(long offset, Alert alert) {
    return record(offset, alert.subscriptionId(), JsonCodec.toBytes(alert));
  }

  private void start(List<ConsumerRecord<byte[], byte[]>> records) {
    start(records, CONFIG);
  }

  private void start(List<ConsumerRecord<byte[], byte[]>> records, AlertsConfig config) {
    // Runs on the loop thread, which owns the consumer.
    consumer.schedulePollTask(() -> {
      consumer.rebalance(List.of(PARTITION));
      consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
      records.forEach(consumer::addRecord);
    });
    DeadLetterPublisher deadLetters = new DeadLetterPublisher(producer);
    SubscriptionDirectory directory = SubscriptionDirectory.of(List.of(RELEASES, BROKEN, LIMITED, DIGEST));
    AlertDispatcher dispatcher = new AlertDispatcher(Map.of("console", console, "webhook", hook), deadLetters,
        metrics, Clock.systemUTC());
    LaneRunner runner = new LaneRunner();
    Lane.Context context = new Lane.Context(dispatcher, directory, new Backoff(config.initialBackoff(),
        config.maxBackoff()), config.maxAttempts(), config.delivery().retryBudget(), config.delivery().digestMaxItems(),
        new Semaphore(4), runner, metrics, Clock.systemUTC());
    loop = new DeliveryLoop(consumer, producer, directory, deadLetters, metrics, runner, context, config.delivery());
    thread = new Thread(loop, "delivery-loop-test");
    thread.start();
  }

  private OffsetAndMetadata committedPoint() {
    return consumer.committed(Set.of(PARTITION)).get(PARTITION);
  }

  private long committed() {
    OffsetAndMetadata committed = committedPoint();
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
      thread.join(15_000);
      assertThat(thread.isAlive()).isFalse();
    }
  }

  @Test
  void deliversInOrderAndCommitsWhatIsFinished() throws Exception {
    console.onAttempt = () -> committedAtDelivery.add(committed());
    start(List.of(record(0, alert("releases", "a1")), record(1, alert("releases", "a2"))));

    await(() -> committed() == 2);

    assertThat(console.delivered).extracting(Alert::articleId).containsExactly("a1", "a2");
    assertThat(committedAtDelivery.get(0)).isLessThan(1L); // a1 is not committed before it is delivered
  }

  @Test
  void skipsAndCountsAlertsOfUnknownSubscriptions() throws Exception {
    start(List.of(record(0, alert("removed", "a1")), record(1, alert("releases", "a2"))));

    await(() -> committed() == 2);

    assertThat(console.delivered).extracting(Alert::subscriptionId).containsExactly("releases");
    assertThat(MetricValues.value(registry, "newswatch_alerts_unknown_subscription_total")).isEqualTo(1);
  }

  @Test
  void deadLettersUnreadableRecordsAndMovesOn() throws Exception {
    start(List.of(record(0, "releases", "{\"alertId\":".getBytes(StandardCharsets.UTF_8)),
        record(1, alert("releases", "a2"))));

    await(() -> committed() == 2);

    ProducerRecord<byte[], byte[]> letter = producer.history().get(0);
    assertThat(letter.topic()).isEqualTo(Topics.PIPELINE_DLQ);
    DeadLetter deadLetter = JsonCodec.fromBytes(letter.value(), DeadLetter.class);
    assertThat(deadLetter.sourceTopic()).isEqualTo(Topics.ALERTS);
    assertThat(deadLetter.offset()).isZero();
    assertThat(console.delivered).extracting(Alert::articleId).containsExactly("a2");
  }

  @Test
  void afterTheRetryBudgetAnAlertIsDeadLetteredAndTheNextOneDelivered() throws Exception {
    console.then(DeliveryResult.retry("down"), DeliveryResult.retry("still down"));
    console.onAttempt = () -> {
      try {
        Thread.sleep(3); // the 1 ms retry budget is surely spent by the second attempt
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    start(List.of(record(0, alert("releases", "a1")), record(1, alert("releases", "a2"))));

    await(() -> committed() == 2);

    ProducerRecord<byte[], byte[]> letter = producer.history().get(0);
    assertThat(letter.topic()).isEqualTo(Topics.DELIVERIES_DLQ);
    assertThat(new String(letter.key(), StandardCharsets.UTF_8)).isEqualTo("releases");
    DeliveryFailure failure = JsonCodec.fromBytes(letter.value(), DeliveryFailure.class);
    assertThat(failure.alert().articleId()).isEqualTo("a1");
    assertThat(failure.attempts()).isEqualTo(2);
    assertThat(failure.error()).isEqualTo("still down");
    assertThat(console.delivered).extracting(Alert::articleId).containsExactly("a2");
    assertThat(MetricValues.value(registry, "newswatch_alerts_delivery_retries_total", "channel", "console"))
        .isEqualTo(1);
  }

  @Test
  void keepsTheAlertUncommittedWhileItsDeadLetterCannotBeWritten() throws Exception {
    producer.sendException = new TimeoutException("broker away");
    console.then(java.util.stream.IntStream.range(0, 1000).mapToObj(i -> DeliveryResult.permanentFailure("HTTP 410"))
        .toArray(DeliveryResult[]::new));
    start(List.of(record(0, alert("releases", "a1"))));

    await(() -> console.attempts.size() >= 1);
    Thread.sleep(700);

    assertThat(committed()).isLessThan(1L);
    assertThat(producer.history()).isEmpty();
  }

  @Test
  void aFailingSubscriberHoldsBackOnlyItselfAndTheCommitListsWhatWasFinishedAboveIt() throws Exception {
    AlertsConfig longRetry = CONFIG.withDelivery(DeliverySettings.defaults());
    hook.then(java.util.stream.IntStream.range(0, 1000).mapToObj(i -> DeliveryResult.retry("HTTP 503"))
        .toArray(DeliveryResult[]::new));
    start(List.of(record(0, alert("broken", "b1")), record(1, alert("releases", "a1")),
        record(2, alert("broken", "b2")), record(3, alert("releases", "a2"))), longRetry);

    await(() -> console.delivered.size() == 2 && committedPoint() != null
        && "done:1,3".equals(committedPoint().metadata()));

    assertThat(committed()).isZero();
    assertThat(hook.delivered).isEmpty();
    assertThat(hook.attempts).extracting(Alert::articleId).containsOnly("b1"); // b2 waits behind b1, in order
    assertThat(producer.history()).isEmpty();
  }

  @Test
  void alertsBeyondTheHourlyRateLimitWaitInsteadOfBeingDropped() throws Exception {
    start(List.of(record(0, alert("limited", "l1")), record(1, alert("limited", "l2"))));

    await(() -> committed() == 1);
    Thread.sleep(500);

    assertThat(console.delivered).extracting(Alert::articleId).containsExactly("l1");
    assertThat(committed()).isEqualTo(1); // l2 is held, not dropped: a restart would deliver it
  }

  @Test
  void aDigestSendsOneMessagePerSlotAndHoldsLaterAlertsUntilTheirSlot() throws Exception {
    Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
    Alert d1 = withCreatedAt(alert("digest", "d1"), twoHoursAgo);
    Alert d2 = withCreatedAt(alert("digest", "d2"), twoHoursAgo.plusSeconds(1));
    Alert d3 = withCreatedAt(alert("digest", "d3"), Instant.now());
    start(List.of(record(0, d1), record(1, d2), record(2, d3)));

    await(() -> committed() == 2);
    Thread.sleep(300);

    assertThat(console.digests).singleElement().satisfies(digest -> {
      assertThat(digest.alerts()).extracting(Alert::articleId).containsExactly("d1", "d2");
      assertThat(digest.slot()).isAfter(twoHoursAgo);
      // The id is a function of the batch: rebuilt after a crash, the same batch has the same id.
      assertThat(digest.digestId()).isEqualTo(
          dev.newswatch.alerts.delivery.AlertDigest.of("digest", digest.slot(), List.of(d1, d2), 0).digestId());
    });
    assertThat(console.delivered).isEmpty();
    assertThat(committed()).isEqualTo(2); // d3 waits for the next slot, uncommitted
  }

  private static Alert withCreatedAt(Alert a, Instant createdAt) {
    return new Alert(a.alertId(), a.subscriptionId(), a.articleId(), a.title(), a.url(), a.source(), a.tags(),
        a.matchedKeywords(), a.reason(), a.publishedAt(), createdAt);
  }

  @Test
  void aFullSubscriptionQueuePausesItsPartitionAndNothingIsCommittedPastIt() throws Exception {
    AlertsConfig small = CONFIG.withDelivery(DeliverySettings.defaults().withQueueLimits(10, 1000));
    hook.then(java.util.stream.IntStream.range(0, 10_000).mapToObj(i -> DeliveryResult.retry("HTTP 503"))
        .toArray(DeliveryResult[]::new));
    List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      records.add(record(i, alert("broken", "b" + i)));
    }
    start(records, small);

    await(() -> MetricValues.value(registry, "newswatch_alerts_delivery_paused_partitions") == 1);

    assertThat(consumer.paused()).containsExactly(PARTITION);
    assertThat(MetricValues.value(registry, "newswatch_alerts_delivery_queued")).isEqualTo(12);
    assertThat(committed()).isLessThan(1L);
  }

  @Test
  void aRotatedSecretAppliesToAlertsAlreadyQueued() throws Exception {
    Subscription.Channel before = new Subscription.Channel("webhook", "https://hooks.example/r", "old-secret");
    Subscription.Channel after = new Subscription.Channel("webhook", "https://hooks.example/r", "new-secret");
    List<Subscription.Channel> seen = new CopyOnWriteArrayList<>();
    java.util.concurrent.atomic.AtomicReference<Subscription> current = new java.util.concurrent.atomic.AtomicReference<>(
        new Subscription("rotating", null, List.of("pardon"), List.of(), List.of(before)));
    SubscriptionDirectory directory = new SubscriptionDirectory() {
      @Override
      public java.util.Optional<Subscription> get(String id) {
        return java.util.Optional.ofNullable(current.get()).filter(s -> s.id().equals(id));
      }

      @Override
      public java.util.Collection<Subscription> all() {
        return List.of(current.get());
      }
    };
    hook.then(DeliveryResult.retry("HTTP 503"));
    hook.onAttempt = () -> current.set(new Subscription("rotating", null, List.of("pardon"), List.of(), List.of(after)));
    FakeChannel recording = new FakeChannel("webhook") {
      @Override
      public synchronized DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
        seen.add(channel);
        return hook.deliver(alert, channel);
      }
    };
    startWith(directory, Map.of("webhook", recording), List.of(record(0, alert("rotating", "r1"))));

    await(() -> committed() == 1);

    assertThat(seen).extracting(Subscription.Channel::secret).containsExactly("old-secret", "new-secret");
  }

  private void startWith(SubscriptionDirectory directory, Map<String, dev.newswatch.alerts.delivery.DeliveryChannel> channels,
      List<ConsumerRecord<byte[], byte[]>> records) {
    consumer.schedulePollTask(() -> {
      consumer.rebalance(List.of(PARTITION));
      consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
      records.forEach(consumer::addRecord);
    });
    DeadLetterPublisher deadLetters = new DeadLetterPublisher(producer);
    AlertDispatcher dispatcher = new AlertDispatcher(channels, deadLetters, metrics, Clock.systemUTC());
    LaneRunner runner = new LaneRunner();
    Lane.Context context = new Lane.Context(dispatcher, directory, new Backoff(Duration.ofMillis(1), Duration.ofMillis(5)),
        2, Duration.ofHours(1), 100, new Semaphore(4), runner, metrics, Clock.systemUTC());
    loop = new DeliveryLoop(consumer, producer, directory, deadLetters, metrics, runner, context,
        DeliverySettings.defaults());
    thread = new Thread(loop, "delivery-loop-test");
    thread.start();
  }
}
