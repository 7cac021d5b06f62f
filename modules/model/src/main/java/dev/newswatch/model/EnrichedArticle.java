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
 * @param entities    people, organisations and places the article mentions, each once, at most
 *                    {@value #MAX_ENTITIES}; empty in records written before they were extracted
 * @param facts       what it states about a release (how many, who, where to, how many remain), or null
 *                    when nothing
 * @param dupOf       id of the article this one is a near-duplicate of (the story's representative copy
 *                    of the same text), or null when it is not a copy
 * @param storyId     the story it belongs to ({@link Story#id()}), or null in records written before
 *                    story clustering
 */
public record EnrichedArticle(String id, Article article, List<Tag> tags, Instant processedAt,
    List<Entity> entities, ReleaseFacts facts, String dupOf, String storyId) {

  public static final int MAX_ENTITIES = 100;

  public EnrichedArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(processedAt, "processedAt");
    tags = tags == null ? List.of() : List.copyOf(tags);
    entities = entities == null ? List.of()
        : List.copyOf(entities.size() > MAX_ENTITIES ? entities.subList(0, MAX_ENTITIES) : entities);
    facts = facts == null || facts.isEmpty() ? null : facts;
  }

  /** An article with tags, entities and facts, not yet clustered. */
  public EnrichedArticle(String id, Article article, List<Tag> tags, Instant processedAt,
      List<Entity> entities, ReleaseFacts facts) {
    this(id, article, tags, processedAt, entities, facts, null, null);
  }

  /** An article with tags only (no entities or facts). */
  public EnrichedArticle(String id, Article article, List<Tag> tags, Instant processedAt) {
    this(id, article, tags, processedAt, null, null);
  }

  /** This article with its clustering decision. */
  public EnrichedArticle withCluster(String dupOf, String storyId) {
    return new EnrichedArticle(id, article, tags, processedAt, entities, facts, dupOf, storyId);
  }

  public boolean hasTag(String name) {
    return tags.stream().anyMatch(t -> t.name().equals(name));
  }

  public List<String> tagNames() {
    return tags.stream().map(Tag::name).distinct().toList();
  }
}
