package dev.newswatch.alerts;

import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Alert;
import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.Story;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tags;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.RecordSchemas;
import dev.newswatch.testkit.TestKafka;
import dev.newswatch.testkit.WebhookReceiver;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts service against the shared embedded broker. The broker and its topics outlive each test, so
 * every test uses its own application id, subscription ids and a marker word in its stories that only its
 * own subscriptions ask for.
 */
class AlertsServiceIT {

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(45);

  @TempDir
  Path stateDir;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final String marker = "marker" + run;
  private final WebhookReceiver receiver = new WebhookReceiver();
  private final WebhookReceiver refusingReceiver = new WebhookReceiver();

  @AfterEach
  void stopReceivers() {
    receiver.close();
    refusingReceiver.close();
  }

  private AlertsService service(AlertsConfig config, List<Subscription> subscriptions, PrometheusRegistry registry) {
    Map<String, Object> streamsConfig = Map.of(
        "application.id", "alerts-it-" + run,
        "state.dir", stateDir.toString(),
        "replication.factor", 1,
        "commit.interval.ms", 100);
    TestKafka.createTopics(Topics.ALL);
    return new AlertsService(config, subscriptions, TestKafka.clientConfig(), streamsConfig, registry);
  }

  /** Gives up after {@code maxAttempts}: the retry budget is spent by the second attempt. */
  private static AlertsConfig config(int maxAttempts) {
    return new AlertsConfig(Duration.ofDays(7), maxAttempts, Duration.ofMillis(50), Duration.ofMillis(200),
        Duration.ofSeconds(5), false, List.of("127.0.0.1"),
        DeliverySettings.defaults().withRetryBudget(Duration.ofMillis(1)));
  }

