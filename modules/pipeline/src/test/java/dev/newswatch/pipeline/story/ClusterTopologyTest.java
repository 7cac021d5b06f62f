package dev.newswatch.pipeline.story;

import dev.newswatch.pipeline.PipelineMetrics;
import dev.newswatch.pipeline.PipelineTestSettings;
import dev.newswatch.pipeline.PipelineTopology;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.ClusterRun;
import dev.newswatch.analysis.cluster.eval.ArticleLines;
import dev.newswatch.analysis.cluster.eval.ClusterFixture;
import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Story;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.MetricValues;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The near-duplicate and story stage of {@link PipelineTopology}, fed with the cluster fixture's articles
 * (written for this project, labelled with their duplicate group and story).
 */
class ClusterTopologyTest {

  private static final ArticleTagger TAGGER = ArticleTagger.defaults();
  private static final Instant WALL_CLOCK = Instant.parse("2026-01-05T09:00:00Z");
  private static final Map<String, ArticleLines.Line> FIXTURE = ClusterFixture.load().stream()
      .collect(Collectors.toMap(l -> l.input().id(), l -> l, (a, b) -> a, LinkedHashMap::new));

  @TempDir
  Path stateDir;

  private PrometheusRegistry registry;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Article> raw;
  private TestOutputTopic<String, EnrichedArticle> articles;
  private TestOutputTopic<String, Story> stories;

  @BeforeEach
  void startDriver() {
    registry = new PrometheusRegistry();
    driver = PipelineTestSettings.pipelineDriver("cluster-test", stateDir, TAGGER, new PipelineMetrics(registry),
        WALL_CLOCK);
    raw = driver.createInputTopic(Topics.ARTICLES_RAW, new StringSerializer(), Topics.articleSerde().serializer());
    articles = driver.createOutputTopic(
        Topics.ARTICLES, Topics.keySerde().deserializer(), Topics.enrichedArticleSerde().deserializer());
    stories = driver.createOutputTopic(Topics.STORIES, Topics.keySerde().deserializer(),
        Topics.storySerde().deserializer());
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  @AfterAll
  static void closeTagger() throws java.io.IOException {
    TAGGER.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {ClusterFixture.RESOURCE, ClusterFixture.HOLDOUT})
  void decidesExactlyAsTheOfflineClusterTool(String resource) {
    List<ClusterInput> inputs = ClusterFixture.load(resource).stream().map(ArticleLines.Line::input).toList();
    inputs.forEach(this::send);
    Map<String, ClusterRun.Outcome> topology = new LinkedHashMap<>();
    for (KeyValue<String, EnrichedArticle> kv : articles.readKeyValuesToList()) {
      // The last record per article is what a compacted articles topic keeps (a demotion re-emits one).
      topology.put(kv.key, new ClusterRun.Outcome(kv.key, kv.value.dupOf(), kv.value.storyId()));
    }
    List<ClusterRun.Outcome> tool = ClusterRun.run(inputs, ClusterConfig.defaults());

    assertThat(topology.values()).containsExactlyInAnyOrderElementsOf(tool);
    assertThat(tool.stream().filter(o -> o.dupOf() != null)).as("the fixture has copies").hasSizeGreaterThan(2);
    assertThat(tool.stream().map(ClusterRun.Outcome::storyId).distinct().count())
        .as("and stories of several articles").isLessThan(inputs.size() / 2);
    Map<String, Story> latest = new LinkedHashMap<>();
    stories.readKeyValuesToList().forEach(kv -> latest.put(kv.key, kv.value));
    assertThat(latest.keySet()).containsExactlyInAnyOrderElementsOf(
        tool.stream().map(ClusterRun.Outcome::storyId).distinct().toList());
    for (Story story : latest.values()) {
      assertThat(story.sources()).extracting(Story.Source::articleId).containsExactlyInAnyOrderElementsOf(
          tool.stream().filter(o -> o.storyId().equals(story.id())).map(ClusterRun.Outcome::id).toList());
    }
  }

  @Test
  void marksWireCopyWithChangedHeadlineAsDuplicateInTheSameStory() {
    EnrichedArticle ap = sendAndRead("d52-ap").get(0);
    EnrichedArticle wtop = sendAndRead("d52-ap-wtop").get(0);

    assertThat(FIXTURE.get("d52-ap-wtop").input().title()).isNotEqualTo(FIXTURE.get("d52-ap").input().title());
    assertThat(ap.dupOf()).isNull();
    assertThat(wtop.dupOf()).isEqualTo("d52-ap");
    assertThat(wtop.storyId()).isEqualTo(ap.storyId()).matches("[0-9a-f]{32}");
    Story story = lastStory(ap.storyId());
    assertThat(story.articleCount()).isEqualTo(2);
    assertThat(story.sources()).extracting(Story.Source::articleId, Story.Source::dupOf)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("d52-ap", null),
            org.assertj.core.groups.Tuple.tuple("d52-ap-wtop", "d52-ap"));
    assertThat(MetricValues.value(registry, "newswatch_pipeline_near_duplicates")).isEqualTo(1);
  }

