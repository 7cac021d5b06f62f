package dev.newswatch.analysis.tags;

import dev.newswatch.analysis.entities.EntityMention;
import dev.newswatch.analysis.facts.Facts;
import java.util.List;

/**
 * Everything the tagger found in one article.
 *
 * @param tags     tags by country, top tags before their subtags
 * @param entities entities and person candidates, in text order
 * @param facts    counts, people and destinations of releases
 */
public record TagResult(List<TagHit> tags, List<EntityMention> entities, Facts facts) {
  public TagResult {
    tags = List.copyOf(tags);
    entities = List.copyOf(entities);
  }

  /** True when a tag with this name is reported for {@code country} (any country when null). */
  public boolean has(String tag, String country) {
    return tags.stream().anyMatch(t -> t.tag().equals(tag) && (country == null || country.equals(t.country())));
  }
}
