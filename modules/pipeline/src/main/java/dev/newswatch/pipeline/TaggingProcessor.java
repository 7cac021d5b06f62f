package dev.newswatch.pipeline;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.analysis.tags.Evidence;
import dev.newswatch.analysis.tags.TagHit;
import dev.newswatch.analysis.tags.TagResult;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
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
 * <p>The tagger reads the title and the rest of the article (summary, then the page's text): one
 * {@link Tag} per tag and country, carrying the evidence sentences, the confidence and the CAMEO code.
 */
final class TaggingProcessor implements Processor<String, Article, String, EnrichedArticle> {

  /** Evidence sentences kept per tag, and their length: enough for an alert to say why. */
  static final int MAX_EVIDENCE = 5;
  static final int MAX_EVIDENCE_CHARS = 400;

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
    List<Tag> tags = tags(tagger.tag(article.title(), rest(article)));
    Instant processedAt = Instant.ofEpochMilli(context.currentSystemTimeMs());
    EnrichedArticle enriched = new EnrichedArticle(article.id(), article, tags, processedAt);
    context.forward(record.withKey(article.id()).withValue(enriched));
    Set<String> names = new LinkedHashSet<>();
    tags.forEach(tag -> names.add(tag.name()));
    names.forEach(metrics::articleTagged);
    metrics.articleOut(article.updatedAt() != null);
  }

  /** Everything but the title: the feed's summary, then the page's main text. */
  static String rest(Article article) {
    String summary = article.summary() == null ? "" : article.summary();
    return article.body() == null ? summary : summary + "\n\n" + article.body();
  }

  static List<Tag> tags(TagResult result) {
    List<Tag> tags = new ArrayList<>();
    for (TagHit hit : result.tags()) {
      List<String> evidence = hit.evidence().stream().limit(MAX_EVIDENCE).map(Evidence::text)
          .map(t -> t.length() <= MAX_EVIDENCE_CHARS ? t : t.substring(0, MAX_EVIDENCE_CHARS - 1) + "…").toList();
      double confidence = Math.max(0, Math.min(1, hit.confidence()));
      tags.add(new Tag(hit.tag(), evidence, hit.country(), confidence, hit.cameo()));
    }
    return tags;
  }
}
