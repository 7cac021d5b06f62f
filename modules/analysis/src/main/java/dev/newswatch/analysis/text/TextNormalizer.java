package dev.newswatch.analysis.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text to the form rules and queries are matched on: Unicode compatibility-decomposed, accents
 * removed, lower-cased with {@link Locale#ROOT}, curly quotes and dashes made plain, and every run of
 * non-letters/digits collapsed to one space, with a space at each end. Phrases can then be found with
 * {@code folded.contains(" " + phrase + " ")}, which respects word boundaries in every script.
 */
public final class TextNormalizer {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextNormalizer() {}

  /** The folded form of {@code text}: " word word ... " (empty input gives " "). */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return " ";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String noMarks = MARKS.matcher(decomposed).replaceAll("");
    // The apostrophe inside words ("Belarus's") is dropped rather than split, so "belaruss" does not
    // arise: it becomes "belarus s", and "s" alone never matches a rule.
    String lower = noMarks.toLowerCase(Locale.ROOT).replace('ł', 'l').replace('ø', 'o').replace('đ', 'd');
    return " " + NON_WORD.matcher(lower).replaceAll(" ").strip() + " ";
  }

  /** The folded words of {@code text}, in order. */
  public static List<String> words(String text) {
    String folded = fold(text).strip();
    if (folded.isEmpty()) {
      return List.of();
    }
    return new ArrayList<>(List.of(folded.split(" ")));
  }

  /**
   * True when the folded {@code phrase} occurs in {@code foldedText} as whole words.
   *
   * @param foldedText text already passed through {@link #fold(String)}
   * @param phrase     a word or phrase in any case and accenting
   */
  public static boolean containsPhrase(String foldedText, String phrase) {
    String p = fold(phrase);
    return !p.isBlank() && foldedText.contains(p);
  }

  /**
   * True for a letter or a combining mark (a word character of the word scanners in entities and facts),
   * with an ASCII fast path: most text the scanners see is Latin or digits and spaces.
   */
  public static boolean isLetterOrMark(int cp) {
    if (cp < 128) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }
    if (cp >= 0x0400 && cp <= 0x052F) {
      return cp != 0x0482; // Cyrillic and its supplement: letters and combining marks, but for the thousands sign
    }
    if (cp >= 0xC0 && cp <= 0xFF) {
      return cp != 0xD7 && cp != 0xF7; // Latin-1 letters, but for × and ÷
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