  @Test
  void fullerCopyTakesOverAndTheFormerRepresentativeIsReEmittedWithDupOf() {
    sendAndRead("d52-ap");
    List<EnrichedArticle> out = sendAndRead("d52-ap-extra");

    assertThat(out).extracting(EnrichedArticle::id, EnrichedArticle::dupOf).containsExactly(
        org.assertj.core.groups.Tuple.tuple("d52-ap-extra", null),
        org.assertj.core.groups.Tuple.tuple("d52-ap", "d52-ap-extra"));
    assertThat(out.get(1).storyId()).isEqualTo(out.get(0).storyId());
    assertThat(lastStory(out.get(0).storyId()).sources()).extracting(Story.Source::dupOf)
        .containsExactly("d52-ap-extra", null);
  }

  @Test
  void paraphraseFromAnotherOutletJoinsTheStoryAndRaisesItsRevision() {
    EnrichedArticle ap = sendAndRead("d52-ap").get(0);
    Story first = lastStory(ap.storyId());
    EnrichedArticle rferl = sendAndRead("d52-p-rferl").get(0);
    Story second = lastStory(ap.storyId());

    assertThat(rferl.dupOf()).isNull();
    assertThat(rferl.storyId()).isEqualTo(ap.storyId());
    assertThat(first.revision()).isEqualTo(1);
    assertThat(first.changes()).isEmpty();
    assertThat(second.revision()).isEqualTo(2);
    assertThat(second.sources()).hasSize(2);
    assertThat(second.changes()).contains("new outlet " + new ClusterInput("x", FIXTURE.get("d52-p-rferl").input()
        .url(), "", "", Instant.EPOCH, null, null).outlet());
    assertThat(second.independentSources()).isEqualTo(2);
  }

  @Test
  void samePeopleInAnotherEventMakeAnotherStory() {
    EnrichedArticle release = sendAndRead("d123-ap").get(0);
    EnrichedArticle vilnius = sendAndRead("v-bialiatski-1").get(0);

    assertThat(vilnius.storyId()).isNotEqualTo(release.storyId());
    assertThat(stories.readKeyValuesToList()).extracting(kv -> kv.key)
        .containsExactly(release.storyId(), vilnius.storyId());
  }

