package dev.newswatch.pipeline.dedup;

import dev.newswatch.model.Article;
import dev.newswatch.pipeline.PipelineMetrics;
import dev.newswatch.streams.dedup.DedupPolicy;
import dev.newswatch.streams.dedup.DedupProcessor;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The decision of an exact-dedup stage, run by the shared {@link DedupProcessor}: an article passes unless
 * its {@link DedupStage} key was seen within the dedup window (in record time, either side, so a late copy
 * is caught too); the key of every article passing first is remembered. The window store maps key to the
 * id of the first article seen, at that article's timestamp.
 *
 * <p>An update ({@link Article#updatedAt()} set: the poller saw the item edited) passes when the key
 * belongs to that same article, so an edit reaches consumers while a copy from elsewhere does not. It is
 * not remembered again: the key stays with the first sighting.
 *
 * <p>The record goes on unchanged, key included, so the stage needs no repartition after it.
 */
final class ArticleDedupPolicy implements DedupPolicy<Article, String, String, Article> {

  private final DedupStage stage;
  private final PipelineMetrics metrics;

  ArticleDedupPolicy(DedupStage stage, PipelineMetrics metrics) {
    this.stage = stage;
    this.metrics = metrics;
  }

  @Override
  public String key(Article article) {
    if (article == null) {
      // Not an article at all (a tombstone); the processing handler dead-letters it.
      throw new IllegalArgumentException("record has no article value");
    }
    return stage.keyOf(article);
  }

  @Override
  public Lookup lookup() {
    return Lookup.EARLIEST_EITHER_SIDE;
  }

  @Override
  public Verdict<String, String, Article> decide(Record<String, Article> record, String first, long systemTimeMs) {
    Article article = record.value();
    if (first == null) {
      return Verdict.remember(article.id(), record);
    }
    if (article.updatedAt() != null && first.equals(article.id())) {
      return Verdict.forward(record);
    }
    metrics.duplicateDropped(stage.reason());
    return Verdict.drop();
  }
}
