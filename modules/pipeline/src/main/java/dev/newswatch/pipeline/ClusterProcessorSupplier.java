package dev.newswatch.pipeline;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.model.EnrichedArticle;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/** Supplies {@link ClusterProcessor}s together with their {@link ClusterStores}. */
final class ClusterProcessorSupplier implements ProcessorSupplier<String, EnrichedArticle, String, ClusterOutput> {

  private final ClusterConfig config;
  private final PipelineMetrics metrics;

  ClusterProcessorSupplier(ClusterConfig config, PipelineMetrics metrics) {
    this.config = config;
    this.metrics = metrics;
  }

  @Override
  public Processor<String, EnrichedArticle, String, ClusterOutput> get() {
    return new ClusterProcessor(config, metrics);
  }

  @Override
  public Set<StoreBuilder<?>> stores() {
    return new HashSet<>(ClusterStores.builders(config));
  }
}
