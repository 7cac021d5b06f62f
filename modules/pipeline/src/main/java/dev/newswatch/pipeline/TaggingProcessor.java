package dev.newswatch.pipeline;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Tag;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Tags a deduplicated article with the rule tagger and re-keys it by article id. Every article is
 * forwarded, tagged or not. {@code processedAt} is the task's wall-clock time, which tests can control.
 *
 * <p>The tags are {@link ArticleTags#of}: one {@link Tag} per tag and country, carrying the evidence
 * sentences, the confidence and the CAMEO code.
 */
final class TaggingProcessor implements Processor<String, Article, String, EnrichedArticle> {

  private final ArticleTagger tagger;
  private final PipelineMetrics metrics;
  private ProcessorContext<String, EnrichedArticle> context;

  TaggingProcessor(ArticleTagger tagger, PipelineMetrics metrics) {
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
    List<Tag> tags = ArticleTags.of(tagger, article);
    Instant processedAt = Instant.ofEpochMilli(context.currentSystemTimeMs());
    EnrichedArticle enriched = new EnrichedArticle(article.id(), article, tags, processedAt);
    context.forward(record.withKey(article.id()).withValue(enriched));
    Set<String> names = new LinkedHashSet<>();
    tags.forEach(tag -> names.add(tag.name()));
    names.forEach(metrics::articleTagged);
    metrics.articleOut(article.updatedAt() != null);
  }
}
