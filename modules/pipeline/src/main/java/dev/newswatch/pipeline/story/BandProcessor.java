package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.analysis.cluster.dup.DuplicateDetector;
import dev.newswatch.pipeline.PipelineMetrics;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Step 2 of the cluster stage, on the band partition that owns the request's keys: searches those band
 * keys (and the content hash, when this partition owns it) for earlier copies, files the article's
 * fingerprint under them ({@link ClusterEngine#candidates}) and reports the verified candidates to the story
 * step. Every article carrying a key reaches the same partition ({@link BandRouting}), in the order of this
 * partition, so of two copies the second always finds the first. Expired hashes and fingerprints are deleted
 * by a wall-clock punctuator; band lists expire with their window store's segments.
 */
final class BandProcessor implements Processor<String, ClusterMessages.BandRequest, String, ClusterMessages.StoryMessage> {

  static final Duration EXPIRY_INTERVAL = StoryStepProcessor.EXPIRY_INTERVAL;

  private final ClusterEngine engine;
  private final long windowMs;
  private final PipelineMetrics metrics;
  private ProcessorContext<String, ClusterMessages.StoryMessage> context;
  private StoreBandState state;
  private long latestEventMs = Long.MIN_VALUE;

  BandProcessor(ClusterConfig config, PipelineMetrics metrics) {
    this.engine = new ClusterEngine(config);
    this.windowMs = config.dedupWindow().toMillis();
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, ClusterMessages.StoryMessage> context) {
    this.context = context;
    this.state = new StoreBandState(ClusterStores.timed(context, ClusterStores.CONTENT_HASHES),
        ClusterStores.bands(context), ClusterStores.timed(context, ClusterStores.FINGERPRINTS));
    context.schedule(EXPIRY_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> expire());
  }

  @Override
  public void process(Record<String, ClusterMessages.BandRequest> record) {
    ClusterMessages.BandRequest r = record.value();
    if (r == null) {
      throw new IllegalArgumentException("record has no band request");
    }
    latestEventMs = Math.max(latestEventMs, r.fp().publishedMs());
    List<DuplicateDetector.Match> found = engine.candidates(r.fp(), r.keys(), r.withHash(), state);
    context.forward(record.withKey(ClusterStage.CLUSTER_KEY)
        .withValue(ClusterMessages.StoryMessage.report(r.fp().id(), r.token(), found)));
  }

  private void expire() {
    if (latestEventMs != Long.MIN_VALUE) {
      metrics.clusterStateExpired(state.expire(latestEventMs - windowMs, StoryStepProcessor.EXPIRY_SLICE));
    }
  }
}
