package dev.newswatch.pipeline;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Topics;
import java.util.Objects;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The pipeline's Kafka Streams topology: raw articles in, deduplicated and tagged articles out.
 *
 * <pre>
 * articles.raw (key: canonical URL)
 *   → dedup by canonical URL (window store)
 *   → re-key by GUID key, repartition
 *   → dedup by GUID key (window store)
 *   → tag
 *   → re-key by one constant key, repartition (one partition: see below)
 *   → near-duplicates and stories (ClusterEngine over state stores)
 * articles (key: article id, with dupOf and storyId)
 * stories  (key: story id, when a story changed)
 * </pre>
 *
 * <p>The cluster stage runs on a single partition: every article meets every other one there, which makes
 * its decisions exactly those of the offline {@code cluster} tool. It is the simple first cut DESIGN.md of
 * {@code analysis.cluster} describes; the band-repartitioned multi-hop version is not built.
 *
 * <p>Processor, store and repartition names are fixed here: store and repartition names are part of
 * internal topic names, so renaming one orphans its state. See {@code DESIGN.md} beside this module.
 */
public final class PipelineTopology {

  static final String SOURCE = "articles-raw-source";
  static final String COUNT_IN = "count-articles-in";
  static final String KEY_BY_GUID = "key-by-guid";
  /** Name of the repartition step; its topic is {@code <application.id>-articles-by-guid-repartition}. */
  static final String BY_GUID_REPARTITION = "articles-by-guid";
  static final String TAG = "tag-articles";
  static final String KEY_FOR_CLUSTER = "key-for-cluster";
  /** Repartition into the single cluster partition; topic {@code <application.id>-cluster-all-repartition}. */
  static final String CLUSTER_REPARTITION = "cluster-all";
  static final String CLUSTER = "cluster-articles";
  static final String SPLIT = "cluster-split-";
  static final String SINK = "articles-sink";
  static final String STORIES_SINK = "stories-sink";
  /** The one key every article gets before the cluster stage. */
  static final String CLUSTER_KEY = "all";

  private PipelineTopology() {}

  /**
   * Builds the topology. Pure: nothing is started or connected.
   *
   * @param config  dedup window
   * @param tagger  the tagger applied to every deduplicated article
   * @param metrics where the topology counts articles, duplicates and tags
   * @return the topology, ready for {@code KafkaStreams} or {@code TopologyTestDriver}
   */
  public static Topology build(PipelineConfig config, ArticleTagger tagger, PipelineMetrics metrics) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(tagger, "tagger");
    Objects.requireNonNull(metrics, "metrics");
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, EnrichedArticle> tagged = builder.stream(Topics.ARTICLES_RAW,
            Consumed.with(Topics.keySerde(), Topics.articleSerde()).withName(SOURCE))
        .peek((key, article) -> metrics.articleIn(), Named.as(COUNT_IN))
        // The raw topic is keyed by canonical URL, so equal URLs meet in one partition here.
        .processValues(dedup(DedupStage.URL, config, metrics), Named.as(DedupStage.URL.processorName()))
        .selectKey((key, article) -> ArticleKeys.guidKey(article), Named.as(KEY_BY_GUID))
        .repartition(Repartitioned.with(Topics.keySerde(), Topics.articleSerde()).withName(BY_GUID_REPARTITION))
        .processValues(dedup(DedupStage.GUID, config, metrics), Named.as(DedupStage.GUID.processorName()))
        .process(() -> new TaggingProcessor(tagger, metrics), Named.as(TAG));
    addClusterStage(tagged, config, metrics, Topics.ARTICLES, Topics.STORIES);
    return builder.build();
  }

  /**
   * The cluster stage alone, from a topic of tagged articles, for {@code newswatch story-bench}: the same
   * repartition, processor and stores as in {@link #build}, without exact dedup and tagging.
   *
   * @param config        clustering parameters
   * @param metrics       where the stage counts
   * @param input         topic of {@link dev.newswatch.model.EnrichedArticle}s
   * @param articlesTopic where clustered articles go
   * @param storiesTopic  where stories go
   */
  public static Topology clusterOnly(PipelineConfig config, PipelineMetrics metrics, String input,
      String articlesTopic, String storiesTopic) {
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, EnrichedArticle> articles = builder.stream(input,
        Consumed.with(Topics.keySerde(), Topics.enrichedArticleSerde()).withName("cluster-bench-source"));
    addClusterStage(articles, config, metrics, articlesTopic, storiesTopic);
    return builder.build();
  }

  /** Copies tagged articles from one topic to another: the baseline {@code story-bench} compares with. */
  public static Topology passThrough(String input, String output) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Topics.keySerde(), Topics.enrichedArticleSerde()))
        .to(output, Produced.with(Topics.keySerde(), Topics.enrichedArticleSerde()));
    return builder.build();
  }

  private static void addClusterStage(KStream<String, EnrichedArticle> tagged, PipelineConfig config,
      PipelineMetrics metrics, String articlesTopic, String storiesTopic) {
    tagged
        .selectKey((key, article) -> CLUSTER_KEY, Named.as(KEY_FOR_CLUSTER))
        .repartition(Repartitioned.with(Topics.keySerde(), Topics.enrichedArticleSerde())
            .withName(CLUSTER_REPARTITION).withNumberOfPartitions(1))
        .process(new ClusterProcessorSupplier(config.cluster(), metrics), Named.as(CLUSTER))
        .split(Named.as(SPLIT))
        .branch((key, out) -> out.article() != null, Branched.withConsumer(articles -> articles
            .mapValues(ClusterOutput::article, Named.as("cluster-article"))
            .to(articlesTopic, Produced.with(Topics.keySerde(), Topics.enrichedArticleSerde()).withName(SINK))))
        .defaultBranch(Branched.withConsumer(stories -> stories
            .mapValues(ClusterOutput::story, Named.as("cluster-story"))
            .to(storiesTopic, Produced.with(Topics.keySerde(), Topics.storySerde()).withName(STORIES_SINK))));
  }

  private static DedupProcessorSupplier dedup(DedupStage stage, PipelineConfig config, PipelineMetrics metrics) {
    return new DedupProcessorSupplier(stage, config.dedupWindow(), metrics);
  }
}
