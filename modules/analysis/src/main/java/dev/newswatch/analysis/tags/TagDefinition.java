package dev.newswatch.analysis.tags;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a tag means and how it is reported.
 *
 * @param parent      the tag a subtag refines ({@code pardon} for {@code pardon.political}); null for a top tag.
 *                    A subtag is only reported together with its parent for the same country.
 * @param cameo       the CAMEO event code analysts know the event by (0841 release of persons, 163 impose
 *                    sanctions...); may be null
 * @param attribution how the country is chosen: {@code actor} (who does it: a pardon is about the country
 *                    whose leader pardons) or {@code target} (whom it is done to: sanctions are about the
 *                    sanctioned country)
 * @param description one line for humans
 * @param suppresses  sibling tags whose evidence this tag removes from the sentences it hits: a threat of
 *                    sanctions is not their imposition ("threatened new sanctions")
 */
public record TagDefinition(
    @JsonProperty("parent") String parent,
    @JsonProperty("cameo") String cameo,
    @JsonProperty("attribution") String attribution,
    @JsonProperty("description") String description,
    @JsonProperty("suppresses") java.util.List<String> suppresses) {

  public TagDefinition {
    suppresses = suppresses == null ? java.util.List.of() : java.util.List.copyOf(suppresses);
    attribution = attribution == null ? "actor" : attribution;
    if (!attribution.equals("actor") && !attribution.equals("target")) {
      throw new IllegalArgumentException("attribution must be actor or target, got " + attribution);
    }
  }
}
