package dev.newswatch.analysis.entities;

import dev.newswatch.analysis.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A word of a text with its offsets; dotted acronyms ("U.S.") are one word without dots.
 *
 * @param text  the word as written (dots removed from acronyms)
 * @param start offset of its first character
 * @param end   offset after its last character
 */
public record Token(String text, int start, int end) {

  /**
   * The words of {@code text}, in order: dotted acronyms of two letters or more ("U.S."), runs of letters and
   * marks with inner apostrophes, and numbers with inner commas and dots ("1,257"). A trailing possessive
   * "'s" is not part of the word. Scans by hand: this runs on every word of every article.
   */
  public static List<Token> split(String text) {
    int[] b = bounds(text);
    List<Token> tokens = new ArrayList<>(b[0]);
    for (int k = 0; k < b[0]; k++) {
      int start = b[1 + 3 * k];
      int end = b[2 + 3 * k];
      String word = text.substring(start, end);
      tokens.add(new Token(b[3 + 3 * k] != 0 ? word.replace(".", "") : word, start, end));
    }
    return tokens;
  }

  /**
   * The words of {@code text} as {@link #split} finds them, without making them: {@code [n, start, end, dotted,
   * start, end, dotted, ...]} with a word's offsets and 1 when it is a dotted acronym (its text is its characters
   * without dots), else 0 (its text is {@code text.substring(start, end)}).
   */
  static int[] bounds(String text) {
    int[] out = new int[1 + 3 * 64];
    int count = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int end = acronymEnd(text, i);
      int from = i;
      boolean dotted = false;
      if (end > 0) {
        dotted = true;
        i = end;
      } else if (TextNormalizer.isLetterOrMark(cp)) {
        end = i + Character.charCount(cp);
        while (end < n) {
          int c = text.codePointAt(end);
          if (!TextNormalizer.isLetterOrMark(c) && c != '\'' && c != '’') {
            break;
          }
          end += Character.charCount(c);
        }
        if (end - i > 2 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')) {
          end -= 2;
          i = end + 2;
        } else {
          i = end;
        }
      } else if (isDigit(cp)) {
        int run = i + 1;
        int lastDigit = i;
        while (run < n && (isDigit(text.charAt(run)) || text.charAt(run) == ',' || text.charAt(run) == '.')) {
          if (isDigit(text.charAt(run))) {
            lastDigit = run;
          }
          run++;
        }
        end = lastDigit + 1;
        i = end;
      } else {
        i += Character.charCount(cp);
        continue;
      }
      if (3 * count + 4 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[1 + 3 * count] = from;
      out[2 + 3 * count] = end;
      out[3 + 3 * count] = dotted ? 1 : 0;
      count++;
    }
    out[0] = count;
    return out;
  }

  /** The end of two or more "upper-case letter, dot" pairs starting at {@code i}, or -1. */
  private static int acronymEnd(String text, int i) {
    int end = i;
    int pairs = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int next = end + Character.charCount(cp);
      // The dot test first: it rules out nearly every word without a Unicode lookup.
      if (next >= text.length() || text.charAt(next) != '.' || Character.getType(cp) != Character.UPPERCASE_LETTER) {
        break;
      }
      end = next + 1;
      pairs++;
    }
    return pairs >= 2 ? end : -1;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** True when the word starts with an upper-case letter. */
  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** True when the word is all upper-case letters (an acronym such as "US" or "США"). */
  public boolean acronym() {
    if (text.length() < 2 || text.length() > 5) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
