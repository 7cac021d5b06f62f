package dev.newswatch.analysis.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences at ".", "!", "?", "…" and line breaks followed by a capital, digit or quote,
 * except after common abbreviations and initials ("U.S.", "Mr.", "A. Lukashenko"). Good enough for
 * evidence spans; not a linguistic sentence boundary detector.
 */
public final class Sentences {

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt",
      "gov", "sen", "rep", "jr", "sr", "vs", "no", "inc", "corp", "co", "ltd", "jan", "feb", "aug", "sept", "oct",
      "nov", "dec", "т", "г", "им", "ул", "тыс", "млн", "млрд", "св");

  private Sentences() {}

  /** The sentence spans of {@code text}, trimmed, in order; empty for blank text. */
  public static List<Span> split(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n';
      if (!lineBreak && c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int j = i + 1;
      while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '”' || text.charAt(j) == '»' || text.charAt(j) == ')')) {
        j++;
      }
      if (!lineBreak) {
        if (j >= n || !Character.isWhitespace(text.charAt(j))) {
          continue;
        }
        int k = j;
        while (k < n && Character.isWhitespace(text.charAt(k))) {
          k++;
        }
        if (k < n && !startsSentence(text.charAt(k))) {
          continue;
        }
        if (c == '.' && abbreviation(text, i)) {
          continue;
        }
      }
      add(out, text, start, j);
      start = j;
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“«'‘(—–-".indexOf(c) >= 0;
  }

  private static boolean abbreviation(String text, int dot) {
    int s = dot;
    while (s > 0 && Character.isLetter(text.charAt(s - 1))) {
      s--;
    }
    String word = text.substring(s, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial, or a letter of "U.S."
    }
    return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static void add(List<Span> out, String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (to > from) {
      out.add(new Span(from, to));
    }
  }
}
