package dev.newswatch.analysis.tags;

import java.util.List;
import java.util.Objects;

/**
 * A tag for one country, with why.
 *
 * @param tag        tag or subtag name ({@code pardon}, {@code sanctions.eased}...)
 * @param country    ISO code of the country it is about, or null when the text names none
 * @param confidence in (0, 1)
 * @param cameo      CAMEO event code, or null
 * @param evidence   the sentences that earned it, in text order
 */
public record TagHit(String tag, String country, double confidence, String cameo, List<Evidence> evidence) {
  public TagHit {
    Objects.requireNonNull(tag, "tag");
    evidence = List.copyOf(evidence);
  }
}
