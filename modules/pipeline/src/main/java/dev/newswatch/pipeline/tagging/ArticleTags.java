package dev.newswatch.pipeline.tagging;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.analysis.tags.Evidence;
import dev.newswatch.analysis.entities.EntityMention;
import dev.newswatch.analysis.facts.CountFact;
import dev.newswatch.analysis.facts.Facts;
import dev.newswatch.analysis.tags.TagHit;
import dev.newswatch.analysis.tags.TagResult;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Entity;
import dev.newswatch.model.ReleaseFacts;
import dev.newswatch.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record the pipeline writes for an article: the rule tagger run over the title and the rest of the
 * article (the feed's summary, then the page's main text) gives one {@link Tag} per tag and country with up
 * to {@value #MAX_EVIDENCE} evidence sentences, the entities mentioned and the release facts. The topology and the {@code retag} tool both use this, so a
 * re-tag gives exactly what the pipeline would.
 */
public final class ArticleTags {

  /** Evidence sentences kept per tag, and their length: enough for an alert to say why. */
  public static final int MAX_EVIDENCE = 5;
  public static final int MAX_EVIDENCE_CHARS = 400;

  private ArticleTags() {}

  /**
   * The article as the pipeline writes it: its tags, the entities it mentions (each once, in order of
   * first mention) and what it states about a release.
   */
  public static EnrichedArticle enrich(ArticleTagger tagger, Article article, Instant processedAt) {
    TagResult result = tagger.tag(article.title(), rest(article), article.language());
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (EntityMention m : result.entities()) {
      entities.putIfAbsent(m.id(), new Entity(m.id(), m.type(), m.name(), m.country()));
    }
    Facts f = result.facts();
    Long remaining = f.remaining().stream().map(CountFact::count).findFirst().orElse(null);
    ReleaseFacts facts = new ReleaseFacts(f.releasedCount(), remaining, f.people(), f.destinations());
    return new EnrichedArticle(article.id(), article, tags(result), processedAt, List.copyOf(entities.values()),
        facts);
  }

  private static List<Tag> tags(TagResult result) {
    List<Tag> tags = new ArrayList<>();
    for (TagHit hit : result.tags()) {
      List<String> evidence = hit.evidence().stream().limit(MAX_EVIDENCE).map(Evidence::text)
          .map(t -> t.length() <= MAX_EVIDENCE_CHARS ? t : t.substring(0, MAX_EVIDENCE_CHARS - 1) + "…").toList();
      double confidence = Math.max(0, Math.min(1, hit.confidence()));
      tags.add(new Tag(hit.tag(), evidence, hit.country(), confidence, hit.cameo()));
    }
    return tags;
  }

  /** Everything but the title: the feed's summary, then the page's main text. */
  static String rest(Article article) {
    String summary = article.summary() == null ? "" : article.summary();
    return article.body() == null ? summary : summary + "\n\n" + article.body();
  }
}
