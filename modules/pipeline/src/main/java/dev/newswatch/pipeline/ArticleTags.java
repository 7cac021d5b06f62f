package dev.newswatch.pipeline;

import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.analysis.tags.Evidence;
import dev.newswatch.analysis.tags.TagHit;
import dev.newswatch.model.Article;
import dev.newswatch.model.Tag;
import java.util.ArrayList;
import java.util.List;

/**
 * The tags the pipeline gives an article: the rule tagger run over the title and the rest of the article
 * (the feed's summary, then the page's main text), one {@link Tag} per tag and country with up to
 * {@value #MAX_EVIDENCE} evidence sentences. The topology and the {@code retag} tool both use this, so a
 * re-tag gives exactly what the pipeline would.
 */
public final class ArticleTags {

  /** Evidence sentences kept per tag, and their length: enough for an alert to say why. */
  public static final int MAX_EVIDENCE = 5;
  public static final int MAX_EVIDENCE_CHARS = 400;

  private ArticleTags() {}

  /** The tags of {@code article} under {@code tagger}'s rules. */
  public static List<Tag> of(ArticleTagger tagger, Article article) {
    List<Tag> tags = new ArrayList<>();
    for (TagHit hit : tagger.tag(article.title(), rest(article)).tags()) {
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
