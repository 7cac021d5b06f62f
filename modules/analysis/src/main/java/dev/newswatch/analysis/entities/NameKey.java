package dev.newswatch.analysis.entities;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * The spelling-neutral key of one name word, so that transliterations and inflected forms of a name meet:
 * "Bialiatski", "Byalyatski", "Беляцкий", "Беляцкого" and "Бяляцкі" all come out as "balack" or
 * "belack", which differ only in a vowel. Steps: drop a case or gender ending (Cyrillic or Latin), write
 * the stem in Latin with ICU4J's Any-Latin and Latin-ASCII, then fold spellings that romanisation systems
 * disagree on (kh/h, ts/c, sh/s, y/j/i, ou/ov for "ў", o/a for Belarusian akanye, soft "ia" after a
 * consonant). Thread-safe.
 */
public final class NameKey {

  private static final ThreadLocal<Transliterator> TO_LATIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  // Longest first. Cyrillic noun and adjective endings of surnames in Russian and Belarusian.
  private static final String[] CYRILLIC_ENDINGS = {
      "ого", "его", "ому", "ему", "ами", "ями", "ага", "аму", "ими", "ыми", "імі", "ымі",
      "ий", "ый", "ій", "ой", "ей", "ая", "яя", "ую", "юю", "ою", "ею", "ом", "ем", "ым", "им", "ам", "ям",
      "ах", "ях", "ай", "их", "ых", "іх",
      "а", "я", "у", "ю", "е", "ы", "і", "и", "о", "э"};
  private static final String[] LATIN_ENDINGS = {
      "aya", "aia", "aja", "iy", "ij", "yi", "ii", "ya", "ia", "a", "y", "i", "o", "e", "u"};
  private static final int MIN_STEM = 3;
  // Keys are pure functions of the word and news repeats its words: transliteration is the costly step.
  private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_CACHE = 200_000;

  private NameKey() {}

  /**
   * The key of one word.
   *
   * @param word a name word in any script and case
   * @return its key, lower-case ASCII; empty for a word without letters
   */
  public static String of(String word) {
    String cached = CACHE.get(word);
    if (cached != null) {
      return cached;
    }
    String key = compute(word);
    if (CACHE.size() > MAX_CACHE) {
      CACHE.clear(); // crude but bounded; news vocabulary refills it quickly
    }
    CACHE.put(word, key);
    return key;
  }

  private static String compute(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "");
    String stem = stripEnding(lower);
    String latin = isAscii(stem) ? stem : TO_LATIN.get().transliterate(stem).toLowerCase(Locale.ROOT);
    return fold(latin);
  }

  /**
   * The grammatical gender a surname's ending suggests: 'f' for "-aya", "-ova", "-ская", "-овой"..., 'm' for
   * "-ski", "-ий", "-ov"..., '?' otherwise. Used to tell Tsikhanouskaya from Tsikhanouski.
   */
  public static char gender(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String f : new String[] {"ая", "ой", "ую", "ай", "ова", "овой", "ову", "ева", "евой", "ина", "ава",
        "aya", "aia", "aja", "ova", "eva", "ina", "ava", "ska"}) {
      if (w.endsWith(f)) {
        return 'f';
      }
    }
    for (String m : new String[] {"ий", "ый", "ій", "ого", "ому", "ым", "ов", "ев", "ін", "ин", "скі", "ski",
        "sky", "skiy", "skii", "skij", "ov", "ev", "in"}) {
      if (w.endsWith(m)) {
        return 'm';
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

  private static String stripEnding(String w) {
    boolean cyrillic = !w.isEmpty() && Character.UnicodeScript.of(w.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    for (String e : cyrillic ? CYRILLIC_ENDINGS : LATIN_ENDINGS) {
      if (w.endsWith(e) && w.length() - e.length() >= MIN_STEM) {
        return w.substring(0, w.length() - e.length());
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
