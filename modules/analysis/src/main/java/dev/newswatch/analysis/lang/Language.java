package dev.newswatch.analysis.lang;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One language the tagger reads: how its text is analysed for rule matching, how its numbers are written,
 * how it is recognised, and the words the entity, fact and country steps look for. Read from the
 * language's rule file ({@code tags/languages/<code>.json}); adding a language is adding such a file.
 *
 * @param code     ISO 639-1 code, also the name of the rule field ({@code pl})
 * @param name     English name, for messages
 * @param script   {@code latin} or {@code cyrillic}: which articles can be in this language at all
 * @param analyzer the analyzer of the rule field, one of {@link LanguageAnalyzers#NAMES} or
 *                 {@code snowball:<Stemmer>} (any Snowball stemmer Lucene ships, e.g. {@code snowball:German})
 * @param elisions article elisions stripped before stemming ({@code l'}, {@code d'}); may be empty
 * @param numbers  how numbers are written in words; may be null (digits only)
 * @param markers  frequent short words of the language (not of its neighbours), lower case: they tell the
 *                 language of an article that does not declare one
 * @param letters  letters only this language (among those of its script here) uses, lower case; may be empty
 * @param words    word lists by role ({@link LanguageWords#KEYS}), lower case
 */
public record Language(
    @JsonProperty("code") String code,
    @JsonProperty("name") String name,
    @JsonProperty("script") String script,
    @JsonProperty("analyzer") String analyzer,
    @JsonProperty("elisions") List<String> elisions,
    @JsonProperty("numbers") Numbers numbers,
    @JsonProperty("markers") List<String> markers,
    @JsonProperty("letters") String letters,
    @JsonProperty("words") Map<String, List<String>> words) {

  /** The scripts a language can be written in. */
  public static final Set<String> SCRIPTS = Set.of("latin", "cyrillic");

  public Language {
    Objects.requireNonNull(code, "language code");
    if (!code.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("language code must be 2-3 lower-case letters, got " + code);
    }
    name = name == null ? code : name;
    if (!SCRIPTS.contains(script)) {
      throw new IllegalArgumentException("language " + code + ": script must be one of " + SCRIPTS + ", got " + script);
    }
    Objects.requireNonNull(analyzer, "analyzer of language " + code);
    elisions = elisions == null ? List.of() : List.copyOf(elisions);
    markers = markers == null ? List.of() : markers.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    letters = letters == null ? "" : letters.toLowerCase(Locale.ROOT);
    Map<String, List<String>> w = new TreeMap<>();
    if (words != null) {
      for (Map.Entry<String, List<String>> e : words.entrySet()) {
        if (!LanguageWords.KEYS.contains(e.getKey())) {
          throw new IllegalArgumentException("language " + code + ": unknown word list " + e.getKey()
              + " (known: " + LanguageWords.KEYS + ")");
        }
        w.put(e.getKey(), e.getValue().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
      }
    }
    words = Map.copyOf(w);
  }

  /** The words of one role, or none. */
  public List<String> words(String key) {
    return words.getOrDefault(key, List.of());
  }

  /**
   * How numbers are written in words.
   *
   * @param icu     an ICU locale whose spell-out rules list the number words (1-999, the thousands), or null
   * @param joiners words between the parts of one number ("and", "y", "e"), lower case
   * @param words   further number words with their value: the inflected forms spell-out does not give
   *                ("szesnastu", "пятерых"); lower case
   */
  public record Numbers(
      @JsonProperty("icu") String icu,
      @JsonProperty("joiners") List<String> joiners,
      @JsonProperty("words") Map<String, Integer> words) {
    public Numbers {
      joiners = joiners == null ? List.of() : List.copyOf(joiners);
      words = words == null ? Map.of() : Map.copyOf(words);
    }
  }
}
