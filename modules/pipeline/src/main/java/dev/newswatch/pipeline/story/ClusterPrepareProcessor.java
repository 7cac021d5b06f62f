package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Step 1 of the cluster stage, on every partition of the tagged stream: computes the article's fingerprint,
 * band keys and story features ({@link ClusterEngine#prepare}, the CPU-heavy part), then sends
 * <ul>
 *   <li>one {@link ClusterMessages.BandRequest} per band partition that owns some of its band keys or its
 *       content hash (key: article id; the partition is chosen by {@link BandRouting}), and</li>
 *   <li>the article itself, with its features and how many band reports to wait for, to the story step
 *       (key: {@link ClusterStage#CLUSTER_KEY}).</li>
 * </ul>
 * Both go out in the same transaction, so the story step always reads the article before its reports.
 */
final class ClusterPrepareProcessor implements Processor<String, EnrichedArticle, String, ClusterStep> {

  private final ClusterEngine engine;
  private final ClusterConfig config;
  private final int bandPartitions;
  private ProcessorContext<String, ClusterStep> context;

  ClusterPrepareProcessor(ClusterConfig config, int bandPartitions) {
    this.engine = new ClusterEngine(config);
    this.config = config;
    this.bandPartitions = bandPartitions;
  }

  @Override
  public void init(ProcessorContext<String, ClusterStep> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, EnrichedArticle> record) {
    EnrichedArticle enriched = record.value();
    if (enriched == null) {
      throw new IllegalArgumentException("record has no article value");
    }
    ClusterEngine.Prepared p = engine.prepare(StoryStepProcessor.input(enriched));
    // The pass is named by where the record was read: a reprocessed record (after a crash) gets the same
    // token, an update of the article arriving later a different one.
    long token = context.recordMetadata().map(ClusterPrepareProcessor::token).orElse(0L);
    boolean searchBands = p.fingerprint().shingleCount() >= config.minShingles();
    List<ClusterMessages.BandRequest> requests = BandRouting.requests(token, p.fingerprint(),
        searchBands ? p.bandKeys() : new long[0], bandPartitions);
    // Without dupOf/storyId: the story step fills them in.
    EnrichedArticle plain = enriched.withCluster(null, null);
    context.forward(record.withKey(ClusterStage.CLUSTER_KEY).withValue(new ClusterStep(null,
        ClusterMessages.StoryMessage.article(enriched.id(), token, requests.size(), p.fingerprint().words(),
            p.features(), JsonCodec.toBytes(plain)))));
    for (ClusterMessages.BandRequest r : requests) {
      context.forward(record.withKey(enriched.id()).withValue(new ClusterStep(r, null)));
    }
  }

  static long token(RecordMetadata m) {
    return ((long) m.partition() << 48) ^ m.offset();
  }
}
