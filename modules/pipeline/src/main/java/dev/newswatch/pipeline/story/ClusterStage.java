package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Topics;
import dev.newswatch.pipeline.PipelineConfig;
import dev.newswatch.pipeline.PipelineMetrics;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The cluster stage of the pipeline topology, from tagged articles to clustered articles and stories:
 * cluster-prepare on every partition, the band step repartitioned by band-key owner, the story step on one
 * partition (see {@code dev.newswatch.pipeline.PipelineTopology} and DESIGN.md in {@code analysis.cluster}).
 *
 * <p>Processor and repartition names are fixed here: repartition names are part of internal topic names,
 * so renaming one orphans its state. Store names are in {@link ClusterStores}.
 */
public final class ClusterStage {

  public static final String PREPARE = "cluster-prepare";
  static final String PREPARED = "cluster-prepared-";
  /** Repartition by band-key owner; topic {@code <application.id>-cluster-bands-repartition}. */
  static final String BAND_REPARTITION = "cluster-bands";
  public static final String BAND_MATCH = "cluster-band-match";
  /** Repartition into the story step's one partition; topic {@code <application.id>-cluster-story-repartition}. */
  static final String STORY_REPARTITION = "cluster-story";
  public static final String CLUSTER = "cluster-decide";
  static final String SPLIT = "cluster-split-";
  public static final String SINK = "articles-sink";
  public static final String STORIES_SINK = "stories-sink";
  /** The story step's state stores (key-value; their names are part of changelog topic names). */
  public static final java.util.List<String> STORY_STORES = ClusterStores.STORY_TIMED;
  /** The one key of the story step's records. */
  static final String CLUSTER_KEY = "all";

  private ClusterStage() {}

  /**
   * Adds the cluster stage to a stream of tagged articles.
   *
   * @param tagged        tagged articles, any key
   * @param config        clustering parameters and band partitions
   * @param metrics       where the stage counts
   * @param articlesTopic where clustered articles go
   * @param storiesTopic  where stories go
   */
  public static void addTo(KStream<String, EnrichedArticle> tagged, PipelineConfig config,
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
}
