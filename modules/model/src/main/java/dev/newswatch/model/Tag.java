package dev.newswatch.model;

import java.util.List;
import java.util.Objects;

/**
 * A topic label on an article, with the phrases that earned it.
 *
 * @param name     tag name, one of {@link Tags}
 * @param evidence the rule phrases that matched, in the rule's own (folded) form, at most five
 */
public record Tag(String name, List<String> evidence) {
  public Tag {
    Objects.requireNonNull(name, "name");
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
