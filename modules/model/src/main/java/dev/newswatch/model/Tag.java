package dev.newswatch.model;

import java.util.List;
import java.util.Objects;

/**
 * A topic label on an article, with the phrases that earned it and, from the rule tagger, the country it is
 * about, how sure it is and its CAMEO event code. The last three are optional (absent from the JSON when
 * null), so records written before they existed still read.
 *
 * @param name       tag name, one of {@link Tags}
 * @param evidence   the rule phrases or sentences that matched, at most five
 * @param country    ISO 3166 alpha-2 code of the country the tag is about ("IR" for US sanctions on Iran);
 *                   may be null
 * @param confidence in [0, 1]; may be null
 * @param cameo      CAMEO event code ("0841" release of persons, "163" impose sanctions); may be null
 */
public record Tag(String name, List<String> evidence, String country, Double confidence, String cameo) {
  public Tag {
    Objects.requireNonNull(name, "name");
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    if (confidence != null && (confidence < 0 || confidence > 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }

  /** A tag without country, confidence or CAMEO code (the keyword tagger's). */
  public Tag(String name, List<String> evidence) {
    this(name, evidence, null, null, null);
  }
}
