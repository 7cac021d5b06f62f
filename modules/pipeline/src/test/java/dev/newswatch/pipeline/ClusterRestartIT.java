package dev.newswatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.eval.ClusterFixture;
import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Story;
import dev.newswatch.model.Topics;
import dev.newswatch.pipeline.story.ClusterStage;
import dev.newswatch.testkit.RecordSchemas;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story stage across a restart on the embedded broker: the pipeline is stopped between two articles of
 * one event and started again with an empty state directory, so its cluster state must come back from the
 * changelogs. The second article must join the first one's story: no second story for the same event.
 */
class ClusterRestartIT {

  private static final Duration AWAIT = Duration.ofSeconds(60);

  @TempDir
  Path firstStateDir;

  @TempDir
  Path secondStateDir;

  @Test
  @Timeout(170)
  void restartWithLostLocalStateJoinsTheSecondArticleToTheFirstOnesStory() throws Exception {
    String run = UUID.randomUUID().toString();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Article wire = article("d52-ap", run, now.minus(Duration.ofHours(3)));
    Article paraphrase = article("d52-p-rferl", run, now.minus(Duration.ofHours(2)));

    EnrichedArticle first;
    try (PipelineService service = service(run, firstStateDir)) {
      service.start();
      send(wire);
      first = await(() -> articles(wire.id()), "the first article");
      await(() -> stories(first.storyId()), "its story");
    }
    assertThat(first.storyId()).matches("[0-9a-f]{32}");

    EnrichedArticle second;
    try (PipelineService service = service(run, secondStateDir)) {
      service.start();
      send(paraphrase);
      second = await(() -> articles(paraphrase.id()), "the second article");
      await(() -> stories(first.storyId()).stream().filter(s -> s.articleCount() == 2).findFirst().orElse(null),
          "the story with both articles");
      assertThat(service.restoreLog().restoredRecords()).as("an empty state directory is rebuilt from the changelogs")
          .isPositive();
    }

    assertThat(second.storyId()).as("the same story after the restart").isEqualTo(first.storyId());
    List<ConsumerRecord<byte[], byte[]>> records = TestKafka.readAll(Topics.STORIES).stream()
        .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(run))
        .toList();
    assertThat(records).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
        .as("every story record of this run is the one story").containsOnly(first.storyId());
    for (ConsumerRecord<byte[], byte[]> r : records) {
      assertThat(RecordSchemas.violations(Topics.STORIES_SPEC, r.value())).isEmpty();
    }
    Story last = JsonCodec.fromBytes(records.getLast().value(), Story.class);
    assertThat(last.revision()).as("%s %s", last.changes(), last.sources()).isEqualTo(2);
    assertThat(last.sources()).extracting(Story.Source::articleId).containsExactly(wire.id(), paraphrase.id());
    for (ConsumerRecord<byte[], byte[]> r : TestKafka.readAll(Topics.ARTICLES)) {
      String key = new String(r.key(), StandardCharsets.UTF_8);
      if (key.equals(wire.id()) || key.equals(paraphrase.id())) {
        assertThat(RecordSchemas.violations(Topics.ARTICLES_SPEC, r.value())).isEmpty();
      }
    }
  }

  @Test
  @Timeout(170)
  void restartOnTheSameStateDirectoryRestoresNothingFromTheChangelogs() throws Exception {
    String run = UUID.randomUUID().toString();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    // The first run creates the application's internal topics; a task that hits a just-created topic's
    // producer-state error (KAFKA-15591) is re-initialised then, so that run is not what is measured.
    for (String fixtureId : List.of("d52-ap", "d52-p-rferl")) {
      Article article = article(fixtureId, run, now.minus(Duration.ofHours(3)));
      try (PipelineService service = service(run, firstStateDir)) {
        service.start();
        send(article);
        EnrichedArticle written = await(() -> articles(article.id()), "the article " + fixtureId);
        await(() -> stories(written.storyId()), "its story");
      }
    }
    try (PipelineService service = service(run, firstStateDir)) {
      service.start();
      await(() -> service.state() == org.apache.kafka.streams.KafkaStreams.State.RUNNING ? Boolean.TRUE : null,
          "RUNNING after the restart");
      assertThat(service.restoreLog().restorations()).as("the stores were checked against their changelogs")
          .isPositive();
      // Key-value stores keep their committed changelog offset: after a clean stop they are current. The
      // tasks holding window stores (the dedup windows, the LSH bands) are restored from their changelogs on
      // every start under Kafka Streams 4.3, whose segmented stores keep no offset of their own.
      for (String store : ClusterStage.STORY_STORES) {
        assertThat(service.restoreLog().restoredRecords(store))
            .as("store %s after a clean stop: nothing to read back", store).isZero();
      }
    }
  }

  private PipelineService service(String run, Path stateDir) {
    return new PipelineService(PipelineConfig.defaults(),
        PipelineTestSettings.brokerConfig("cluster-it-" + run, stateDir), new PrometheusRegistry());
  }

  /** A fixture article with a per-run URL (and so id), published at {@code at}. */
  private static Article article(String fixtureId, String run, Instant at) {
    ClusterInput in = ClusterFixture.load().stream().map(l -> l.input()).filter(i -> i.id().equals(fixtureId))
        .findFirst().orElseThrow();
    String url = in.url() + "-" + run;
    return new Article(ArticleIds.fromCanonicalUrl(url), url, url, null, "https://feeds.example/world.xml", null,
        in.title(), null, null, at, at, in.lang(), in.text(), null, null, null);
  }

  private static void send(Article article) throws Exception {
    PipelineTestSettings.sendRaw(List.of(article));
  }

  private static EnrichedArticle articles(String id) {
    return TestKafka.readAll(Topics.ARTICLES).stream()
        .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(id))
        .map(r -> JsonCodec.fromBytes(r.value(), EnrichedArticle.class))
        .reduce((a, b) -> b).orElse(null);
  }

  private static List<Story> stories(String id) {
    List<Story> stories = TestKafka.readAll(Topics.STORIES).stream()
        .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(id))
        .map(r -> JsonCodec.fromBytes(r.value(), Story.class))
        .toList();
    return stories.isEmpty() ? null : stories;
  }

  private static <T> T await(Supplier<T> probe, String what) throws InterruptedException {
    long deadline = System.nanoTime() + AWAIT.toNanos();
    T value;
    while ((value = probe.get()) == null) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(what + " did not appear within " + AWAIT);
      }
      Thread.sleep(250);
    }
    return value;
  }
}
