package dev.newswatch.analysis.cluster.story;

import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.ClusterText;
import dev.newswatch.analysis.cluster.WordSlots;
import java.util.ArrayList;
import java.util.Arrays;
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
    TermWeights weights = new TermWeights();
    Set<String> countries = new TreeSet<>();
    addTerms(titleWords, 0, titleWords.size(), 3, weights, countries);
    addTerms(textWords, 0, Math.min(LEAD_WORDS, textWords.size()), 2, weights, countries);
    addTerms(textWords, Math.min(LEAD_WORDS, textWords.size()), Math.min(BODY_WORDS, textWords.size()), 1,
        weights, countries);
    String full = article.title() + "\n" + article.text();
    Set<String> numbers = numbers(full);
    String lead = full.substring(0, Math.min(full.length(), article.title().length() + 1 + LEAD_CHARS));
    Set<String> keyNumbers = numbers(lead);
    keyNumbers.retainAll(numbers);
    String lang = article.lang() == null ? "" : article.lang().strip().toLowerCase(Locale.ROOT);
    int dash = lang.indexOf('-');
    List<String> signature = new ArrayList<>(EventSignature.typeAndDay(titleWords, textWords, article.published()));
    if (signature.contains(EventSignature.EVENT + EventSignature.RELEASE)) {
      for (String c : releaseCounts(article, titleWords, textWords)) {
        signature.add(EventSignature.COUNT + c);
      }
    }
    return new StoryFeatures(weights.top(MAX_TERMS), names(full), numbers, keyNumbers, countries,
        dash > 0 ? lang.substring(0, dash) : lang, signature);
  }

  private static final dev.newswatch.analysis.facts.FactExtractor FACTS = new dev.newswatch.analysis.facts.FactExtractor();
  private static final int COUNT_LEAD_CHARS = 500;
  private static final int COUNT_LEAD_WORDS = 80;

  /**
   * How many people the article says were freed in this event: the numbers of the headline (in any language:
   * "Łukaszenka ułaskawił 16 więźniów"), or when it has none the released counts the fact extractor reads in
   * the headline and lead (not running totals, not those still held).
   */
  static Set<String> releaseCounts(ClusterInput article) {
    return releaseCounts(article, ClusterText.words(article.title()), ClusterText.words(article.text()));
  }

  /** As {@link #releaseCounts(ClusterInput)} with the folded words of title and text already known. */
  static Set<String> releaseCounts(ClusterInput article, List<String> titleWords, List<String> textWords) {
    String text = article.text();
    // The headline's numbers state the event's count ("Belarus releases 52"); without one, the lead's counts.
    Set<String> out = new LinkedHashSet<>(numbers(article.title()));
    String lead = out.isEmpty()
        ? article.title() + ".\n" + text.substring(0, Math.min(text.length(), COUNT_LEAD_CHARS)) : "";
    if (out.isEmpty()) { // the headline states none: read the lead's sentences (the costly part, ~10 us)
      dev.newswatch.analysis.facts.Facts facts = FACTS.extract(lead,
          dev.newswatch.analysis.tags.Sentences.split(lead), List.of());
      for (dev.newswatch.analysis.facts.CountFact f : facts.released()) {
        if (dev.newswatch.analysis.facts.CountFact.RELEASED.equals(f.kind()) && f.count() >= 2) {
          out.add(Long.toString(f.count()));
        }
      }
    }
    // "Kolesnikova, Bialiatski and 121 others", "Тихановский и ещё 13": the people named come on top, so the
    // number is a lower bound.
    List<String> words = new java.util.AbstractList<>() { // title then lead, without copying
      final int t = titleWords.size();
      final int n = t + Math.min(textWords.size(), COUNT_LEAD_WORDS);

      @Override
      public String get(int i) {
        return i < t ? titleWords.get(i) : textWords.get(i - t);
      }

      @Override
      public int size() {
        return n;
      }
    };
    for (int i = 0; i + 1 < words.size(); i++) {
      String w = words.get(i);
      if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
        continue;
      }
      boolean andBefore = i > 0 && (AND.contains(words.get(i - 1))
          || i > 1 && MORE.contains(words.get(i - 1)) && AND.contains(words.get(i - 2)));
      if (!w.isEmpty() && Character.isDigit(w.charAt(0)) && (andBefore || OTHERS.contains(words.get(i + 1))
          || i + 2 < words.size() && OTHERS.contains(words.get(i + 2))) && out.remove(w)) {
        out.add(w + EventSignature.AT_LEAST);
      } else if (i > 0 && APPROXIMATELY.contains(words.get(i - 1)) && out.remove(w)) {
        // "at least 50", "more than 30", "около 50", "ponad 30": a first report's round figure, which the
        // exact count of later reports of the same release may differ from a little.
        out.add(w + EventSignature.ABOUT);
      }
    }
    return out;
  }

  private static final Set<String> AND = Set.of("and", "i", "und", "oraz", "ta", "a");
  // Folded words right before a round figure: en, ru, be, uk, pl, de ("at least" and "more than" end in
  // "least" and "than").
  private static final Set<String> APPROXIMATELY = Set.of("least", "than", "over", "about", "around", "nearly",
      "almost", "some", "approximately", "roughly", "okolo", "bolee", "svyshe", "pochti", "menee", "poryadka",
      "kalya", "bolsh", "bolej", "amal", "blyzko", "ponad", "majzhe", "mayzhe", "prawie", "niemal", "mindestens",
      "rund", "etwa", "knapp", "fast", "uber", "ueber");
  private static final Set<String> MORE = Set.of("eshche", "yashche", "shche", "jeszcze", "weitere");
  private static final Set<String> OTHERS = Set.of("other", "others", "drugimi", "drugikh", "inshymi", "inshykh",
      "inshi", "innymi", "innych", "inni", "weitere", "weiteren", "anderen");

  private static void addTerms(List<String> words, int from, int to, double weight, TermWeights out,
      Set<String> countries) {
    for (int i = from; i < to; i++) {
      Word w = word(words.get(i));
      if (w.country != null) {
        countries.add(w.country);
      }
      if (w.stem != null) {
        out.add(w.stem, weight);
      }
    }
  }

  /**
   * What features take of one folded word: its stem when it is a term (3 letters or more, not a number, not
   * a function word), the country it names, and its name key when it is capitalised in the text (null when
   * it cannot be a name: a function, title or country word, or a skeleton under 2 letters).
   */
  /** The name key of one word as written in a text ("Беляцкого" → its key), or null when it cannot be a name. */
  public static String nameKey(String surfaceWord) {
    List<String> w = ClusterText.words(surfaceWord);
    return w.size() == 1 ? word(w.get(0)).nameKey : null;
  }

  static final class Word {
    final String word;
    final String stem;
    final String country;
    final String nameKey;

    private Word(String w) {
      this.word = w;
      this.country = Lexicon.country(w);
      this.stem = w.length() < 3 || Character.isDigit(w.charAt(0)) || Lexicon.STOP_WORDS.contains(w) ? null
          : Lexicon.stem(w);
      String key = null;
      if (!w.isEmpty() && !Lexicon.STOP_WORDS.contains(w) && !Lexicon.TITLE_WORDS.contains(w) && country == null) {
        String skeleton = ClusterText.skeleton(nameForm(w));
        if (skeleton.length() >= 2) {
          key = skeleton.substring(0, Math.min(NAME_KEY, skeleton.length()));
        }
      }
      this.nameKey = key;
    }
  }

  // Case and gender endings of names (Russian, Belarusian, Ukrainian, Polish), longest first.
  private static final String[] NAME_ENDINGS = {"ogo", "ego", "omu", "emu", "ymi", "imi", "ami", "ykh", "ikh",
      "aya", "oi", "ei", "yi", "ii", "om", "em", "ym", "im", "ya", "a", "u", "e", "y", "i", "o"};

  /**
   * A name word before its skeleton is taken: a case ending dropped ("Коулом", "Коула" = "Коул"), Polish "sz"
   * as "sh", and a Latin "c" before a back vowel, a consonant or at the end read as "k" ("Coale", "Cole" =
   * "Коул"), so that inflected and transliterated forms of short names share a key.
   */
  static String nameForm(String w) {
    String s = w;
    for (String e : NAME_ENDINGS) {
      if (s.length() - e.length() >= 3 && s.endsWith(e)) {
        s = s.substring(0, s.length() - e.length());
        break;
      }
    }
    if (s.indexOf('c') < 0 && !s.contains("sz")) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      if (c == 's' && next == 'z') {
        b.append("sh");
        i++;
      } else if (c == 'c' && "eiyhzk".indexOf(next) < 0) {
        b.append('k');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Recently seen words with what features take of them (see {@link WordSlots}). */
  private static final WordSlots<Word> WORDS = new WordSlots<>(1 << 14, e -> e.word, Word::new);

  static Word word(String w) {
    return WORDS.get(w);
  }

  /** Term weights by stem: an open-addressing map of strings to primitive doubles (no boxing per word). */
  static final class TermWeights {
    private String[] keys = new String[1024];
    private double[] values = new double[1024];
    private int size;

    void add(String key, double weight) {
      int mask = keys.length - 1;
      int i = spread(key.hashCode()) & mask;
      for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
        if (k.equals(key)) {
          values[i] += weight;
          return;
        }
      }
      keys[i] = key;
      values[i] = weight;
      if (++size * 2 > keys.length) {
        grow();
      }
    }

    private static int spread(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }

    private void grow() {
      String[] oldKeys = keys;
      double[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      values = new double[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          int i = spread(oldKeys[j].hashCode()) & mask;
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
        }
      }
    }

    /**
     * The {@code limit} heaviest terms, ties broken by the smaller term (all of them when there are no more):
     * the weights are sorted as primitives to find the cut, and only the terms tied at the cut are sorted.
     */
    Map<String, Double> top(int limit) {
      double cut = Double.NEGATIVE_INFINITY;
      if (size > limit) {
        double[] sorted = new double[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] != null) {
            sorted[n++] = values[i];
          }
        }
        Arrays.sort(sorted);
        cut = sorted[size - limit];
      }
      List<Map.Entry<String, Double>> out = new ArrayList<>(Math.min(size, limit));
      List<String> tied = new ArrayList<>();
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != null) {
          if (values[i] > cut) {
            out.add(Map.entry(keys[i], values[i]));
          } else if (values[i] == cut) {
            tied.add(keys[i]);
          }
        }
      }
      if (!tied.isEmpty()) {
        tied.sort(null);
        for (int i = 0; i < tied.size() && out.size() < limit; i++) {
          out.add(Map.entry(tied.get(i), cut));
        }
      }
      @SuppressWarnings("unchecked")
      Map.Entry<String, Double>[] entries = out.toArray(new Map.Entry[0]);
      return Map.ofEntries(entries);
    }
  }

  /** Name keys by frequency; words that are function words or countries are not names. */
  static List<String> names(String text) {
    Map<String, Integer> counts = new HashMap<>();
    Set<String> midSentence = new HashSet<>();
    char[] buf = new char[64];
    for (int start = 0; start < text.length(); start++) {
      int end = capitalisedWordEnd(text, start);
      if (end < 0) {
        continue;
      }
      String folded = foldedName(text, start, end, buf);
      int at = start;
      start = end - 1;
      if (folded == null) {
        continue;
      }
      String key = word(folded).nameKey;
      if (key == null) {
        continue;
      }
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

  /**
   * The folded word text[start, end) (ASCII lower-cased inline through {@code buf} when it fits), or null if
   * it folds to more than one word.
   */
  private static String foldedName(String text, int start, int end, char[] buf) {
    int length = end - start;
    if (length <= buf.length) {
      boolean ascii = true;
      for (int i = 0; i < length; i++) {
        char c = text.charAt(start + i);
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        buf[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      }
      if (ascii) {
        return new String(buf, 0, length);
      }
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
      int digits = i - start;
      long value = 0;
      for (int j = start; j < i && digits <= 12; j++) {
        value = value * 10 + (text.charAt(j) - '0');
      }
      // "1,257", "8 000": groups of exactly three digits after a separator belong to the number.
      boolean groupable = digits <= 3;
      while (groupable && digits <= 12 && i < n && isGroupSeparator(text.charAt(i)) && threeDigits(text, i + 1)) {
        value = value * 1000 + (text.charAt(i + 1) - '0') * 100 + (text.charAt(i + 2) - '0') * 10
            + (text.charAt(i + 3) - '0');
        digits += 3;
        i += 4;
      }
      int end = i;
      i--;
      if (digits > 12) {
        continue;
      }
      if (value < 10 || (digits == 4 && value >= 1900 && value <= 2100) || nextToMonth(text, start, end)) {
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
    char c = text.charAt(at);
    if (c < 0x80 ? c < 'A' || c > 'Z' : !Character.isUpperCase(c)) {
      return -1;
    }
    if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
      return -1;
    }
    int end = at + 1;
    for (char d; end < text.length() && ((d = text.charAt(end)) < 0x80 ? d >= 'a' && d <= 'z'
        : Character.isLowerCase(d)); ) {
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
}