  @Test
  void anUpdateKeepsItsDupOfAndStoryAndAReplayWritesNoStory() {
    EnrichedArticle ap = sendAndRead("d52-ap").get(0);
    EnrichedArticle wtop = sendAndRead("d52-ap-wtop").get(0);
    stories.readKeyValuesToList();

    Article edited = article(FIXTURE.get("d52-ap-wtop").input());
    edited = new Article(edited.id(), edited.url(), edited.canonicalUrl(), edited.guid(), edited.feedUrl(),
        edited.feedTitle(), "Belarus frees 52 prisoners (updated)", edited.summary(), null, edited.publishedAt(),
        edited.fetchedAt(), edited.language(), edited.body(), null, null, edited.fetchedAt().plusSeconds(600));
    raw.pipeInput(edited.canonicalUrl(), edited, edited.fetchedAt().plusSeconds(600));
    EnrichedArticle update = articles.readValuesToList().get(0);

    assertThat(update.dupOf()).isEqualTo(wtop.dupOf()).isEqualTo("d52-ap");
    assertThat(update.storyId()).isEqualTo(ap.storyId());
    Story story = lastStory(ap.storyId());
    assertThat(story.articleCount()).as("an update is not a new article").isEqualTo(2);
    assertThat(story.sources()).extracting(Story.Source::title).contains("Belarus frees 52 prisoners (updated)");

    raw.pipeInput(edited.canonicalUrl(), edited, edited.fetchedAt().plusSeconds(600));
    assertThat(articles.readValuesToList()).extracting(EnrichedArticle::storyId).containsExactly(ap.storyId());
    assertThat(stories.isEmpty()).as("the same update again changes no story").isTrue();
  }

  @Test
  void forgetsArticlesAndStoriesOnceTheyAreOutsideTheWindow() {
    EnrichedArticle ap = sendAndRead("d52-ap").get(0);
    assertThat(timedStore(ClusterStores.FINGERPRINTS).get(key("d52-ap"))).isNotNull();

    // An article months later moves event time past the 72 h window; the punctuator then deletes.
    sendAndRead("d123-ap");
    driver.advanceWallClockTime(StoryStepProcessor.EXPIRY_INTERVAL.plusSeconds(1));

    for (String store : List.of(ClusterStores.FINGERPRINTS, ClusterStores.DECIDED,
        ClusterStores.ARTICLE_STORIES, ClusterStores.LEADS)) {
      assertThat(timedStore(store).get(key("d52-ap"))).as(store).isNull();
      assertThat(timedStore(store).get(key("d123-ap"))).as(store).isNotNull();
    }
    assertThat(timedStore(ClusterStores.STORIES).get(key(ap.storyId()))).isNull();
    assertThat(timedStore(ClusterStores.PUBLISHED).get(key(ap.storyId()))).isNull();
    assertThat(MetricValues.value(registry, "newswatch_pipeline_cluster_state_entries_expired")).isGreaterThan(5);

    // Past the window the same text is news again: a new group and a new story.
    EnrichedArticle late = sendAndRead("d52-ap-wtop", Instant.parse("2025-12-14T00:00:00Z")).get(0);
    assertThat(late.dupOf()).isNull();
    assertThat(late.storyId()).isNotEqualTo(ap.storyId());
  }

  private KeyValueStore<Bytes, byte[]> timedStore(String name) {
    return driver.getKeyValueStore(name);
  }

  private static Bytes key(String s) {
    return Bytes.wrap(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private Story lastStory(String id) {
    Story last = null;
    for (KeyValue<String, Story> kv : stories.readKeyValuesToList()) {
      assertThat(kv.key).isEqualTo(kv.value.id());
      if (kv.key.equals(id)) {
        last = kv.value;
      }
    }
    assertThat(last).as("a story record for " + id).isNotNull();
    return last;
  }

  private List<EnrichedArticle> sendAndRead(String fixtureId) {
    return sendAndRead(fixtureId, null);
  }

  private List<EnrichedArticle> sendAndRead(String fixtureId, Instant at) {
    ClusterInput in = FIXTURE.get(fixtureId).input();
    if (at != null) {
      in = new ClusterInput(in.id(), in.url(), in.title(), in.text(), at, in.lang(), in.tags());
    }
    send(in);
    return articles.readValuesToList();
  }

  private void send(ClusterInput in) {
    Article article = article(in);
    raw.pipeInput(article.canonicalUrl(), article, in.published());
  }

  /** The fixture line as the poller would have written it: the text is the page's main text. */
  private static Article article(ClusterInput in) {
    return new Article(in.id(), in.url(), in.url(), null, "https://feeds.example/" + in.outlet() + ".xml", null,
        in.title(), null, null, in.published(), in.published(), in.lang(), in.text(), null, null, null);
  }
}
