package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Alert;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.TestKafka;
import dev.newswatch.testkit.WebhookReceiver;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery against the embedded broker and real receivers on 127.0.0.1. Alerts are written straight to
 * {@code newswatch.alerts.v1}, as the matching half would; the subscriptions match no article.
 */
class DeliveryIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @TempDir
  Path stateDir;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final WebhookReceiver down = new WebhookReceiver();
  private final WebhookReceiver up = new WebhookReceiver();

  @AfterEach
  void close() {
    down.close();
    up.close();
  }

  static Subscription webhook(String id, String url) {
    return new Subscription(id, null, List.of(), List.of("never-matches-" + id),
        List.of(new Subscription.Channel("webhook", url, "it-secret")));
  }

  static Alert alert(String subscriptionId, int n) {
    return new Alert(Alert.idFor(subscriptionId, "article-" + n), subscriptionId, "article-" + n, "Story " + n,
        "https://wire.example/" + n, "Wire", List.of("pardon"), List.of(), "test alert " + n, null, Instant.now());
  }

  static void produce(List<Alert> alerts) throws Exception {
    Map<String, Object> config = TestKafka.clientConfig();
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (var producer = new KafkaProducer<>(config, new StringSerializer(), Topics.alertSerde().serializer())) {
      for (Alert alert : alerts) {
        producer.send(new ProducerRecord<>(Topics.ALERTS, alert.subscriptionId(), alert));
      }
      producer.flush();
    }
  }

  private AlertsService service(AlertsConfig config, List<Subscription> subscriptions) {
    Map<String, Object> streamsConfig = Map.of("application.id", "delivery-it-" + run, "state.dir", stateDir.toString(),
        "replication.factor", 1, "commit.interval.ms", 100);
    return new AlertsService(config, subscriptions, TestKafka.clientConfig(), streamsConfig, new PrometheusRegistry());
  }

  private static List<String> ids(WebhookReceiver receiver) {
    return receiver.requests().stream().map(r -> r.header("X-Newswatch-Alert-Id")).toList();
  }

  private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  @Test
  void aReceiverThatIsDownForAWhileGetsEverythingInOrderWhileOthersAreServed() throws Exception {
    // Backoff capped at 300 ms and a one-hour budget: the short outage is retried through, never dead-lettered.
    AlertsConfig config = new AlertsConfig(Duration.ofDays(1), 3, Duration.ofMillis(50), Duration.ofMillis(300),
        Duration.ofSeconds(5), false, List.of("127.0.0.1"), DeliverySettings.defaults().withRetryBudget(Duration.ofHours(1)));
    Subscription broken = webhook("it-down-" + run, down.url("/down"));
    Subscription healthy = webhook("it-up-" + run, up.url("/up"));
    List<Alert> brokenAlerts = new ArrayList<>();
    List<Alert> healthyAlerts = new ArrayList<>();
    List<Alert> interleaved = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      brokenAlerts.add(alert(broken.id(), n));
      healthyAlerts.add(alert(healthy.id(), n));
      interleaved.add(brokenAlerts.get(n));
      interleaved.add(healthyAlerts.get(n));
    }
    down.failNext(Integer.MAX_VALUE, 503);

    try (AlertsService service = service(config, List.of(broken, healthy))) {
      service.start();
      produce(interleaved);

      await(() -> up.requests().size() >= 8, "the healthy subscriber");
      assertThat(ids(up)).containsExactlyElementsOf(healthyAlerts.stream().map(Alert::alertId).toList());
      assertThat(down.requests()).isEmpty(); // every attempt so far answered 503 (not recorded)

      Thread.sleep(2_000); // the outage goes on well past maxAttempts
      down.failNext(0, 503); // the receiver comes back

      await(() -> down.requests().size() >= 8, "the recovered subscriber");
      Thread.sleep(500);
      assertThat(ids(down)).containsExactlyElementsOf(brokenAlerts.stream().map(Alert::alertId).toList());
    }
    assertThat(TestKafka.readAll(Topics.DELIVERIES_DLQ).stream()
        .filter(r -> broken.id().equals(new String(r.key(), StandardCharsets.UTF_8)))).isEmpty();
  }

  @Test
  void deadLettersAfterTheBudgetAndRedeliversOnRequestWithTheSameId() throws Exception {
    AlertsConfig config = new AlertsConfig(Duration.ofDays(1), 2, Duration.ofMillis(20), Duration.ofMillis(50),
        Duration.ofSeconds(5), false, List.of("127.0.0.1"), DeliverySettings.defaults().withRetryBudget(Duration.ofMillis(1)));
    Subscription gone = webhook("it-gone-" + run, down.url("/gone"));
    Alert lost = alert(gone.id(), 1);
    down.failNext(Integer.MAX_VALUE, 410);

    try (AlertsService service = service(config, List.of(gone))) {
      service.start();
      Instant before = Instant.now().minusSeconds(1);
      produce(List.of(lost));

      await(() -> failures(gone.id()).size() == 1, "the dead letter");
      DeliveryFailure failure = failures(gone.id()).get(0);
      assertThat(failure.alert().alertId()).isEqualTo(lost.alertId());
      assertThat(failure.error()).contains("410");

      down.failNext(0, 410); // the subscriber fixed their endpoint
      Redeliverer.Result result = new Redeliverer(TestKafka.clientConfig()).redeliver(gone.id(), before, id -> true);

      assertThat(result.redelivered()).isEqualTo(1);
      await(() -> !down.requests().isEmpty(), "the redelivered alert");
      assertThat(ids(down)).containsExactly(lost.alertId());
    }
  }

  private static List<DeliveryFailure> failures(String subscriptionId) {
    List<DeliveryFailure> found = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : TestKafka.readAll(Topics.DELIVERIES_DLQ)) {
      if (subscriptionId.equals(new String(r.key(), StandardCharsets.UTF_8))) {
        found.add(JsonCodec.fromBytes(r.value(), DeliveryFailure.class));
      }
    }
    return found;
  }
}
