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
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int end = acronymEnd(text, i);
      if (end > 0) {
        tokens.add(new Token(text.substring(i, end).replace(".", ""), i, end));
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
          tokens.add(new Token(text.substring(i, end), i, end));
          i = end + 2;
        } else {
          tokens.add(new Token(text.substring(i, end), i, end));
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
        tokens.add(new Token(text.substring(i, end), i, end));
        i = end;
      } else {
        i += Character.charCount(cp);
      }
    }
    return tokens;
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
