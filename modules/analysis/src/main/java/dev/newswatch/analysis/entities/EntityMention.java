package dev.newswatch.analysis.entities;

import java.util.Objects;

/**
 * One place in a text where an entity, or an unknown person candidate, is named.
 *
 * @param id      gazetteer id, or {@code "candidate:<surface>"} for an unknown person
 * @param type    gazetteer type, or {@code "person-candidate"}
 * @param name    display name (the surface for a candidate)
 * @param country ISO code the entity belongs to; may be null
 * @param surface the text as written
 * @param start   offset of the first character in the text
 * @param end     offset after the last character
 * @param entry   the gazetteer entry; null for a candidate
 */
public record EntityMention(String id, String type, String name, String country, String surface, int start,
    int end, GazetteerEntry entry) {
  public EntityMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
