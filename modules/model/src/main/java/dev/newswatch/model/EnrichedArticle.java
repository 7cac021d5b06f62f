package dev.newswatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article that passed deduplication, with its tags: the record type of {@link Topics#ARTICLES}.
 *
 * @param id          the article id (same as {@code article.id()}), also the record key
 * @param article     the article as ingested
 * @param tags        tags assigned by the pipeline, empty when none applied
 * @param processedAt when the pipeline processed the article
 */
public record EnrichedArticle(String id, Article article, List<Tag> tags, Instant processedAt) {
  public EnrichedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(processedAt, "processedAt");
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public boolean hasTag(String name) {
    return tags.stream().anyMatch(t -> t.name().equals(name));
  }

  public List<String> tagNames() {
    return tags.stream().map(Tag::name).distinct().toList();
  }
}
