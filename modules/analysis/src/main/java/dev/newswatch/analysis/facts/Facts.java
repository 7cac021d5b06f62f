package dev.newswatch.analysis.facts;

import java.util.List;

/**
 * What an article says about releases: how many, who, to where, and how many remain.
 *
 * @param released     counts of people released, the article's own release first
 * @param remaining    counts of people still imprisoned ("1,257 political prisoners remain")
 * @param people       names of known people or candidates mentioned in release sentences
 * @param destinations ISO codes of countries people were handed over or taken to
 */
public record Facts(List<CountFact> released, List<CountFact> remaining, List<String> people,
    List<String> destinations) {

  /** No facts. */
  public static final Facts NONE = new Facts(List.of(), List.of(), List.of(), List.of());

  public Facts {
    released = List.copyOf(released);
    remaining = List.copyOf(remaining);
    people = List.copyOf(people);
    destinations = List.copyOf(destinations);
  }

  /** The number released in this article's own release (not a running total), or null when not stated. */
  public Long releasedCount() {
    return released.stream().filter(f -> f.kind().equals(CountFact.RELEASED)).map(CountFact::count)
        .findFirst().orElse(null);
  }
}
