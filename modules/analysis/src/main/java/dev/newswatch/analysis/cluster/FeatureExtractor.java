package dev.newswatch.analysis.cluster;

import dev.newswatch.analysis.text.TextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts {@link StoryFeatures} from an article: key terms, names, numbers, countries. */
public final class FeatureExtractor {

  static final int MAX_TERMS = 40;
  static final int MAX_NAMES = 12;
  static final int NAME_KEY = 4;
  private static final int LEAD_WORDS = 60;
  private static final int BODY_WORDS = 600;
  private static final int LEAD_CHARS = 400;

  private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}{2,}");
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}.,])\\d{1,3}(?:[,\u00A0\u202F ]\\d{3})+(?!\\d)|(?<![\\p{L}\\p{N}.,])\\d+(?!\\d)");

  /** The features of {@code article}. */
  public StoryFeatures extract(ClusterInput article) {
    List<String> titleWords = ClusterText.words(article.title());
    List<String> textWords = ClusterText.words(article.text());
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
    Matcher m = CAPITALISED.matcher(text);
    while (m.find()) {
      String folded = ClusterText.latin(TextNormalizer.fold(m.group())).strip();
      if (folded.isEmpty() || folded.contains(" ") || Lexicon.STOP_WORDS.contains(folded)
          || Lexicon.TITLE_WORDS.contains(folded) || Lexicon.country(folded) != null) {
        continue;
      }
      String skeleton = ClusterText.skeleton(folded);
      if (skeleton.length() < 2) {
        continue;
      }
      String key = skeleton.substring(0, Math.min(NAME_KEY, skeleton.length()));
      counts.merge(key, 1, Integer::sum);
      if (!sentenceStart(text, m.start())) {
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
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String digits = m.group().replaceAll("\\D", "");
      if (digits.length() > 12) {
        continue;
      }
      long value = Long.parseLong(digits);
      if (value < 10 || (digits.length() == 4 && value >= 1900 && value <= 2100) || nextToMonth(text, m)) {
        continue;
      }
      out.add(Long.toString(value));
    }
    return out;
  }

  private static boolean nextToMonth(String text, Matcher m) {
    String before = ClusterText.latin(TextNormalizer.fold(text.substring(Math.max(0, m.start() - 12), m.start())));
    String after = ClusterText.latin(TextNormalizer.fold(text.substring(m.end(), Math.min(text.length(), m.end() + 12))));
    String[] b = before.strip().split(" ");
    String[] a = after.strip().split(" ");
    return Lexicon.MONTHS.contains(b[b.length - 1]) || Lexicon.MONTHS.contains(a[0]);
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