  private Story story(String suffix) {
    String id = UUID.nameUUIDFromBytes((run + suffix).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    return StoryFixtures.pardon().id(id).title("Minsk pardons 12 more prisoners (" + marker + ")")
        .summary("Twelve people convicted of extremism were pardoned, the press service said; " + marker + " "
            + suffix + ".").build();
  }

  static void produce(Story story) throws Exception {
    Map<String, Object> config = TestKafka.clientConfig();
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (var producer = new KafkaProducer<>(config, new StringSerializer(), Topics.storySerde().serializer())) {
      producer.send(new ProducerRecord<>(Topics.STORIES, story.id(), story)).get();
    }
  }

  private long posts(WebhookReceiver to, String alertId) {
    return to.requests().stream().filter(r -> alertId.equals(r.header("X-Newswatch-Alert-Id"))).count();
  }

  private static Predicate<WebhookReceiver.Request> alertId(String id) {
    return r -> id.equals(r.header("X-Newswatch-Alert-Id"));
  }

  private static List<ConsumerRecord<byte[], byte[]>> awaitRecords(String topic, String key) throws Exception {
    long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
    while (true) {
      List<ConsumerRecord<byte[], byte[]>> found = TestKafka.readAll(topic).stream()
          .filter(r -> r.key() != null && key.equals(new String(r.key(), StandardCharsets.UTF_8))).toList();
      if (!found.isEmpty() || System.nanoTime() > deadline) {
        return found;
      }
      Thread.sleep(250);
    }
  }

  @Test
  void deliversEachAlertOnceAcrossDuplicateArticlesAndRestarts() throws Exception {
    Subscription subscription = new Subscription("it-releases-" + run, "Releases", List.of(Tags.PARDON),
        List.of(marker), List.of(new Subscription.Channel("webhook", receiver.url("/hooks/" + run), "it-secret"),
            new Subscription.Channel("console", null, null)));
    Story first = story("first");
    Story second = story("second");
    String firstAlert = Alert.idFor(subscription.id(), first.id(), 1);
    String secondAlert = Alert.idFor(subscription.id(), second.id(), 1);

    PrometheusRegistry registry = new PrometheusRegistry();
    try (AlertsService service = service(config(3), List.of(subscription), registry)) {
      service.start();
      produce(first);
      assertThat(receiver.await(alertId(firstAlert), DELIVERY_TIMEOUT)).isTrue();
      assertThat(service.isRunning()).isTrue();
      assertThat(service.kafkaMetrics()).isNotEmpty();

      produce(first);
      awaitCounter(registry, "newswatch_alerts_repeats_suppressed_total", 1);
      assertThat(posts(receiver, firstAlert)).isEqualTo(1);
    }

    PrometheusRegistry afterRestart = new PrometheusRegistry();
    try (AlertsService restarted = service(config(3), List.of(subscription), afterRestart)) {
      restarted.start();
      produce(first);
      produce(second);
      // Both alerts share the subscription's partition, so the second arriving means the first was
      // passed over: a resend would have come before it.
      assertThat(receiver.await(alertId(secondAlert), DELIVERY_TIMEOUT)).isTrue();
      // The snapshot store survived the restart: the first story arriving a third time is suppressed.
      awaitCounter(afterRestart, "newswatch_alerts_repeats_suppressed_total", 1);
      Thread.sleep(500);
      assertThat(posts(receiver, firstAlert)).isEqualTo(1);
      assertThat(posts(receiver, secondAlert)).isEqualTo(1);
    }
  }

  @Test
  void deadLettersWhatCannotBeReadOrDeliveredAndKeepsDelivering() throws Exception {
    refusingReceiver.failNext(Integer.MAX_VALUE, 503);
    Subscription refused = new Subscription("it-refused-" + run, null, List.of(Tags.PARDON),
        List.of(marker), List.of(new Subscription.Channel("webhook", refusingReceiver.url("/hooks/T0KEN-" + run),
            null)));
    Subscription healthy = new Subscription("it-healthy-" + run, null, List.of(), List.of(marker),
        List.of(new Subscription.Channel("webhook", receiver.url("/hooks/" + run), null)));
    Story first = story("first");
    Story second = story("second");
    String unreadableKey = "it-unreadable-" + run;

    try (AlertsService service = service(config(2), List.of(refused, healthy), new PrometheusRegistry())) {
      service.start();
      produceRaw(unreadableKey, "{\"id\": \"not a story\"");
      produce(first);

      List<ConsumerRecord<byte[], byte[]>> failures = awaitRecords(Topics.DELIVERIES_DLQ, refused.id());
      assertThat(failures).singleElement().satisfies(r -> {
        assertThat(RecordSchemas.violations(Topics.DELIVERIES_DLQ_SPEC, r.value())).isEmpty();
        DeliveryFailure failure = JsonCodec.fromBytes(r.value(), DeliveryFailure.class);
        assertThat(failure.alert().alertId()).isEqualTo(Alert.idFor(refused.id(), first.id(), 1));
        assertThat(failure.attempts()).isEqualTo(2);
        assertThat(failure.error()).contains("503").doesNotContain("T0KEN");
        assertThat(failure.target()).doesNotContain("T0KEN");
      });
      assertThat(receiver.await(alertId(Alert.idFor(healthy.id(), first.id(), 1)), DELIVERY_TIMEOUT)).isTrue();

      produce(second);
      assertThat(receiver.await(alertId(Alert.idFor(healthy.id(), second.id(), 1)), DELIVERY_TIMEOUT)).isTrue();

      List<ConsumerRecord<byte[], byte[]>> unreadable = awaitRecords(Topics.PIPELINE_DLQ, unreadableKey);
      assertThat(unreadable).isNotEmpty();
      DeadLetter letter = JsonCodec.fromBytes(unreadable.get(0).value(), DeadLetter.class);
      assertThat(letter.sourceTopic()).isEqualTo(Topics.STORIES);
      assertThat(letter.reason()).startsWith("cannot read record");
      assertThat(service.isRunning()).isTrue();
    }
  }

  private static void awaitCounter(PrometheusRegistry registry, String name, double expected) throws Exception {
    long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
    while (MetricValues.value(registry, name) < expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(MetricValues.value(registry, name)).isEqualTo(expected);
  }

  private static void produceRaw(String key, String value) throws Exception {
    Map<String, Object> config = TestKafka.clientConfig();
    try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.STORIES, key, value.getBytes(StandardCharsets.UTF_8))).get();
    }
  }
}
