package dev.newswatch.analysis.lang;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A light Belarusian ending-stripper: Lucene ships no Belarusian stemmer, so this removes the common
 * noun, adjective, participle and verb endings so that inflected forms share a stem ("памілаваў",
 * "памілаваны", "памілаванне" give "памілав"; "санкцыі", "санкцый", "санкцыямі" give "санкц"). It is
 * deliberately aggressive on endings and conservative on length: a stem keeps at least three letters.
 * Input is expected lower-cased. Stateless and thread-safe.
 */
public final class BelarusianStemmer {

  private static final int MIN_STEM = 3;

  // Longest first, so "амі" wins over "і". Participles and verbal nouns ("аны", "анне") are stripped
  // back to the verb stem, because rules care about the event, not the part of speech.
  private static final String[] ENDINGS = sortLongestFirst(
      "анняў", "анне", "ання", "анні", "аннем", "енне", "ення", "енні",
      "аная", "анае", "аную", "аных", "аным", "аныя", "аны", "ана", "аны",
      "еная", "енае", "еных", "еныя", "ены", "ена",
      "алася", "ался", "аліся", "алі", "ала", "ало", "аць", "аюць", "ае", "аў",
      "ілі", "іла", "іць", "іў", "яць", "ець", "ыць", "ыў", "ылі", "ыла", "уць", "юць", "ецца", "цца",
      "ямі", "амі", "імі", "ымі", "ага", "яга", "аму", "яму", "ога", "ому",
      "ых", "іх", "ым", "ім", "ая", "яя", "ую", "юю", "ое", "ае", "ыя", "ія", "ой", "ай", "ей", "ёй",
      "ах", "ях", "ам", "ям", "яў", "ою", "аю", "ом", "ем", "ём",
      "а", "я", "у", "ю", "е", "ы", "і", "о", "ь", "й", "ў");

  // After an ending went, a stem can still end in a soft vowel that belongs to the ending
  // ("санкцы|ямі" -> "санкцы"): strip one more of these.
  private static final String TRAILING = "ыіьйя";

  private BelarusianStemmer() {}

  /**
   * The stem of one lower-cased word; words of three letters or fewer come back unchanged.
   *
   * @param word a lower-case token
   * @return the word without its inflectional ending
   */
  public static String stem(String word) {
    if (word == null || word.length() <= MIN_STEM) {
      return word;
    }
    String stem = word;
    for (String ending : ENDINGS) {
      if (stem.endsWith(ending) && stem.length() - ending.length() >= MIN_STEM) {
        stem = stem.substring(0, stem.length() - ending.length());
        break;
      }
    }
    if (stem.length() > MIN_STEM && TRAILING.indexOf(stem.charAt(stem.length() - 1)) >= 0) {
      stem = stem.substring(0, stem.length() - 1);
    }
    return stem;
  }

  private static String[] sortLongestFirst(String... endings) {
    String[] copy = Arrays.stream(endings).distinct().toArray(String[]::new);
    Arrays.sort(copy, Comparator.comparingInt(String::length).reversed());
    return copy;
  }
}
