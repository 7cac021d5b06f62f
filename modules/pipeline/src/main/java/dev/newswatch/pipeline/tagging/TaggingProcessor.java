package dev.newswatch.pipeline.tagging;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Tag;
import dev.newswatch.pipeline.PipelineMetrics;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Tags a deduplicated article with the rule tagger and re-keys it by article id. Every article is
 * forwarded, tagged or not. {@code processedAt} is the task's wall-clock time, which tests can control.
 *
 * <p>The record is {@link ArticleTags#enrich}: one {@link Tag} per tag and country (evidence sentences,
 * confidence, CAMEO code), the entities the article mentions and what it states about a release.
 */
public final class TaggingProcessor implements Processor<String, Article, String, EnrichedArticle> {

  private final java.util.function.Supplier<ArticleTagger> tagger;
  private final PipelineMetrics metrics;
  private ProcessorContext<String, EnrichedArticle> context;

  public TaggingProcessor(ArticleTagger tagger, PipelineMetrics metrics) {
    this(() -> tagger, metrics);
  }

  /**
   * @param tagger gives the tagger; it may block until the tag rules are loaded (a pipeline starts its stream
   *               threads, which restore their state meanwhile, before the rules are ready)
   */
  public TaggingProcessor(java.util.function.Supplier<ArticleTagger> tagger, PipelineMetrics metrics) {
    this.tagger = tagger;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, EnrichedArticle> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, Article> record) {
    Article article = record.value();
    Instant processedAt = Instant.ofEpochMilli(context.currentSystemTimeMs());
    EnrichedArticle enriched = ArticleTags.enrich(tagger.get(), article, processedAt);
    context.forward(record.withKey(article.id()).withValue(enriched));
    metrics.articleTagged(enriched.tagNames());
    metrics.articleOut(article.updatedAt() != null);
  }
}
