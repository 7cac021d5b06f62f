package dev.newswatch.pipeline;

import dev.newswatch.pipeline.dedup.DedupStage;
import dev.newswatch.pipeline.story.ClusterStage;
import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Tags;
import dev.newswatch.model.Topics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTopologyTest {

  private static final ArticleTagger TAGGER = ArticleTagger.defaults();
  private static final Instant T0 = Instant.parse("2025-09-12T08:00:00Z");
  private static final Instant WALL_CLOCK = Instant.parse("2025-09-12T09:30:00Z");

  @TempDir
  Path stateDir;

  private PrometheusRegistry registry;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> raw;
  private TestInputTopic<String, byte[]> rawBytes;
  private TestOutputTopic<String, EnrichedArticle> articles;
  private TestOutputTopic<String, DeadLetter> deadLetters;

  @BeforeEach
  void startDriver() {
    registry = new PrometheusRegistry();
    driver = PipelineTestSettings.pipelineDriver("pipeline-test", stateDir, TAGGER, new PipelineMetrics(registry),
        WALL_CLOCK);
    raw = driver.createInputTopic(Topics.ARTICLES_RAW, new StringSerializer(), Topics.articleSerde().serializer());
    rawBytes = driver.createInputTopic(Topics.ARTICLES_RAW, new StringSerializer(), new ByteArraySerializer());
    articles = driver.createOutputTopic(
        Topics.ARTICLES, Topics.keySerde().deserializer(), Topics.enrichedArticleSerde().deserializer());
    deadLetters = driver.createOutputTopic(
        Topics.PIPELINE_DLQ, Topics.keySerde().deserializer(), Topics.deadLetterSerde().deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @org.junit.jupiter.api.AfterAll
  static void closeTagger() throws java.io.IOException {
    TAGGER.close();
  }

  @Test
  void dropsSameUrlFromSecondFeed() {
    Article world = article("https://minsk-monitor.example/news/4411", "https://minsk-monitor.example/world.rss",
        "mm-4411", "Talks in Minsk end without statement", null);
    Article europe = new Article(world.id(), world.url() + "?utm_source=rss", world.canonicalUrl(), null,
        "https://minsk-monitor.example/europe.rss", "Europe", world.title(), null, null, null, T0, "en");

    send(world, T0);
    send(europe, T0.plus(Duration.ofHours(3)));

    assertThat(articles.readValuesToList()).extracting(EnrichedArticle::id).containsExactly(world.id());
  }

  @Test
  void passesAnEditOfTheSameArticleButNotACopyFromElsewhere() {
    Article original = article("https://minsk-monitor.example/news/4412", "https://minsk-monitor.example/world.rss",
        "mm-4412", "Envoy expected in Minsk", null);
    Article edited = new Article(original.id(), original.url(), original.canonicalUrl(), original.guid(),
        original.feedUrl(), original.feedTitle(), "Belarus pardons 31 prisoners as envoy visits Minsk", null, null,
        null, T0, "en").asUpdate(T0.plus(Duration.ofHours(2)));
    Article copyElsewhere = new Article(original.id(), original.url(), original.canonicalUrl(), null,
        "https://minsk-monitor.example/europe.rss", "Europe", original.title(), null, null, null, T0, "en");

    send(original, T0);
    send(edited, T0.plus(Duration.ofHours(2)));
    send(copyElsewhere, T0.plus(Duration.ofHours(3)));

    assertThat(articles.readValuesToList()).extracting(e -> e.article().title(), e -> e.article().updatedAt() != null)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Envoy expected in Minsk", false),
            org.assertj.core.groups.Tuple.tuple("Belarus pardons 31 prisoners as envoy visits Minsk", true));
    assertThat(counter("newswatch_pipeline_articles_out", "kind", "update")).isEqualTo(1);
  }

  @Test
  void dropsSameGuidWithDifferentUrl() {
    Article first = article("https://baltic-wire.example/world/belarus-talks-77",
        "https://baltic-wire.example/world.xml", "https://baltic-wire.example/?p=77", "Envoy back from Minsk", null);
    Article second = article("https://baltic-wire.example/europe/belarus-talks-77",
        "https://baltic-wire.example/europe.xml", "https://baltic-wire.example/?p=77", "Envoy back from Minsk", null);

    send(first, T0);
    send(second, T0.plus(Duration.ofMinutes(20)));

    assertThat(articles.readValuesToList()).extracting(EnrichedArticle::id).containsExactly(first.id());
  }

  @Test
  void dropsSameBareGuidOnlyWithinOneOutlet() {
    Article sectionA = article("https://baltic-wire.example/world/1201", "https://baltic-wire.example/world.xml",
        "1201", "Harbour cranes replaced", null);
    Article sectionB = article("https://baltic-wire.example/business/1201", "https://baltic-wire.example/biz.xml",
        "1201", "Harbour cranes replaced", null);
    Article otherOutlet = article("https://minsk-monitor.example/story/1201", "https://minsk-monitor.example/all.rss",
        "1201", "Tram line extended", null);

    send(sectionA, T0);
    send(sectionB, T0.plusSeconds(60));
    send(otherOutlet, T0.plusSeconds(120));

    assertThat(articles.readValuesToList()).extracting(EnrichedArticle::id)
        .containsExactly(sectionA.id(), otherOutlet.id());
  }

  @Test
  void passesRepeatAfterDedupWindowExpires() {
    Article story = article("https://minsk-monitor.example/news/5000", "https://minsk-monitor.example/all.rss",
        "mm-5000", "Potash trains resume", null);

    send(story, T0);
    send(story, T0.plus(Duration.ofDays(3)));
    send(story, T0.plus(PipelineConfig.DEFAULT_DEDUP_WINDOW).plus(Duration.ofHours(1)));

    assertThat(articles.readValuesToList()).hasSize(2);
  }

  @Test
  void catchesLateCopyOlderThanTheFirst() {
    Article story = article("https://minsk-monitor.example/news/5100", "https://minsk-monitor.example/all.rss",
        null, "Border queue shortens", null);

    send(story, T0);
    send(story, T0.minus(Duration.ofHours(5)));

    assertThat(articles.readValuesToList()).hasSize(1);
  }

  @Test
  void tagsPardonStory() {
    Article story = article("https://baltic-wire.example/world/pardon-16", "https://baltic-wire.example/world.xml",
        null, "Lukashenko pardons 16 more prisoners",
        "Those freed include two jailed journalists, the presidential press service said.");

    send(story, T0);

    EnrichedArticle out = articles.readValue();
    assertThat(out.tagNames()).contains(Tags.PARDON).doesNotContain(Tags.SANCTIONS);
    assertThat(out.tags().getFirst()).satisfies(tag -> {
      assertThat(tag.name()).isEqualTo(Tags.PARDON);
      assertThat(tag.country()).isEqualTo("BY");
      assertThat(tag.cameo()).isEqualTo("0841");
      assertThat(tag.confidence()).isBetween(0.5, 1.0);
      assertThat(tag.evidence()).anySatisfy(e -> assertThat(e).contains("Lukashenko pardons 16 more prisoners"));
    });
    assertThat(out.entities()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo("person");
      assertThat(e.country()).isEqualTo("BY");
      assertThat(e.name()).contains("Lukashenko");
    });
    assertThat(out.facts()).isNotNull();
    assertThat(out.facts().released()).isEqualTo(16L);
    assertThat(out.article()).isEqualTo(story);
    assertThat(out.processedAt()).isEqualTo(WALL_CLOCK);
  }

  @Test
  void untaggedArticlePassesThrough() {
    Article story = article("https://baltic-wire.example/sport/derby", "https://baltic-wire.example/sport.xml",
        null, "Late header settles the Minsk derby", "Dinamo stay top after a 2-1 win.");

    send(story, T0);

    assertThat(articles.readValuesToList()).singleElement()
        .satisfies(out -> assertThat(out.tags()).isEmpty());
  }

  @Test
  void outputKeyedByArticleId() {
    Article story = article("https://minsk-monitor.example/news/6000", "https://minsk-monitor.example/all.rss",
        "mm-6000", "US eases sanctions on Belavia", "The airline may buy spare parts again.");

    send(story, T0);

    KeyValue<String, EnrichedArticle> out = articles.readKeyValue();
    assertThat(out.key).isEqualTo(ArticleIds.fromCanonicalUrl(story.canonicalUrl())).isEqualTo(out.value.id());
    assertThat(out.value.tagNames()).containsExactly(Tags.SANCTIONS, "sanctions.aviation", "sanctions.eased");
  }

  @Test
  void deadLettersUndeserializableRecordAndContinues() {
    byte[] garbage = "{\"title\": oops".getBytes(StandardCharsets.UTF_8);
    Article next = article("https://minsk-monitor.example/news/7000", "https://minsk-monitor.example/all.rss",
        null, "Grain record at Klaipeda", null);

    rawBytes.pipeInput("https://minsk-monitor.example/broken", garbage, T0);
    send(next, T0.plusSeconds(1));

    KeyValue<String, DeadLetter> letter = deadLetters.readKeyValue();
    assertThat(letter.key).isEqualTo("https://minsk-monitor.example/broken");
    assertThat(letter.value.sourceTopic()).isEqualTo(Topics.ARTICLES_RAW);
    assertThat(letter.value.offset()).isZero();
    assertThat(letter.value.reason()).startsWith("cannot deserialize").contains("SerializationException");
    assertThat(Base64.getDecoder().decode(letter.value.valueBase64())).isEqualTo(garbage);
    assertThat(Base64.getDecoder().decode(letter.value.keyBase64()))
        .isEqualTo("https://minsk-monitor.example/broken".getBytes(StandardCharsets.UTF_8));
    assertThat(deadLetters.isEmpty()).isTrue();
    assertThat(articles.readValuesToList()).extracting(EnrichedArticle::id).containsExactly(next.id());
    assertThat(counter("newswatch_pipeline_dead_letters", "stage", "deserialization")).isEqualTo(1);
  }

  @Test
  void deadLettersRecordWhoseProcessingFailsAndContinues() {
    Article next = article("https://minsk-monitor.example/news/7100", "https://minsk-monitor.example/all.rss",
        null, "Tram line extended", null);

    raw.pipeInput("https://minsk-monitor.example/tombstone", null, T0);
    send(next, T0.plusSeconds(1));

    DeadLetter letter = deadLetters.readValue();
    assertThat(letter.sourceTopic()).isEqualTo(Topics.ARTICLES_RAW);
    assertThat(letter.reason()).startsWith("failed in " + DedupStage.URL.processorName());
    assertThat(letter.valueBase64()).isNull();
    assertThat(articles.readValuesToList()).extracting(EnrichedArticle::id).containsExactly(next.id());
    assertThat(counter("newswatch_pipeline_dead_letters", "stage", "processing")).isEqualTo(1);
  }

  @Test
  void countsArticlesDuplicatesAndTags() {
    Article pardon = article("https://baltic-wire.example/world/amnesty", "https://baltic-wire.example/world.xml",
        "https://baltic-wire.example/?p=9", "Amnesty frees 30 inmates", null);
    Article sameGuid = article("https://baltic-wire.example/europe/amnesty", "https://baltic-wire.example/eu.xml",
        "https://baltic-wire.example/?p=9", "Amnesty frees 30 inmates", null);
    Article plain = article("https://minsk-monitor.example/news/8000", "https://minsk-monitor.example/all.rss",
        null, "First snow expected in Vitebsk", null);

    send(pardon, T0);
    send(pardon, T0.plusSeconds(30));
    send(sameGuid, T0.plusSeconds(60));
    send(plain, T0.plusSeconds(90));

    assertThat(counter("newswatch_pipeline_articles_in", null, null)).isEqualTo(4);
    assertThat(counter("newswatch_pipeline_duplicates_dropped", "reason", "url")).isEqualTo(1);
    assertThat(counter("newswatch_pipeline_duplicates_dropped", "reason", "guid")).isEqualTo(1);
    assertThat(counter("newswatch_pipeline_tags", "tag", Tags.PARDON)).isEqualTo(1);
    assertThat(counter("newswatch_pipeline_tags", "tag", Tags.SANCTIONS)).isZero();
    assertThat(counter("newswatch_pipeline_articles_tagged", null, null)).as("the pardon article; snow has no tag")
        .isEqualTo(1);
    assertThat(counter("newswatch_pipeline_articles_out", "kind", "new")).isEqualTo(2);
    assertThat(counter("newswatch_pipeline_dead_letters", "stage", "deserialization")).isZero();
  }

  @Test
  void keepsInternalNamesStable() {
    String description = PipelineTopology.build(PipelineConfig.defaults(), TAGGER, new PipelineMetrics(
        new PrometheusRegistry())).describe().toString();

    assertThat(description).contains(
        "dedup-url-store", "dedup-guid-store", "articles-by-guid-repartition",
        PipelineTopology.SOURCE, DedupStage.URL.processorName(), DedupStage.GUID.processorName(),
        PipelineTopology.TAG, ClusterStage.SINK);
    assertThat(description).contains("cluster-bands-repartition", "cluster-story-repartition",
        ClusterStage.PREPARE, ClusterStage.BAND_MATCH, ClusterStage.CLUSTER,
        ClusterStage.STORIES_SINK, "cluster-band-lists", "cluster-content-hashes", "cluster-band-fingerprints",
        "cluster-duplicate-decisions", "cluster-duplicate-links", "cluster-pending", "cluster-pending-progress", "cluster-stories",
        "cluster-story-index", "cluster-article-stories", "cluster-published-stories", "cluster-lead-articles");
  }

  private void send(Article article, Instant timestamp) {
    raw.pipeInput(article.canonicalUrl(), article, timestamp);
  }

  private static Article article(String canonicalUrl, String feedUrl, String guid, String title, String summary) {
    return new Article(ArticleIds.fromCanonicalUrl(canonicalUrl), canonicalUrl, canonicalUrl, guid, feedUrl, null,
        title, summary, null, T0, T0, "en");
  }

  /** The counter's total, over every point when {@code label} is null. */
  private double counter(String name, String label, String value) {
    return label == null ? MetricValues.value(registry, name) : MetricValues.value(registry, name, label, value);
  }
}
