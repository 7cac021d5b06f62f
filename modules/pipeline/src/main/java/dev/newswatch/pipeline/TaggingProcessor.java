package dev.newswatch.pipeline;

import dev.newswatch.analysis.tagging.KeywordTagger;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Tag;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Tags a deduplicated article and re-keys it by article id. Every article is forwarded, tagged or
 * not. {@code processedAt} is the task's wall-clock time, which tests can control.
 */
final class TaggingProcessor implements Processor<String, Article, String, EnrichedArticle> {

  private final KeywordTagger tagger;
  private final PipelineMetrics metrics;
  private ProcessorContext<String, EnrichedArticle> context;

  TaggingProcessor(KeywordTagger tagger, PipelineMetrics metrics) {
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
    List<Tag> tags = tagger.tag(article.text());
    Instant processedAt = Instant.ofEpochMilli(context.currentSystemTimeMs());
    EnrichedArticle enriched = new EnrichedArticle(article.id(), article, tags, processedAt);
    context.forward(record.withKey(article.id()).withValue(enriched));
    tags.forEach(tag -> metrics.articleTagged(tag.name()));
    metrics.articleOut(article.updatedAt() != null);
  }
}
