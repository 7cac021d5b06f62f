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
 * @param basis      where the article reports it: {@code headline}, {@code lead} (the body's first two
 *                   sentences) or {@code body}; an event only recalled as background is not tagged at all
 * @param countryWhy why {@code country} was chosen, e.g. "subject of the release: Belarus"; null when the
 *                   country came from the article as a whole
 * @param destinations for releases, ISO codes of where the freed were taken ("flown to Vilnius" → LT), never
 *                   the releasing country; empty otherwise
 */
public record TagHit(String tag, String country, double confidence, String cameo, List<Evidence> evidence,
    String basis, String countryWhy, List<String> destinations) {

  /** The places a tag can be reported in. */
  public static final List<String> BASES = List.of("headline", "lead", "body");

  public TagHit {
    Objects.requireNonNull(tag, "tag");
    evidence = List.copyOf(evidence);
    basis = basis == null ? "body" : basis;
    if (!BASES.contains(basis)) {
      throw new IllegalArgumentException("basis must be one of " + BASES + ", got " + basis);
    }
    destinations = destinations == null ? List.of() : List.copyOf(destinations);
  }

  /** A tag found in the body, with no country reason or destinations. */
  public TagHit(String tag, String country, double confidence, String cameo, List<Evidence> evidence) {
    this(tag, country, confidence, cameo, evidence, "body", null, List.of());
  }

  /** This tag with {@code destinations}. */
  public TagHit withDestinations(List<String> destinations) {
    return new TagHit(tag, country, confidence, cameo, evidence, basis, countryWhy, destinations);
  }
}
