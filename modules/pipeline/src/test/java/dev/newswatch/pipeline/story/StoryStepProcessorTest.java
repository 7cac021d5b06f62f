package dev.newswatch.pipeline.story;

import dev.newswatch.pipeline.PipelineMetrics;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.dup.DuplicateDetector;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.testkit.MetricValues;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story step alone, fed its messages directly: an article is decided only once all its band reports
 * are in, whichever comes first, and an article whose reports never all come is decided after a minute
 * (counted), not lost.
 */
class StoryStepProcessorTest {

  private static final Instant T0 = Instant.parse("2025-12-13T10:00:00Z");
  private static final String TEXT = "MINSK, Belarus (AP) — Belarus freed 52 prisoners on Thursday after a visit by "
      + "the U.S. envoy John Coale, who said Washington would ease sanctions on the state airline Belavia. Those "
      + "released included citizens of Lithuania, Poland and Latvia, and the opposition figure Mikalai Statkevich "
      + "refused to leave the bus at the border and was taken back, his supporters said. The rights group Viasna "
      + "said more than 1,100 political prisoners remained behind bars.";

  @TempDir
  Path stateDir;

  private PrometheusRegistry registry;
  private TopologyTestDriver driver;
  private TestInputTopic<String, ClusterMessages.StoryMessage> in;
  private TestOutputTopic<String, String> out;
  private final ClusterEngine engine = new ClusterEngine(ClusterConfig.defaults());

  @BeforeEach
  void start() {
    registry = new PrometheusRegistry();
    PipelineMetrics metrics = new PipelineMetrics(registry);
    Topology topology = new Topology();
    topology.addSource("in", Serdes.String().deserializer(), ClusterMessages.storyMessageSerde().deserializer(),
        "story-in");
    topology.addProcessor("step", new ProcessorSupplier<String, ClusterMessages.StoryMessage, String, ClusterOutput>() {
      @Override
      public Processor<String, ClusterMessages.StoryMessage, String, ClusterOutput> get() {
        return new StoryStepProcessor(ClusterConfig.defaults(), metrics);
      }

      @Override
      public java.util.Set<StoreBuilder<?>> stores() {
        return new java.util.HashSet<>(ClusterStores.storyBuilders());
      }
    }, "in");
    Serializer<ClusterOutput> describe = (topic, o) -> (o.article() != null
        ? "article " + o.article().id() + " dupOf=" + o.article().dupOf() : "story " + o.story().id())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    topology.addSink("out", "step-out", Serdes.String().serializer(), describe, "step");
    Properties p = new Properties();
    p.putAll(Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "story-step-test",
        StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092", StreamsConfig.STATE_DIR_CONFIG, stateDir.toString()));
    driver = new TopologyTestDriver(topology, p, T0);
    in = driver.createInputTopic("story-in", new StringSerializer(), ClusterMessages.storyMessageSerde().serializer());
    out = driver.createOutputTopic("step-out", new StringDeserializer(), new StringDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private ClusterMessages.StoryMessage articleMessage(String id, long token, int expected) {
    Article a = new Article(id, "https://" + id + ".example/a", "https://" + id + ".example/a", null,
        "https://feeds.example/x.xml", null, "Belarus frees 52 prisoners", null, null, T0, T0, "en",
        TEXT, null, null, null);
    EnrichedArticle e = new EnrichedArticle(id, a, List.of(), T0);
    ClusterInput input = StoryStepProcessor.input(e);
    ClusterEngine.Prepared prepared = engine.prepare(input);
    return ClusterMessages.StoryMessage.article(id, token, expected, prepared.fingerprint().words(),
        prepared.features(), JsonCodec.toBytes(e));
  }

  private static ClusterMessages.StoryMessage report(String id, long token, DuplicateDetector.Match... matches) {
    return ClusterMessages.StoryMessage.report(id, token, List.of(matches));
  }

  private List<String> articlesOut() {
    return out.readValuesToList().stream().filter(v -> v.startsWith("article")).toList();
  }

  @Test
  void decidesOnceEveryReportIsInWhicheverArrivesFirst() {
    in.pipeInput("all", articleMessage("a", 1, 2));
    in.pipeInput("all", report("a", 1));
    assertThat(articlesOut()).as("one report of two").isEmpty();
    in.pipeInput("all", report("a", 1));
    assertThat(articlesOut()).containsExactly("article a dupOf=null");

    in.pipeInput("all", report("b", 7, new DuplicateDetector.Match("a", 0.93)));
    assertThat(articlesOut()).as("a report before its article").isEmpty();
    in.pipeInput("all", articleMessage("b", 7, 1));
    assertThat(articlesOut()).containsExactly("article b dupOf=a");
    assertThat(MetricValues.value(registry, "newswatch_pipeline_cluster_incomplete")).isZero();
  }

  @Test
  void anArticleMissingAReportIsDecidedAfterAMinuteAndCounted() {
    in.pipeInput("all", articleMessage("a", 1, 3));
    in.pipeInput("all", report("a", 1));
    driver.advanceWallClockTime(Duration.ofSeconds(30));
    assertThat(articlesOut()).isEmpty();
    driver.advanceWallClockTime(StoryStepProcessor.STALE_AFTER.plus(StoryStepProcessor.SWEEP_INTERVAL));
    assertThat(articlesOut()).containsExactly("article a dupOf=null");
    assertThat(MetricValues.value(registry, "newswatch_pipeline_cluster_incomplete",
        "reason", "decided_without_reports")).isEqualTo(1);
  }
}
