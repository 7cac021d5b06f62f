package dev.newswatch.pipeline.dedup;

import dev.newswatch.model.Article;
import dev.newswatch.pipeline.PipelineMetrics;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Forwards an article unless its {@link DedupStage} key was seen within the dedup window (in record
 * time, either side, so a late copy is caught too); remembers the key of every article it forwards.
 * The window store maps key to the id of the first article seen, at that article's timestamp.
 *
 * <p>An update ({@link Article#updatedAt()} set: the poller saw the item edited) passes when the key
 * belongs to that same article, so an edit reaches consumers while a copy from elsewhere does not.
 */
final class DedupProcessor implements FixedKeyProcessor<String, Article, Article> {

  private final DedupStage stage;
  private final long windowMs;
  private final PipelineMetrics metrics;
  private FixedKeyProcessorContext<String, Article> context;
  private WindowStore<String, String> seen;

  DedupProcessor(DedupStage stage, Duration window, PipelineMetrics metrics) {
    this.stage = stage;
    this.windowMs = window.toMillis();
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Article> context) {
    this.context = context;
    this.seen = context.getStateStore(stage.storeName());
  }

  @Override
  public void process(FixedKeyRecord<String, Article> record) {
    Article article = record.value();
    if (article == null) {
      // Not an article at all (a tombstone); the processing handler dead-letters it.
      throw new IllegalArgumentException("record has no article value");
    }
    String key = stage.keyOf(article);
    long timestamp = record.timestamp();
    String first = firstWithinWindow(key, timestamp);
    if (first == null) {
      seen.put(key, article.id(), timestamp);
      context.forward(record);
    } else if (article.updatedAt() != null && first.equals(article.id())) {
      context.forward(record);
    } else {
      metrics.duplicateDropped(stage.reason());
    }
  }

  /** The id stored for the key within the window around the timestamp, or null when none is. */
  private String firstWithinWindow(String key, long timestamp) {
    long from = Math.max(0, timestamp - windowMs);
    long to = timestamp > Long.MAX_VALUE - windowMs ? Long.MAX_VALUE : timestamp + windowMs;
    try (WindowStoreIterator<String> hits = seen.fetch(key, from, to)) {
      return hits.hasNext() ? hits.next().value : null;
    }
  }
}
