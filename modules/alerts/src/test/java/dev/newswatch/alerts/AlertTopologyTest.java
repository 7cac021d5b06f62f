package dev.newswatch.alerts;

import dev.newswatch.testkit.MetricValues;
import static dev.newswatch.alerts.ArticleFixtures.BELAVIA_SANCTIONS;
import static dev.newswatch.alerts.ArticleFixtures.MINSK_PARDONS;
import static dev.newswatch.alerts.ArticleFixtures.MINSK_TRAM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tags;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.RecordSchemas;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Base64;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertTopologyTest {

  private static final Instant WALL_CLOCK = Instant.parse("2025-07-03T09:30:00Z");
  private static final Instant ARRIVAL = Instant.parse("2025-07-03T09:20:05Z");
  private static final EnrichedArticle PARDONS = ArticleFixtures.load(MINSK_PARDONS);
  private static final EnrichedArticle SANCTIONS = ArticleFixtures.load(BELAVIA_SANCTIONS);
  private static final EnrichedArticle TRAM = ArticleFixtures.load(MINSK_TRAM);
  private static final List<Subscription> SUBSCRIPTIONS = List.of(
      subscription("releases", List.of(Tags.PARDON), List.of()),
      subscription("opposition", List.of(), List.of("Tsikhanouskaya")),
      subscription("sanctions", List.of(Tags.SANCTIONS), List.of()));

  @TempDir
  Path stateDir;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AlertsMetrics metrics = new AlertsMetrics(registry);
  private TopologyTestDriver driver;
  private TestInputTopic<String, EnrichedArticle> articles;
  private TestOutputTopic<String, Alert> alerts;

  private static Subscription subscription(String id, List<String> tags, List<String> keywords) {
    return new Subscription(id, null, tags, keywords, List.of(new Subscription.Channel("console", null, null)));
  }

  @BeforeEach
  void startDriver() {
    startDriver(StreamsConfig.EXACTLY_ONCE_V2);
  }

  private void startDriver(String processingGuarantee) {
    AlertsConfig config = new AlertsConfig(Duration.ofDays(1), 3, Duration.ofMillis(10), Duration.ofMillis(100),
        Duration.ofSeconds(1), false, List.of());
    Properties props = new Properties();
    // The same settings the service runs with, exactly-once and dead-lettering handlers included.
    props.putAll(ClientSettings.streams(Map.of("bootstrap.servers", "unused:9092"),
        Map.of("application.id", "alerts-topology-test", "state.dir", stateDir.toString())));
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, processingGuarantee);
    driver = new TopologyTestDriver(AlertTopology.build(SUBSCRIPTIONS, config, metrics), props,
        WALL_CLOCK);
    articles = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(),
        Topics.enrichedArticleSerde().serializer());
    alerts = driver.createOutputTopic(Topics.ALERTS, new StringDeserializer(), Topics.alertSerde().deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @Test
  void alertsEachMatchingSubscriptionKeyedBySubscriptionId() {
    articles.pipeInput(PARDONS.id(), PARDONS, ARRIVAL);

    List<KeyValue<String, Alert>> out = alerts.readKeyValuesToList();
    assertThat(out).extracting(kv -> kv.key).containsExactlyInAnyOrder("releases", "opposition");
    assertThat(out).allSatisfy(kv -> {
      assertThat(kv.value.subscriptionId()).isEqualTo(kv.key);
      assertThat(kv.value.articleId()).isEqualTo(PARDONS.id());
    });
    assertThat(MetricValues.value(registry, "newswatch_alerts_matched_total")).isEqualTo(2);
  }

  @Test
  void sameArticleArrivingTwiceAlertsOnce() {
    articles.pipeInput(PARDONS.id(), PARDONS, ARRIVAL);
    articles.pipeInput(PARDONS.id(), PARDONS, ARRIVAL.plus(Duration.ofHours(3)));

    assertThat(alerts.readKeyValuesToList()).extracting(kv -> kv.key)
        .containsExactlyInAnyOrder("releases", "opposition");
    assertThat(MetricValues.value(registry, "newswatch_alerts_duplicates_dropped_total")).isEqualTo(2);
  }

  @Test
  void sameArticleAfterTheDedupWindowAlertsAgain() {
    articles.pipeInput(SANCTIONS.id(), SANCTIONS, ARRIVAL);
    articles.pipeInput(SANCTIONS.id(), SANCTIONS, ARRIVAL.plus(Duration.ofDays(3)));

    assertThat(alerts.readKeyValuesToList()).extracting(kv -> kv.key)
        .containsExactlyInAnyOrder("releases", "sanctions", "releases", "sanctions");
  }

  @Test
  void unrelatedArticleAlertsNoOne() {
    articles.pipeInput(TRAM.id(), TRAM, ARRIVAL);

    assertThat(alerts.isEmpty()).isTrue();
  }

  @Test
  void alertHasDeterministicIdAndValidatesAgainstItsSchema() {
    articles.pipeInput(PARDONS.id(), PARDONS, ARRIVAL);

    TestRecord<String, Alert> record = alerts.readRecordsToList().stream()
        .filter(r -> r.key().equals("releases")).findFirst().orElseThrow();
    Alert alert = record.value();
    assertThat(alert.alertId()).isEqualTo(Alert.idFor("releases", PARDONS.id()));
    assertThat(alert.createdAt()).isEqualTo(WALL_CLOCK);
    assertThat(record.getRecordTime()).isEqualTo(ARRIVAL);
    assertThat(alert.reason()).startsWith("tagged pardon (");
    assertThat(RecordSchemas.violations(Topics.ALERTS_SPEC, JsonCodec.toBytes(alert))).isEmpty();
  }

  @Test
  void unreadableArticleIsDeadLetteredAndLaterArticlesStillAlert() {
    // The test driver under exactly-once drops records a handler sends outside a processed record's
    // transaction; AlertsServiceIT checks the same path on a real broker with exactly-once.
    driver.close();
    startDriver(StreamsConfig.AT_LEAST_ONCE);
    TestInputTopic<String, byte[]> raw = driver.createInputTopic(Topics.ARTICLES, new StringSerializer(),
        new ByteArraySerializer());
    TestOutputTopic<byte[], byte[]> deadLetters = driver.createOutputTopic(Topics.PIPELINE_DLQ,
        new ByteArrayDeserializer(), new ByteArrayDeserializer());

    raw.pipeInput("not-an-article", "{\"id\": 42".getBytes(StandardCharsets.UTF_8), ARRIVAL);
    articles.pipeInput(SANCTIONS.id(), SANCTIONS, ARRIVAL);

    DeadLetter letter = JsonCodec.fromBytes(deadLetters.readValue(), DeadLetter.class);
    assertThat(letter.sourceTopic()).isEqualTo(Topics.ARTICLES);
    assertThat(letter.reason()).startsWith("cannot read record");
    assertThat(new String(Base64.getDecoder().decode(letter.valueBase64()), StandardCharsets.UTF_8))
        .isEqualTo("{\"id\": 42");
    assertThat(alerts.readKeyValuesToList()).extracting(kv -> kv.key).containsExactlyInAnyOrder("releases", "sanctions");
  }
}
