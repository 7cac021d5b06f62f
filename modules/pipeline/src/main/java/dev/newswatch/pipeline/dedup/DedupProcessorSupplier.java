package dev.newswatch.pipeline.dedup;

import dev.newswatch.model.Article;
import dev.newswatch.pipeline.PipelineMetrics;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Supplies {@link DedupProcessor}s of one stage together with the window store they use. */
final class DedupProcessorSupplier implements FixedKeyProcessorSupplier<String, Article, Article> {

  private final DedupStage stage;
  private final Duration window;
  private final PipelineMetrics metrics;

  DedupProcessorSupplier(DedupStage stage, Duration window, PipelineMetrics metrics) {
    this.stage = stage;
    this.window = window;
    this.metrics = metrics;
  }

  @Override
  public FixedKeyProcessor<String, Article, Article> get() {
    return new DedupProcessor(stage, window, metrics);
  }

  // Retention = window: segments older than the window are dropped, so the store (and its
  // changelog) holds at most one window's worth of keys.
  @Override
  public Set<StoreBuilder<?>> stores() {
    return Set.of(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(stage.storeName(), window, window, false),
        Serdes.String(),
        Serdes.String()));
  }
}
