package dev.newswatch.analysis.cluster;

import dev.newswatch.analysis.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Text forms used for matching copies of one article across outlets: {@link TextNormalizer#fold folded}
 * (case, accents, punctuation and whitespace gone), Cyrillic transliterated to Latin, and each word reduced
 * to a consonant {@link #skeleton skeleton} so that spelling variants of one name meet: "Беляцкий",
 * "Bialiatski" and "Byalyatsky" all become {@code bltsk}, "Lukashenko" and "Lukašenka" become
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

  /** The folded, transliterated words of {@code text}, in order (no empty words). */
  public static List<String> words(String text) {
    String folded = latin(TextNormalizer.fold(text)).strip();
    if (folded.isEmpty()) {
      return List.of();
    }
    List<String> words = new ArrayList<>();
    for (String w : folded.split(" ")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
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
   * The consonant skeleton of a folded Latin word: common digraphs merged ("sh", "ch", "zh", "kh", "ts",
   * "tz", "cz" to one letter), "h", "w" folded ({@code w} as {@code v}), vowels (with {@code y}) dropped
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
        out = 'c';
        i++;
      } else if (c == 'w') {
        out = 'v';
      } else if (c == 'j') {
        out = 'y';
      } else {
        out = c;
      }
      boolean vowel = out == 'a' || out == 'e' || out == 'i' || out == 'o' || out == 'u' || out == 'y';
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
}
