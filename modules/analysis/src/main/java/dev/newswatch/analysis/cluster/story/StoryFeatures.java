package dev.newswatch.analysis.cluster.story;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What story matching compares of an article.
 *
 * @param terms       stemmed key terms with weights (headline and lead count more), at most
 *                    {@link FeatureExtractor#MAX_TERMS}
 * @param names       name keys (capitalised words reduced to a 4-letter skeleton prefix) by frequency,
 *                    most frequent first
 * @param numbers     numbers of 10 and more in the text, years and dates left out
 * @param keyNumbers  the subset of {@code numbers} found in the headline or lead: the facts of the event
 * @param countries   ISO codes of countries named
 * @param lang        folded language code, "" when unknown
 * @param signature   the event signature ({@link EventSignature}): event types {@code e:}, event day
 *                    {@code d:} (epoch day), release counts {@code c:}
 */
public record StoryFeatures(Map<String, Double> terms, List<String> names, Set<String> numbers,
    Set<String> keyNumbers, Set<String> countries, String lang, List<String> signature) {

  /** Features without an event signature (state written before signatures existed). */
  public StoryFeatures(Map<String, Double> terms, List<String> names, Set<String> numbers, Set<String> keyNumbers,
      Set<String> countries, String lang) {
    this(terms, names, numbers, keyNumbers, countries, lang, List.of());
  }

  public StoryFeatures {
    terms = Map.copyOf(terms);
    names = List.copyOf(names);
    numbers = Set.copyOf(numbers);
    keyNumbers = Set.copyOf(keyNumbers);
    countries = Set.copyOf(countries);
    lang = lang == null ? "" : lang;
    signature = signature == null ? List.of() : List.copyOf(signature);
  }
}
