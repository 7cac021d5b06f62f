package dev.newswatch.pipeline;

import dev.newswatch.model.Article;
import java.util.function.Function;

/**
 * The two exact-dedup stages. Each names its processor, its window store (whose name is part of the
 * changelog topic name, so it must never change) and the metric label of what it drops.
 */
enum DedupStage {
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
  String reason() {
    return reason;
  }

  String processorName() {
    return processorName;
  }

  String storeName() {
    return storeName;
  }

  /** The identity this stage deduplicates on; never null. */
  String keyOf(Article article) {
    return key.apply(article);
  }
}
