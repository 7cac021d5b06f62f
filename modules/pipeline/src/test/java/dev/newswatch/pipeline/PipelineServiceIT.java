package dev.newswatch.pipeline;

import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.CanonicalUrl;
import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Tags;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.RecordSchemas;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PipelineService} on the embedded broker, with the exactly-once processing it forces. This is
 * the check {@code TopologyTestDriver} cannot make: that a dead letter written by a handler while a
 * record is skipped is committed in the task's transaction and visible to a {@code read_committed}
 * reader, next to the article output of the same run.
 *
 * <p>The broker is shared by the test JVM, so every id, URL and marker carries a per-run UUID and the
 * assertions only look at records carrying it.
 */
class PipelineServiceIT {

  private static final Duration AWAIT = Duration.ofSeconds(40);

  @TempDir
  Path stateDir;

  @Test
  @Timeout(55)
  void deadLettersGarbageAndEmitsOneTaggedArticleForTwoLinksToItUnderExactlyOnce() throws Exception {
    String run = UUID.randomUUID().toString();
    String canonicalUrl = "https://baltic-wire.example/world/pardon-" + run;
    String trackedUrl = "https://www.baltic-wire.example/world/pardon-" + run + "?utm_source=rss&utm_medium=feed";
    assertThat(CanonicalUrl.of(trackedUrl)).as("the copy's link canonicalises to the same URL").contains(canonicalUrl);
    Article story = article(canonicalUrl, canonicalUrl);
    Article copy = article(trackedUrl, canonicalUrl);
    String garbageKey = "https://baltic-wire.example/broken-" + run;
    byte[] garbage = ("{\"title\": not json, marker " + run).getBytes(StandardCharsets.UTF_8);

    PrometheusRegistry registry = new PrometheusRegistry();
    PipelineService service = new PipelineService(PipelineConfig.defaults(), streamsConfig(run), registry);
    try {
      RecordMetadata garbageAt;
      try (KafkaProducer<String, byte[]> producer = producer()) {
        garbageAt = producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, garbageKey, garbage)).get();
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, canonicalUrl, JsonCodec.toBytes(story))).get();
        producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, canonicalUrl, JsonCodec.toBytes(copy))).get();
      }

      service.start();

      // The copy follows the story in its partition; once URL dedup has dropped it, nothing of this run
      // is left to process, so the committed output is final.
      await(() -> MetricValues.value(registry, "newswatch_pipeline_duplicates_dropped", "reason", "url") >= 1
          && !articlesOf(story).isEmpty() && !deadLettersWith(garbage).isEmpty());

      List<ConsumerRecord<byte[], byte[]>> articles = articlesOf(story);
      assertThat(articles).as("one article for two links to the same story").hasSize(1);
      ConsumerRecord<byte[], byte[]> article = articles.getFirst();
      assertThat(RecordSchemas.violations(Topics.ARTICLES_SPEC, article.value())).isEmpty();
      assertThat(new String(article.key(), StandardCharsets.UTF_8)).isEqualTo(story.id());
      EnrichedArticle enriched = JsonCodec.fromBytes(article.value(), EnrichedArticle.class);
      assertThat(enriched.tagNames()).contains(Tags.PARDON);
      assertThat(enriched.article()).isEqualTo(story);

      List<ConsumerRecord<byte[], byte[]>> letters = deadLettersWith(garbage);
      assertThat(letters).hasSize(1);
      ConsumerRecord<byte[], byte[]> letterRecord = letters.getFirst();
      assertThat(RecordSchemas.violations(Topics.PIPELINE_DLQ_SPEC, letterRecord.value())).isEmpty();
      assertThat(new String(letterRecord.key(), StandardCharsets.UTF_8)).isEqualTo(garbageKey);
      DeadLetter letter = JsonCodec.fromBytes(letterRecord.value(), DeadLetter.class);
      assertThat(letter.sourceTopic()).isEqualTo(Topics.ARTICLES_RAW);
      assertThat(letter.partition()).isEqualTo(garbageAt.partition());
      assertThat(letter.offset()).isEqualTo(garbageAt.offset());
      assertThat(letter.reason()).startsWith("cannot deserialize");
      assertThat(Base64.getDecoder().decode(letter.keyBase64())).isEqualTo(garbageKey.getBytes(StandardCharsets.UTF_8));

      assertThat(MetricValues.value(registry, "newswatch_pipeline_duplicates_dropped", "reason", "guid"))
          .as("the copy never reached the GUID stage").isZero();
      assertThat(MetricValues.value(registry, "newswatch_pipeline_dead_letters", "stage", PipelineMetrics.STAGE_PROCESSING)).isZero();
      assertThat(service.state()).isEqualTo(KafkaStreams.State.RUNNING);
      assertThat(service.kafkaMetrics().entrySet()).as("output committed in producer transactions")
          .anySatisfy(metric -> {
            assertThat(metric.getKey().name()).isEqualTo("txn-commit-time-ns-total");
            assertThat((Double) metric.getValue().metricValue()).isPositive();
          });
    } finally {
      service.close();
    }
  }

  private Map<String, Object> streamsConfig(String run) {
    return PipelineTestSettings.brokerConfig("pipeline-it-" + run, stateDir);
  }

  private static KafkaProducer<String, byte[]> producer() {
    Map<String, Object> config = TestKafka.clientConfig();
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  private static Article article(String url, String canonicalUrl) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return new Article(ArticleIds.fromCanonicalUrl(canonicalUrl), url, canonicalUrl, null,
        "https://baltic-wire.example/world.xml", "Baltic Wire", "Lukashenko pardons 16 more prisoners",
        "Those freed include two jailed journalists, the presidential press service said.", null, now, now, "en");
  }

  /** Committed records on the articles topic keyed by this story's id. */
  private static List<ConsumerRecord<byte[], byte[]>> articlesOf(Article story) {
    byte[] key = story.id().getBytes(StandardCharsets.UTF_8);
    return TestKafka.readAll(Topics.ARTICLES).stream().filter(r -> Arrays.equals(r.key(), key)).toList();
  }

  /** Committed dead letters whose original value is exactly these bytes. */
  private static List<ConsumerRecord<byte[], byte[]>> deadLettersWith(byte[] value) {
    String base64 = Base64.getEncoder().encodeToString(value);
    return TestKafka.readAll(Topics.PIPELINE_DLQ).stream()
        .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(base64))
        .filter(r -> base64.equals(JsonCodec.fromBytes(r.value(), DeadLetter.class).valueBase64()))
        .toList();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + AWAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("pipeline output did not appear within " + AWAIT);
      }
      Thread.sleep(250);
    }
  }
}
