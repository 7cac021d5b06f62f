package dev.newswatch.model;

import java.util.Objects;

/**
 * A person, organisation or place an article mentions, as the tagger's gazetteer knows it (or a person
 * named near a release word that the gazetteer does not know).
 *
 * @param id      the gazetteer id ({@code person:ales-bialiatski}), or {@code candidate:<name>} for an
 *                unknown person
 * @param type    {@code person}, {@code org}, {@code country}, {@code city} or {@code person-candidate}
 * @param name    the canonical name (the gazetteer's), or the name as written for a candidate
 * @param country ISO 3166 alpha-2 code the entity belongs to, or null
 */
public record Entity(String id, String type, String name, String country) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
  }
}
