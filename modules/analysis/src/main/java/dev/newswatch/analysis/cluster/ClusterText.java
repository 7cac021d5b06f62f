package dev.newswatch.analysis.cluster;

import dev.newswatch.analysis.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text forms used for matching copies of one article across outlets: {@link TextNormalizer#fold folded}
 * (case, accents, punctuation and whitespace gone), Cyrillic transliterated to Latin, and each word reduced
 * to a consonant {@link #skeleton skeleton} so that spelling variants of one name meet: "Беляцкий",
 * "Bialiatski" and "Byalyatsky" all become {@code bltk}, "Tsikhanouski" and "Тихановский" {@code tnsk},
 * "Lukashenko" and "Lukašenka"
 * {@code lksnk}.
 */
public final class ClusterText {

  /** Latin for each Cyrillic letter after folding (folding already turned й into и and ў into у). */
  private static final String[] CYRILLIC = new String[0x100];

  static {
    String pairs = "а a б b в v г g д d е e ж zh з z и i к k л l м m н n о o п p р r с s т t у u ф f х kh "
        + "ц ts ч ch ш sh щ shch ъ _ ы y ь _ э e ю yu я ya ё e і i ї i є ye ґ g";
    String[] p = pairs.split(" ");
    for (int i = 0; i < p.length; i += 2) {
      CYRILLIC[p[i].charAt(0) - 0x400] = "_".equals(p[i + 1]) ? "" : p[i + 1];
    }
  }

  private ClusterText() {}

  /**
   * The folded, transliterated words of {@code text}, in order (no empty words): the same words as
   * {@code latin(TextNormalizer.fold(text))} gives, in one pass. ASCII is folded inline; any other
   * character is folded once (compatibility decomposition, marks removed, lower case, Cyrillic to Latin)
   * and remembered, so a 3 KB article costs no regular expression and no normalizer call.
   */
  public static List<String> words(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder(24);
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String folded;
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          word.append(c);
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          word.append((char) (c + 32));
          continue;
        }
        folded = null;
      } else {
        folded = foldChar(c);
      }
      if (folded == null) {
        endWord(word, words, letters);
      } else {
        word.append(folded);
      }
    }
    endWord(word, words, letters);
    flush(letters, words);
    return words;
  }

  private static final String[] FOLDED = new String[0x10000];
  private static final String BOUNDARY = new String("\u0000");

  /** The folded form of one non-ASCII char: letters/digits, "" for a mark, null for a word boundary. */
  private static String foldChar(char c) {
    String f = FOLDED[c];
    if (f == null) {
      f = computeFold(c);
      FOLDED[c] = f; // benign race: every thread computes the same value
    }
    return f == BOUNDARY ? null : f;
  }

  private static String computeFold(char c) {
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK) {
      return "";
    }
    if (!Character.isLetterOrDigit(c)) {
      return BOUNDARY;
    }
    String folded = TextNormalizer.fold(String.valueOf(c)).strip();
    if (folded.isEmpty() || folded.indexOf(' ') >= 0) {
      return BOUNDARY;
    }
    return latin(folded);
  }

  private static void endWord(StringBuilder word, List<String> words, StringBuilder letters) {
    if (word.isEmpty()) {
      return;
    }
    // "U.S." folds to "u s" where another outlet writes "US": runs of single letters become one word.
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      letters.append(word);
    } else {
      flush(letters, words);
      words.add(word.toString());
    }
    word.setLength(0);
  }

  private static void flush(StringBuilder letters, List<String> words) {
    if (!letters.isEmpty()) {
      words.add(letters.toString());
      letters.setLength(0);
    }
  }

  /**
   * {@code folded} with every Cyrillic letter replaced by its Latin transliteration; other characters are
   * kept. Expects lower-case input, as {@link TextNormalizer#fold} produces.
   */
  public static String latin(String folded) {
    StringBuilder sb = null;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      int slot = c - 0x400;
      if (slot >= 0 && slot < CYRILLIC.length && CYRILLIC[slot] != null) {
        if (sb == null) {
          sb = new StringBuilder(folded.length() + 16).append(folded, 0, i);
        }
        sb.append(CYRILLIC[slot]);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? folded : sb.toString();
  }

  /**
   * The consonant skeleton of a folded Latin word: common digraphs merged ("sh", "ch", "zh", "kh" to one
   * letter, "ts", "tz", "cz" to {@code t}), "h" dropped, {@code w} as {@code v}, a {@code v} between a vowel
   * and a consonant taken as a vowel, vowels (with {@code y}) dropped
   * except a leading one, doubled letters collapsed. Words of digits are returned unchanged. The skeleton
   * loses information on purpose: it only ever serves to compare word sequences, where a neighbouring word
   * disambiguates.
   */
  public static String skeleton(String word) {
    if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
      return word;
    }
    StringBuilder sb = new StringBuilder(word.length());
    char last = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
      char out;
      if ((c == 's' || c == 'c' || c == 'z' || c == 'k') && next == 'h') {
        out = c == 'k' ? 'h' : (c == 'z' ? 'z' : (c == 'c' ? 'c' : 's'));
        i++;
      } else if ((c == 't' && (next == 's' || next == 'z')) || (c == 'c' && next == 'z')) {
        // Ц is "ts" in one spelling and "t" in another (Ціханоўскі / Тихановский): both become t.
        out = 't';
        i++;
      } else if ((c == 'v' || c == 'w') && isVowel(last(word, i)) && !isVowel(next)) {
        // Belarusian ў and Russian в: "-ouski" and "-ovsky" are one ending.
        out = 'a';
      } else if (c == 'w') {
        out = 'v';
      } else if (c == 'j') {
        out = 'y';
      } else {
        out = c;
      }
      boolean vowel = isVowel(out);
      if (sb.isEmpty()) {
        sb.append(vowel ? 'a' : out);
        last = vowel ? 0 : out;
      } else if (vowel || out == 'h') {
        last = 0;
      } else if (out != last) {
        sb.append(out);
        last = out;
      }
    }
    return sb.toString();
  }

  private static char last(String word, int i) {
    return i > 0 ? word.charAt(i - 1) : 0;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
