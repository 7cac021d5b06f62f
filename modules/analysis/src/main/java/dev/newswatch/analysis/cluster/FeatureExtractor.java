package dev.newswatch.analysis.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Extracts {@link StoryFeatures} from an article: key terms, names, numbers, countries. */
public final class FeatureExtractor {

  static final int MAX_TERMS = 40;
  static final int MAX_NAMES = 12;
  static final int NAME_KEY = 4;
  private static final int LEAD_WORDS = 60;
  private static final int BODY_WORDS = 600;
  private static final int LEAD_CHARS = 400;


  /** The features of {@code article}. */
  public StoryFeatures extract(ClusterInput article) {
    return extract(article, ClusterText.words(article.text()));
  }

  /** The features of {@code article} whose text's {@link ClusterText#words words} are already known. */
  public StoryFeatures extract(ClusterInput article, List<String> textWords) {
    List<String> titleWords = ClusterText.words(article.title());
    Map<String, Double> weights = new HashMap<>();
    Set<String> countries = new TreeSet<>();
    addTerms(titleWords, 0, titleWords.size(), 3, weights, countries);
    addTerms(textWords, 0, Math.min(LEAD_WORDS, textWords.size()), 2, weights, countries);
    addTerms(textWords, Math.min(LEAD_WORDS, textWords.size()), Math.min(BODY_WORDS, textWords.size()), 1,
        weights, countries);
    Set<String> numbers = numbers(article.title() + "\n" + article.text());
    String lead = article.title() + "\n" + article.text().substring(0, Math.min(LEAD_CHARS, article.text().length()));
    Set<String> keyNumbers = numbers(lead);
    keyNumbers.retainAll(numbers);
    String lang = article.lang() == null ? "" : article.lang().strip().toLowerCase(Locale.ROOT);
    int dash = lang.indexOf('-');
    return new StoryFeatures(top(weights, MAX_TERMS), names(article.title() + "\n" + article.text()), numbers,
        keyNumbers, countries, dash > 0 ? lang.substring(0, dash) : lang);
  }

  private static void addTerms(List<String> words, int from, int to, double weight, Map<String, Double> out,
      Set<String> countries) {
    for (int i = from; i < to; i++) {
      String w = words.get(i);
      String country = Lexicon.country(w);
      if (country != null) {
        countries.add(country);
      }
      if (w.length() < 3 || Character.isDigit(w.charAt(0)) || Lexicon.STOP_WORDS.contains(w)) {
        continue;
      }
      out.merge(Lexicon.stem(w), weight, Double::sum);
    }
  }

  /** Name keys by frequency; words that are function words or countries are not names. */
  static List<String> names(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Set<String> midSentence = new HashSet<>();
    for (int start = 0; start < text.length(); start++) {
      int end = capitalisedWordEnd(text, start);
      if (end < 0) {
        continue;
      }
      String folded = foldedName(text, start, end);
      int at = start;
      start = end - 1;
      if (folded == null) {
        continue;
      }
      if (Lexicon.STOP_WORDS.contains(folded)
          || Lexicon.TITLE_WORDS.contains(folded) || Lexicon.country(folded) != null) {
        continue;
      }
      String skeleton = ClusterText.skeleton(folded);
      if (skeleton.length() < 2) {
        continue;
      }
      String key = skeleton.substring(0, Math.min(NAME_KEY, skeleton.length()));
      counts.merge(key, 1, Integer::sum);
      if (!sentenceStart(text, at)) {
        midSentence.add(key);
      }
    }
    // A word capitalised only at sentence starts ("Speaking", "Despite") is not taken for a name.
    counts.keySet().retainAll(midSentence);
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX_NAMES, entries.size()); i++) {
      names.add(entries.get(i).getKey());
    }
    return names;
  }

  /** The folded word text[start, end) (ASCII lower-cased inline), or null if it folds to more than one word. */
  private static String foldedName(String text, int start, int end) {
    boolean ascii = true;
    for (int i = start; i < end && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
    List<String> word = ClusterText.words(text.substring(start, end));
    return word.size() == 1 ? word.get(0) : null;
  }

  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) && c != '\n') {
        continue;
      }
      if (c == '"' || c == '\u201C' || c == '\u00AB' || c == '(' || c == '\'' || c == '\u2018') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\u2014';
    }
    return true;
  }

  /** Numbers of 10 and more, separators removed; years 1900..2100 and day numbers next to a month skipped. */
  static Set<String> numbers(String text) {
    Set<String> out = new LinkedHashSet<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!isDigit(text.charAt(i))) {
        continue;
      }
      int start = i;
      char prev = i > 0 ? text.charAt(i - 1) : ' ';
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (Character.isLetterOrDigit(prev) || prev == '.' || prev == ',') {
        continue;
      }
      StringBuilder digits = new StringBuilder(text.substring(start, i));
      // "1,257", "8 000": groups of exactly three digits after a separator belong to the number.
      boolean groupable = i - start <= 3;
      while (groupable && digits.length() <= 12 && i < n && isGroupSeparator(text.charAt(i))
          && threeDigits(text, i + 1)) {
        digits.append(text, i + 1, i + 4);
        i += 4;
      }
      int end = i;
      i--;
      if (digits.length() > 12) {
        continue;
      }
      long value = Long.parseLong(digits.toString());
      if (value < 10 || (digits.length() == 4 && value >= 1900 && value <= 2100) || nextToMonth(text, start, end)) {
        continue;
      }
      out.add(Long.toString(value));
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isGroupSeparator(char c) {
    return c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F';
  }

  /** Three digits at {@code at} not followed by a fourth. */
  private static boolean threeDigits(String text, int at) {
    return at + 3 <= text.length() && isDigit(text.charAt(at)) && isDigit(text.charAt(at + 1))
        && isDigit(text.charAt(at + 2)) && (at + 3 == text.length() || !isDigit(text.charAt(at + 3)));
  }

  /** End of a word of one upper-case letter and two or more lower-case ones starting at {@code at}, or -1. */
  private static int capitalisedWordEnd(String text, int at) {
    if (!Character.isUpperCase(text.charAt(at)) || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
      return -1;
    }
    int end = at + 1;
    while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
      end++;
    }
    return end - at >= 3 ? end : -1;
  }

  private static boolean nextToMonth(String text, int start, int end) {
    List<String> before = ClusterText.words(text.substring(Math.max(0, start - 12), start));
    List<String> after = ClusterText.words(text.substring(end, Math.min(text.length(), end + 12)));
    return !before.isEmpty() && Lexicon.MONTHS.contains(before.get(before.size() - 1))
        || !after.isEmpty() && Lexicon.MONTHS.contains(after.get(0));
  }

  private static Map<String, Double> top(Map<String, Double> weights, int limit) {
    if (weights.size() <= limit) {
      return weights;
    }
    List<Map.Entry<String, Double>> entries = new ArrayList<>(weights.entrySet());
    entries.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Double> out = new HashMap<>();
    for (int i = 0; i < limit; i++) {
      out.put(entries.get(i).getKey(), entries.get(i).getValue());
    }
    return out;
  }
}
