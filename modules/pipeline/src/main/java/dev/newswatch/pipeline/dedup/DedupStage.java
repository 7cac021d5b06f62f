package dev.newswatch.pipeline.dedup;

import dev.newswatch.model.Article;
import dev.newswatch.pipeline.PipelineMetrics;
import java.time.Duration;
import java.util.function.Function;
import dev.newswatch.streams.dedup.DedupProcessor;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;

/**
 * The two exact-dedup stages. Each names its processor, its window store (whose name is part of the
 * changelog topic name, so it must never change) and the metric label of what it drops.
 */
public enum DedupStage {
  /** Same canonical URL, e.g. one article in the feeds of two sections of an outlet. */
  URL("url", "dedup-by-url", "dedup-url-store", Article::canonicalUrl),
  /** Same feed GUID under a different URL, e.g. the same item linked with two section paths. */
  GUID("guid", "dedup-by-guid", "dedup-guid-store", ArticleKeys::guidKey);

  private final String reason;
  private final String processorName;
  private final String storeName;
  private final Function<Article, String> key;

  DedupStage(String reason, String processorName, String storeName, Function<Article, String> key) {
    this.reason = reason;
    this.processorName = processorName;
    this.storeName = storeName;
    this.key = key;
  }

  /** The {@code reason} label value of dropped duplicates. */
  public String reason() {
    return reason;
  }

  public String processorName() {
    return processorName;
  }

  public String storeName() {
    return storeName;
  }

  /** The identity this stage deduplicates on; never null. */
  public String keyOf(Article article) {
    return key.apply(article);
  }

  /**
   * The processors of this stage with their window store ({@link #storeName()}, retention = window, so the
   * store and its changelog hold at most one window's worth of keys): an article passes unless this stage's
   * key was seen within {@code window} of it ({@link ArticleDedupPolicy}).
   */
  public ProcessorSupplier<String, Article, String, Article> supplier(Duration window, PipelineMetrics metrics) {
    return DedupProcessor.supplier(storeName, window, Serdes.String(), new ArticleDedupPolicy(this, metrics));
  }
}
