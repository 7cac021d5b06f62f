package dev.newswatch.model;

import java.util.List;

/**
 * What an article states about a release of prisoners.
 *
 * @param released     how many people this article's release freed, or null when it does not say
 * @param remaining    how many political prisoners it says remain, or null
 * @param people       names of people it says were released, at most 50
 * @param destinations ISO 3166 alpha-2 codes of countries they were handed over or taken to
 */
public record ReleaseFacts(Long released, Long remaining, List<String> people, List<String> destinations) {
  public ReleaseFacts {
    people = people == null ? List.of() : List.copyOf(people.size() > 50 ? people.subList(0, 50) : people);
    destinations = destinations == null ? List.of() : List.copyOf(destinations);
  }

  /** True when the article states nothing about a release. */
  public boolean isEmpty() {
    return released == null && remaining == null && people.isEmpty() && destinations.isEmpty();
  }
}
