package dev.newswatch.analysis.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The per-language fields an article's text is indexed into for rule matching, one per language, each
 * analysed by its language's analyzer, and the choice of the fields an article goes to. The same text can
 * go into several fields, so a rule written for Russian matches the Russian words of an article whose
 * declared language is wrong or whose text is mixed; but only the languages its script and words make
 * likely are analysed, which keeps the cost of eleven languages near that of one or two.
 */
public final class TextFields {

  /** English, the field of rules that name none. */
  public static final String EN = "en";

  // At most this many fields per article; a language needs a share of the best's evidence to be one.
  private static final int MAX_FIELDS = 3;
  private static final double SHARE = 0.34;
  private static final int SAMPLE_WORDS = 400;
  // Below this much evidence (a headline, a two-line item) every language of the script is tried: the text
  // is short, so that costs little, and a guess from two words would lose the rest.
  private static final double MIN_EVIDENCE = 3;

  private final Map<String, Language> languages;
  private final List<String> order;
  // Which languages a marker word or a letter speaks for.
  private final Map<String, List<String>> markerLanguages = new HashMap<>();
  private final Map<Character, List<String>> letterLanguages = new HashMap<>();

  /** The fields of {@code languages}, in their order. */
  public TextFields(List<Language> languages) {
    Map<String, Language> byCode = new LinkedHashMap<>();
    for (Language l : languages) {
      if (byCode.put(l.code(), l) != null) {
        throw new IllegalArgumentException("language " + l.code() + " given twice");
      }
      for (String m : l.markers()) {
        markerLanguages.computeIfAbsent(m, k -> new ArrayList<>()).add(l.code());
      }
      for (char ch : l.letters().toCharArray()) {
        letterLanguages.computeIfAbsent(ch, k -> new ArrayList<>()).add(l.code());
      }
    }
    this.languages = Map.copyOf(byCode);
    this.order = List.copyOf(byCode.keySet());
  }

  /** One analyzer that routes each field to its language's analyzer. */
  public Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (Language l : languages.values()) {
      perField.put(l.code(), LanguageAnalyzers.of(l));
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  /**
   * The fields {@code text} is indexed into: the languages of its scripts that its words support (marker
   * words and letters only that language uses), the declared language first when it is one of them.
   * Without evidence (a headline alone) every language of the script is used.
   *
   * @param declared the language the source gives (ISO 639-1), or null
   */
  public List<String> fieldsFor(String text, String declared) {
    return choose(text, declared).fields();
  }

  /**
   * The languages chosen for a text.
   *
   * @param fields    the rule fields it is indexed into
   * @param languages the languages whose word lists (facts, countries) apply: those the text's words
   *                  support, or the declared one; all of {@code fields} only when nothing tells. Short
   *                  function words of one language ("a", "w", "de") must not take a role in another's text.
   */
  public record Choice(List<String> fields, List<String> languages) {
    public Choice {
      fields = List.copyOf(fields);
      languages = List.copyOf(languages);
    }
  }

  /** The fields and word-list languages of {@code text} (see {@link #fieldsFor}). */
  public Choice choose(String text, String declared) {
    boolean latin = false;
    boolean cyrillic = false;
    for (int i = 0; i < text.length() && !(latin && cyrillic); i++) {
      char c = text.charAt(i);
      if (!latin && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        latin = true;
      }
      cyrillic |= c >= '\u0400' && c <= '\u04FF';
    }
    if (!latin && !cyrillic) {
      latin = true;
    }
    Map<String, Double> score = new LinkedHashMap<>();
    for (String code : order) {
      String script = languages.get(code).script();
      if (latin && script.equals("latin") || cyrillic && script.equals("cyrillic")) {
        score.put(code, 0.0);
      }
    }
    count(text, score);
    String declaredCode = declared == null ? null : declared.strip().toLowerCase(Locale.ROOT);
    if (declaredCode != null && declaredCode.length() > 2 && declaredCode.charAt(2) == '-') {
      declaredCode = declaredCode.substring(0, 2); // "pt-BR"
    }
    List<String> out = new ArrayList<>(MAX_FIELDS + 1);
    if (declaredCode != null && score.containsKey(declaredCode)) {
      out.add(declaredCode);
    }
    double best = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    if (best < MIN_EVIDENCE) {
      List<String> supported = new ArrayList<>(out);
      score.entrySet().stream().filter(e -> e.getValue() > 0 && e.getValue() >= best * SHARE)
          .map(Map.Entry::getKey).filter(code -> !supported.contains(code)).forEach(supported::add);
      score.keySet().stream().filter(code -> !out.contains(code)).forEach(out::add);
      return new Choice(out, supported.isEmpty() ? out : supported);
    }
    score.entrySet().stream()
        .filter(e -> e.getValue() >= best * SHARE && e.getValue() > 0)
        .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
        .map(Map.Entry::getKey)
        .filter(code -> !out.contains(code))
        .limit(Math.max(0, MAX_FIELDS - out.size()))
        .forEach(out::add);
    return new Choice(out, out);
  }

  /** Adds to each candidate's score: 1 per marker word, 0.5 per letter only it uses, over the first words. */
  private void count(String text, Map<String, Double> score) {
    int words = 0;
    int i = 0;
    int n = text.length();
    while (i < n && words < SAMPLE_WORDS) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int end = i + 1;
      boolean plain = c < 0x80;
      while (end < n && Character.isLetter(text.charAt(end))) {
        plain &= text.charAt(end) < 0x80;
        end++;
      }
      words++;
      if (end - i <= 6) {
        List<String> langs = markerLanguages.get(text.substring(i, end).toLowerCase(java.util.Locale.ROOT));
        if (langs != null) {
          for (String code : langs) {
            score.computeIfPresent(code, (k, v) -> v + 1);
          }
        }
      }
      if (!plain) {
        for (int j = i; j < end; j++) {
          List<String> langs = letterLanguages.get(Character.toLowerCase(text.charAt(j)));
          if (langs != null) {
            for (String code : langs) {
              score.computeIfPresent(code, (k, v) -> v + 0.5);
            }
          }
        }
      }
      i = end;
    }
  }
}
