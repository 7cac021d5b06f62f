package dev.newswatch.pipeline;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Topics;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The pipeline's Kafka Streams topology: raw articles in, deduplicated and tagged articles out.
 *
 * <pre>
 * articles.raw (key: canonical URL)
 *   → dedup by canonical URL (window store)
 *   → re-key by GUID key, repartition
 *   → dedup by GUID key (window store)
 *   → tag
 *   → cluster-prepare: fingerprint, band keys, story features (every partition)
 *       ├→ band requests, repartitioned by band-key owner (cluster-bands, bandPartitions partitions)
 *       │    → cluster-band-match: candidate copies under the owned keys → band reports ─┐
 *       └→ the article (features, no recomputation) ────────────────────────────────────┤
 *   → repartition to the story step (cluster-story, one partition) ←─────────────────────┘
 *   → cluster-decide: duplicate decision and story (ClusterEngine.decide over state stores)
 * articles (key: article id, with dupOf and storyId)
 * stories  (key: story id, when a story changed)
 * </pre>
 *
 * <p>The near-duplicate search runs on as many partitions as {@code bandPartitions}: each band key is
 * owned by one partition, so copies sharing a key always meet. The story step, which decides one article
 * at a time against all open stories, runs on one partition but gets articles with their fingerprints,
 * features and candidates already computed. See DESIGN.md in {@code analysis.cluster}.
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
  static final String PREPARE = "cluster-prepare";
  static final String PREPARED = "cluster-prepared-";
  /** Repartition by band-key owner; topic {@code <application.id>-cluster-bands-repartition}. */
  static final String BAND_REPARTITION = "cluster-bands";
  static final String BAND_MATCH = "cluster-band-match";
  /** Repartition into the story step's one partition; topic {@code <application.id>-cluster-story-repartition}. */
  static final String STORY_REPARTITION = "cluster-story";
  static final String CLUSTER = "cluster-decide";
  static final String SPLIT = "cluster-split-";
  static final String SINK = "articles-sink";
  static final String STORIES_SINK = "stories-sink";
  /** The one key of the story step's records. */
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

  /**
   * A pass-through with the cluster stage's two extra exactly-once hops and no work, for
   * {@code newswatch story-bench}: input → repartition over {@code bandPartitions} partitions (as to the band
   * step) → repartition into one partition (as to the story step) → output. What it adds to {@link
   * #passThrough}'s latency is the floor of what any stage with a band hop and a gather hop adds.
   */
  public static Topology passThroughTwoHops(String input, String output, int bandPartitions) {
    StreamsBuilder builder = new StreamsBuilder();
    Repartitioned<String, EnrichedArticle> hop = Repartitioned.with(Topics.keySerde(), Topics.enrichedArticleSerde());
    builder.stream(input, Consumed.with(Topics.keySerde(), Topics.enrichedArticleSerde()))
        .repartition(hop.withName("hop-bands").withNumberOfPartitions(bandPartitions))
        .repartition(hop.withName("hop-story").withNumberOfPartitions(1))
        .to(output, Produced.with(Topics.keySerde(), Topics.enrichedArticleSerde()));
    return builder.build();
  }

  private static void addClusterStage(KStream<String, EnrichedArticle> tagged, PipelineConfig config,
      PipelineMetrics metrics, String articlesTopic, String storiesTopic) {
    ClusterConfig cluster = config.cluster();
    int bandPartitions = config.bandPartitions();
    Map<String, KStream<String, ClusterStep>> prepared = tagged
        .process(() -> new ClusterPrepareProcessor(cluster, bandPartitions), Named.as(PREPARE))
        .split(Named.as(PREPARED))
        .branch((key, step) -> step.band() != null, Branched.as("band"))
        .defaultBranch(Branched.as("story"));
    KStream<String, ClusterMessages.StoryMessage> reports = prepared.get(PREPARED + "band")
        .mapValues(ClusterStep::band, Named.as("cluster-band-request"))
        .repartition(Repartitioned.with(Topics.keySerde(), ClusterMessages.bandRequestSerde())
            .withName(BAND_REPARTITION).withNumberOfPartitions(bandPartitions)
            .withStreamPartitioner(BandRouting.partitioner()))
        .process(supplier(() -> new BandProcessor(cluster, metrics), ClusterStores.bandBuilders(cluster)),
            Named.as(BAND_MATCH));
    prepared.get(PREPARED + "story")
        .mapValues(ClusterStep::story, Named.as("cluster-article-message"))
        .merge(reports, Named.as("cluster-story-messages"))
        .repartition(Repartitioned.with(Topics.keySerde(), ClusterMessages.storyMessageSerde())
            .withName(STORY_REPARTITION).withNumberOfPartitions(1))
        .process(supplier(() -> new StoryStepProcessor(cluster, metrics), ClusterStores.storyBuilders()),
            Named.as(CLUSTER))
        .split(Named.as(SPLIT))
        .branch((key, out) -> out.article() != null, Branched.withConsumer(articles -> articles
            .mapValues(ClusterOutput::article, Named.as("cluster-article"))
            .to(articlesTopic, Produced.with(Topics.keySerde(), Topics.enrichedArticleSerde()).withName(SINK))))
        .defaultBranch(Branched.withConsumer(stories -> stories
            .mapValues(ClusterOutput::story, Named.as("cluster-story"))
            .to(storiesTopic, Produced.with(Topics.keySerde(), Topics.storySerde()).withName(STORIES_SINK))));
  }

  /** A processor supplier that also connects its state stores. */
  private static <KI, VI, KO, VO> ProcessorSupplier<KI, VI, KO, VO> supplier(
      java.util.function.Supplier<Processor<KI, VI, KO, VO>> processors, List<StoreBuilder<?>> stores) {
    return new ProcessorSupplier<>() {
      @Override
      public Processor<KI, VI, KO, VO> get() {
        return processors.get();
      }

      @Override
      public Set<StoreBuilder<?>> stores() {
        return new HashSet<>(stores);
      }
    };
  }

  private static DedupProcessorSupplier dedup(DedupStage stage, PipelineConfig config, PipelineMetrics metrics) {
    return new DedupProcessorSupplier(stage, config.dedupWindow(), metrics);
  }
}
