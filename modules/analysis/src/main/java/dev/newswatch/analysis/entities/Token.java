package dev.newswatch.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of a text with its offsets; dotted acronyms ("U.S.") are one word without dots.
 *
 * @param text  the word as written (dots removed from acronyms)
 * @param start offset of its first character
 * @param end   offset after its last character
 */
public record Token(String text, int start, int end) {

  private static final Pattern WORD = Pattern.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{M}][\\p{L}\\p{M}'’]*|\\d[\\d,.]*\\d|\\d");

  /** The words of {@code text}, in order. */
  public static List<Token> split(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      int end = m.end();
      if (w.endsWith("'s") || w.endsWith("’s")) {
        w = w.substring(0, w.length() - 2);
        end -= 2;
      }
      if (w.indexOf('.') > 0 && Character.isLetter(w.charAt(0))) {
        w = w.replace(".", "");
      }
      tokens.add(new Token(w, m.start(), end));
    }
    return tokens;
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
