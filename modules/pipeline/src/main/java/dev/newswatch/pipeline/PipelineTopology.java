package dev.newswatch.pipeline;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Topics;
import dev.newswatch.pipeline.dedup.DedupStage;
import dev.newswatch.pipeline.story.ClusterStage;
import dev.newswatch.pipeline.tagging.TaggingProcessor;
import java.util.Objects;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
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
 * <p>Processor, store and repartition names are fixed in code: here for the exact-dedup and tagging steps,
 * in {@link DedupStage} for the dedup processors and stores, in {@link ClusterStage} and
 * {@code story.ClusterStores} for the cluster stage. Store and repartition names are part of internal topic
 * names, so renaming one orphans its state. See {@code DESIGN.md} beside this module.
 */
public final class PipelineTopology {

  static final String SOURCE = "articles-raw-source";
  static final String COUNT_IN = "count-articles-in";
  static final String KEY_BY_GUID = "key-by-guid";
  /** Name of the repartition step; its topic is {@code <application.id>-articles-by-guid-repartition}. */
  static final String BY_GUID_REPARTITION = "articles-by-guid";
  static final String TAG = "tag-articles";

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
    Objects.requireNonNull(tagger, "tagger");
    return build(config, () -> tagger, metrics);
  }

  /**
   * As above with the tagger from {@code tagger}, asked for on each article: the rules may still be loading
   * when the stream threads start (they restore their state meanwhile), and the first article waits for them.
   */
  public static Topology build(PipelineConfig config, java.util.function.Supplier<ArticleTagger> tagger,
      PipelineMetrics metrics) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(tagger, "tagger");
    Objects.requireNonNull(metrics, "metrics");
    StreamsBuilder builder = new StreamsBuilder();
    KStream<String, EnrichedArticle> tagged = builder.stream(Topics.ARTICLES_RAW,
            Consumed.with(Topics.keySerde(), Topics.articleSerde()).withName(SOURCE))
        .peek((key, article) -> metrics.articleIn(), Named.as(COUNT_IN))
        // The raw topic is keyed by canonical URL, so equal URLs meet in one partition here.
        .process(DedupStage.URL.supplier(config.dedupWindow(), metrics), Named.as(DedupStage.URL.processorName()))
        .selectKey((key, article) -> DedupStage.GUID.keyOf(article), Named.as(KEY_BY_GUID))
        .repartition(Repartitioned.with(Topics.keySerde(), Topics.articleSerde()).withName(BY_GUID_REPARTITION))
        .process(DedupStage.GUID.supplier(config.dedupWindow(), metrics), Named.as(DedupStage.GUID.processorName()))
        .process(() -> new TaggingProcessor(tagger, metrics), Named.as(TAG));
    ClusterStage.addTo(tagged, config, metrics, Topics.ARTICLES, Topics.STORIES);
    return builder.build();
  }

  /**
   * The cluster stage alone, from a topic of tagged articles, for {@code newswatch story-bench}: the same
   * repartition, processor and stores as in {@link #build} ({@link ClusterStage}), without exact dedup and tagging.
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
    ClusterStage.addTo(articles, config, metrics, articlesTopic, storiesTopic);
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
}
