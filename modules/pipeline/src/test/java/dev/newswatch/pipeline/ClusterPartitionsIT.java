package dev.newswatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.ClusterRun;
import dev.newswatch.analysis.cluster.eval.ArticleLines;
import dev.newswatch.analysis.cluster.eval.ClusterFixture;
import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.MetricValues;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster stage at parallelism on the embedded broker: the whole tuning fixture is sent at once to the
 * four partitions of the raw topic, processed by two stream threads with four band partitions, so articles
 * are prepared and searched concurrently and reach the story step in an order no single thread chose. The
 * duplicate and story decisions must still meet the floors (the offline tool's exact decisions are
 * only promised in one order: see {@code ClusterTopologyTest}), every article must come out, and no copy may
 * be left pointing at an article that is itself a copy of something else without a chain to its lead.
 */
class ClusterPartitionsIT {

  private static final Duration AWAIT = Duration.ofSeconds(120);

  @TempDir
  Path stateDir;

  @Test
  @Timeout(200)
  void fourBandPartitionsAndTwoThreadsKeepTheFixtureScores() throws Exception {
    String run = UUID.randomUUID().toString();
    List<ArticleLines.Line> lines = ClusterFixture.load();
    Map<String, String> fixtureIdOf = new HashMap<>();
    List<Article> sent = new ArrayList<>();
    for (ArticleLines.Line line : lines) {
      Article a = article(line.input(), run);
      fixtureIdOf.put(a.id(), line.input().id());
      sent.add(a);
    }
    Map<String, Object> config = PipelineTestSettings.brokerConfig("cluster-partitions-it-" + run, stateDir);
    config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 2);
    PrometheusRegistry registry = new PrometheusRegistry();
    Map<String, EnrichedArticle> out = new LinkedHashMap<>();
    try (PipelineService service = new PipelineService(new PipelineConfig(PipelineConfig.DEFAULT_DEDUP_WINDOW, 4),
        config, registry)) {
      service.start();
      // News arrives roughly in time order: each burst (the articles of one day) goes out at once and
      // races through the partitions; the next burst waits for it. Sending months of history in one burst
      // would put articles weeks apart into one band partition out of order, and the band store (a window
      // store of the 72 h window) drops what is older than its stream time minus the window.
      List<List<Article>> bursts = new ArrayList<>();
      Article previous = null;
      for (Article a : sent) {
        if (previous == null || !previous.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.DAYS)
            .equals(a.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.DAYS))) {
          bursts.add(new ArrayList<>());
        }
        bursts.getLast().add(a);
        previous = a;
      }
      int expected = 0;
      for (List<Article> burst : bursts) {
        PipelineTestSettings.sendRaw(burst);
        expected += burst.size();
        long deadline = System.nanoTime() + AWAIT.toNanos();
        while (out.size() < expected && System.nanoTime() < deadline) {
          Thread.sleep(250);
          out.clear();
          for (ConsumerRecord<byte[], byte[]> r : TestKafka.readAll(Topics.ARTICLES)) {
            String key = new String(r.key(), StandardCharsets.UTF_8);
            if (fixtureIdOf.containsKey(key)) {
              // The last record per article is what the compacted topic keeps (a demotion re-emits one).
              out.put(key, JsonCodec.fromBytes(r.value(), EnrichedArticle.class));
            }
          }
        }
      }
      assertThat(bursts.stream().mapToInt(List::size).max().orElse(0)).as("a burst of one event").isGreaterThanOrEqualTo(20);
    }
    assertThat(out.keySet()).as("every article comes out").containsExactlyInAnyOrderElementsOf(fixtureIdOf.keySet());

    List<ClusterRun.Outcome> outcomes = out.values().stream()
        .map(a -> new ClusterRun.Outcome(fixtureIdOf.get(a.id()), a.dupOf() == null ? null : fixtureIdOf.get(a.dupOf()),
            a.storyId()))
        .toList();
    assertThat(outcomes).allSatisfy(o -> assertThat(o.storyId()).matches("[0-9a-f]{32}"));
    ClusterFixture.Scores scores = ClusterFixture.score(lines, outcomes);
    System.out.println("ClusterPartitionsIT scores: " + scores);
    assertThat(scores.duplicates().precision()).as("duplicate precision %s", scores.duplicates()).isGreaterThanOrEqualTo(0.98);
    assertThat(scores.duplicates().recall()).as("duplicate recall %s", scores.duplicates()).isGreaterThanOrEqualTo(0.95);
    assertThat(scores.stories().precision()).as("story precision %s", scores.stories()).isGreaterThanOrEqualTo(0.9);
    assertThat(scores.stories().recall()).as("story recall %s", scores.stories()).isGreaterThanOrEqualTo(0.85);
    // A copy and its lead are in one story.
    Map<String, ClusterRun.Outcome> byId = new HashMap<>();
    outcomes.forEach(o -> byId.put(o.id(), o));
    for (ClusterRun.Outcome o : outcomes) {
      if (o.dupOf() != null) {
        assertThat(byId.get(o.dupOf()).storyId()).as("story of %s's lead", o.id()).isEqualTo(o.storyId());
      }
    }
    assertThat(MetricValues.value(registry, "newswatch_pipeline_cluster_incomplete")).isZero();
  }

  private static Article article(ClusterInput in, String run) {
    String url = in.url() + "-" + run;
    return new Article(ArticleIds.fromCanonicalUrl(url), url, url, null, "https://feeds.example/world.xml", null,
        in.title(), null, null, in.published(), in.published(), in.lang(), in.text(), null, null, null);
  }

}
