package dev.newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Tag;
import dev.newswatch.model.TopicSpec;
import dev.newswatch.pipeline.tagging.ArticleTags;
import dev.newswatch.testkit.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RetagCommandIT {

  private static final Instant NOW = Instant.now();

  @TempDir
  Path dir;

  private static Article article(String slug, String title, String summary) {
    String url = "https://grodnocourier.example/news/" + slug;
    return new Article(ArticleIds.fromCanonicalUrl(url), url, url, null, "https://grodnocourier.example/rss",
        "Grodno Courier", title, summary, null, NOW, NOW, "en");
  }

  private int run(String... args) {
    CommandLine cli = new CommandLine(new RetagCommand());
    cli.setErr(new PrintWriter(new StringWriter()));
    cli.setOut(new PrintWriter(new StringWriter()));
    return cli.execute(args);
  }

  @Test
  void reportsAndWritesBackOnlyTheArticlesWhoseTagsChange() throws Exception {
    String topic = "retag-it-" + UUID.randomUUID();
    TestKafka.createTopics(List.of(new TopicSpec(topic, false, EnrichedArticle.class,
        "schemas/enriched-article.v1.schema.json", "article id")));
    Article pardon = article("pardon-31", "Lukashenko pardons 31 prisoners",
        "The presidential press service said those freed had asked for clemency.");
    Article hockey = article("dinamo", "Dinamo Minsk win in overtime", "A late goal settled the game.");
    Article current = article("belavia", "US eases sanctions on Belavia", "Spare parts may be bought again.");
    try (ArticleTagger tagger = ArticleTagger.defaults();
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(TestKafka.clientConfig(),
            new ByteArraySerializer(), new ByteArraySerializer())) {
      // As the keyword tagger wrote it: the old tag name, no country.
      send(producer, topic, new EnrichedArticle(pardon.id(), pardon, List.of(new Tag("pardon-release",
          List.of("pardons"))), NOW));
      send(producer, topic, new EnrichedArticle(hockey.id(), hockey, List.of(), NOW));
      send(producer, topic, ArticleTags.enrich(tagger, current, NOW));
    }
    Path report = dir.resolve("report.jsonl");
    String bootstrap = TestKafka.bootstrapServers();

    assertThat(run("--bootstrap-servers", bootstrap, "--topic", topic, "--out", report.toString())).isZero();
    List<String> lines = Files.readAllLines(report);
    assertThat(lines).singleElement().satisfies(line -> {
      var json = JsonCodec.mapper().readTree(line);
      assertThat(json.get("id").asText()).isEqualTo(pardon.id());
      assertThat(json.get("before").toString()).isEqualTo("[\"pardon-release\"]");
      assertThat(json.get("after").toString()).contains("\"pardon/BY\"");
    });
    assertThat(TestKafka.readAll(topic)).hasSize(3);

    assertThat(run("--bootstrap-servers", bootstrap, "--topic", topic, "--out", report.toString(), "--write"))
        .isZero();
    List<ConsumerRecord<byte[], byte[]>> records = TestKafka.readAll(topic);
    assertThat(records).hasSize(4);
    ConsumerRecord<byte[], byte[]> rewritten = records.stream()
        .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(pardon.id()))
        .reduce((a, b) -> b.offset() > a.offset() ? b : a).orElseThrow();
    EnrichedArticle retagged = JsonCodec.fromBytes(rewritten.value(), EnrichedArticle.class);
    assertThat(retagged.tags()).anySatisfy(t -> {
      assertThat(t.name()).isEqualTo("pardon");
      assertThat(t.country()).isEqualTo("BY");
    });
    assertThat(retagged.article()).isEqualTo(pardon);

    // Run again: nothing left to change.
    assertThat(run("--bootstrap-servers", bootstrap, "--topic", topic, "--out", report.toString(), "--write"))
        .isZero();
    assertThat(Files.readAllLines(report)).isEmpty();
    assertThat(TestKafka.readAll(topic)).hasSize(4);
  }

  private static void send(KafkaProducer<byte[], byte[]> producer, String topic, EnrichedArticle value)
      throws Exception {
    producer.send(new ProducerRecord<>(topic, value.id().getBytes(StandardCharsets.UTF_8),
        JsonCodec.toBytes(value))).get();
  }
}
