package dev.newswatch.analysis.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spelling-neutral key of one name word, so that transliterations and inflected forms of a name meet:
 * "Bialiatski", "Byalyatski", "Беляцкий", "Беляцкого", "Бяляцкі" and "Białackiego" all come out as
 * "balak"/"balack"-like keys that differ at most in a vowel. Steps: drop one case or gender ending (the
 * longest of the gazetteer's per-language {@code endings} that leaves a stem of three letters or more), write
 * the stem in Latin with ICU4J's Any-Latin and Latin-ASCII (which also drops diacritics: ł, ą, š, ß...), then
 * fold spellings that romanisation systems disagree on (kh/h, ts/c, sh/s, y/j/i, ou/ov for "ў", o/a for
 * Belarusian akanye, soft "ia" after a consonant).
 *
 * <p>The endings are data ({@link Gazetteer#endings()}), so adding a language is a change to the gazetteer
 * file: an ending is tried on every word whatever its language (a Cyrillic ending never fits a Latin word),
 * which is safe because alias and text words go through the same stripping. The gender a word's ending
 * suggests likewise comes from {@link Gazetteer#genderEndings()}. Keys are cached per word. Thread-safe.
 */
public final class NameKey {

  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private static final int MIN_STEM = 3;
  private static final int MAX_CACHE = 200_000;

  /** The keys of the bundled gazetteer's endings; made on first use. */
  private static final class Standard {
    static final NameKey INSTANCE = bundled();

    private static NameKey bundled() {
      Gazetteer g = Gazetteer.bundled();
      if (g.endings().isEmpty()) {
        throw new IllegalStateException(Gazetteer.BUNDLED + " lists no endings");
      }
      return new NameKey(g.endings(), g.genderEndings());
    }
  }

  // Endings by their last character, longest first: a word tries only those that can fit it.
  private final Map<Character, String[]> endings;
  // Gender endings by last character, longest first, with the gender in a parallel array.
  private final Map<Character, String[]> genderEndings;
  private final Map<Character, char[]> genders;
  private final Map<String, List<String>> endingsData;
  private final Map<String, List<String>> genderData;
  // Keys are pure functions of the word and news repeats its words: transliteration is the costly step.
  private final ConcurrentHashMap<String, String> cache = new ConcurrentHashMap<>();

  private NameKey(Map<String, List<String>> endingsByLanguage, Map<String, List<String>> genderEndings) {
    this.endingsData = Map.copyOf(endingsByLanguage);
    this.genderData = Map.copyOf(genderEndings);
    Set<String> all = new LinkedHashSet<>();
    endingsByLanguage.values().forEach(l -> l.forEach(e -> all.add(e.toLowerCase(Locale.ROOT))));
    this.endings = byLastChar(all);
    Map<String, Character> g = new LinkedHashMap<>();
    // Feminine first: an ending listed under both genders counts as feminine.
    for (String gender : List.of("f", "m")) {
      for (String e : genderEndings.getOrDefault(gender, List.of())) {
        g.putIfAbsent(e.toLowerCase(Locale.ROOT), gender.charAt(0));
      }
    }
    this.genderEndings = byLastChar(g.keySet());
    this.genders = new HashMap<>();
    this.genderEndings.forEach((c, list) -> {
      char[] out = new char[list.length];
      for (int i = 0; i < list.length; i++) {
        out[i] = g.get(list[i]);
      }
      genders.put(c, out);
    });
  }

  private static Map<Character, String[]> byLastChar(Set<String> endings) {
    Map<Character, List<String>> groups = new HashMap<>();
    for (String e : endings) {
      if (!e.isEmpty()) {
        groups.computeIfAbsent(e.charAt(e.length() - 1), k -> new ArrayList<>()).add(e);
      }
    }
    Map<Character, String[]> out = new HashMap<>();
    groups.forEach((c, list) -> {
      list.sort(Comparator.comparingInt(String::length).reversed());
      out.put(c, list.toArray(String[]::new));
    });
    return out;
  }

  /** Keys with the bundled gazetteer's endings: the ones {@link #of(String)} gives. */
  public static NameKey standard() {
    return Standard.INSTANCE;
  }

  /**
   * Keys with the endings of {@code gazetteer}; those of the bundled gazetteer (sharing its cache) when it
   * lists the same endings or none.
   */
  public static NameKey fromGazetteer(Gazetteer gazetteer) {
    if (gazetteer.endings().isEmpty() && gazetteer.genderEndings().isEmpty()) {
      return standard();
    }
    NameKey s = standard();
    if (s.endingsData.equals(gazetteer.endings()) && s.genderData.equals(gazetteer.genderEndings())) {
      return s;
    }
    return new NameKey(gazetteer.endings(), gazetteer.genderEndings());
  }

  /**
   * The key of one word, with the bundled gazetteer's endings.
   *
   * @param word a name word in any script and case
   * @return its key, lower-case ASCII; empty for a word without letters
   */
  public static String of(String word) {
    return standard().key(word);
  }

  /**
   * The key of one word.
   *
   * @param word a name word in any script and case
   * @return its key, lower-case ASCII; empty for a word without letters
   */
  public String key(String word) {
    String cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    String key = compute(word);
    if (cache.size() > MAX_CACHE) {
      cache.clear(); // crude but bounded; news vocabulary refills it quickly
    }
    cache.put(word, key);
    return key;
  }

  private String compute(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
    String stem = stripEnding(lower);
    String latin = isAscii(stem) ? stem : TO_LATIN.get().transliterate(stem).toLowerCase(Locale.ROOT);
    return fold(latin);
  }

  /**
   * The grammatical gender the bundled gazetteer's gender endings give {@code word}: see {@link #genderOf}.
   */
  public static char gender(String word) {
    return standard().genderOf(word);
  }

  /**
   * The grammatical gender a surname's ending suggests: 'f' for "-aya", "-ova", "-ская", "-skiej",
   * "-skajos"..., 'm' for "-ski", "-ий", "-ov", "-skiego", "-skis"..., '?' otherwise (the longest listed ending
   * that fits decides). Used to tell Tsikhanouskaya from Tsikhanouski.
   */
  public char genderOf(String word) {
    if (word.isEmpty()) {
      return '?';
    }
    String w = word.toLowerCase(Locale.ROOT);
    char last = w.charAt(w.length() - 1);
    String[] list = genderEndings.get(last);
    if (list != null) {
      char[] g = genders.get(last);
      for (int i = 0; i < list.length; i++) {
        if (w.endsWith(list[i])) {
          return g[i];
        }
      }
    }
    return '?';
  }

  /** The consonants of a key, in order: keys with the same skeleton differ only in vowels. */
  public static String skeleton(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if ("aeiou".indexOf(c) < 0) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The vowel/consonant pattern of a key ("balack" -> "cvcvcc"). */
  public static String shape(String key) {
    StringBuilder b = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      b.append("aeiou".indexOf(key.charAt(i)) < 0 ? 'c' : 'v');
    }
    return b.toString();
  }

  private String stripEnding(String w) {
    if (w.isEmpty()) {
      return w;
    }
    String[] list = endings.get(w.charAt(w.length() - 1));
    if (list != null) {
      for (String e : list) {
        if (w.length() - e.length() >= MIN_STEM && w.endsWith(e)) {
          return w.substring(0, w.length() - e.length());
        }
      }
    }
    return w;
  }

  private static String fold(String s) {
    String t = s.replaceAll("[^a-z]", "")
        .replace("shch", "s").replace("sch", "s").replace("sh", "s").replace("zh", "z").replace("kh", "h")
        .replace("ch", "c").replace("ts", "c").replace("tz", "c").replace("cz", "c").replace("sz", "s")
        .replace("ck", "k").replace("ph", "f").replace('w', 'v').replace("x", "ks")
        .replace('j', 'i').replace('y', 'i')
        .replace("ou", "ov");
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == 'o') {
        c = 'a';
      }
      // A soft "i" between a consonant and a vowel is a palatal mark ("bialiatski", "kalesnikava" from
      // "Калеснікава"): drop it.
      if (c == 'i' && i > 0 && i + 1 < t.length() && !isVowel(t.charAt(i - 1)) && isVowel(t.charAt(i + 1))) {
        continue;
      }
      if (b.length() > 0 && b.charAt(b.length() - 1) == c && !isVowel(c)) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }
}
