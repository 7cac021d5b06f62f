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
    List<String> words = new ArrayList<>(text.length() / 5);
    Buffer word = new Buffer();
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          word.append(c);
        } else if (c >= 'A' && c <= 'Z') {
          word.append((char) (c + 32));
        } else {
          endWord(word, words, letters);
        }
        continue;
      }
      String folded = foldChar(c);
      if (folded == null) {
        endWord(word, words, letters);
      } else {
        for (int j = 0; j < folded.length(); j++) {
          word.append(folded.charAt(j));
        }
      }
    }
    endWord(word, words, letters);
    flush(letters, words);
    return words;
  }

  /** The chars of the word being read (a growable char array: no per-char bounds bookkeeping of a builder). */
  private static final class Buffer {
    char[] chars = new char[32];
    int length;

    void append(char c) {
      if (length == chars.length) {
        chars = java.util.Arrays.copyOf(chars, length * 2);
      }
      chars[length++] = c;
    }
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

  private static void endWord(Buffer word, List<String> words, StringBuilder letters) {
    if (word.length == 0) {
      return;
    }
    // "U.S." folds to "u s" where another outlet writes "US": runs of single letters become one word.
    if (word.length == 1 && Character.isLetter(word.chars[0])) {
      letters.append(word.chars[0]);
    } else {
      flush(letters, words);
      words.add(new String(word.chars, 0, word.length));
    }
    word.length = 0;
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
    return skeletonOf(word).skeleton;
  }

  /**
   * A word's skeleton and its {@link Hashing#hash hash}, as memoised by {@link #skeletonOf} (public for the
   * shingler of {@code cluster.dup}, which reads both).
   */
  public static final class Skeleton {
    final String word;
    public final String skeleton;
    public final long hash;

    private Skeleton(String word, String skeleton) {
      this.word = word;
      this.skeleton = skeleton;
      this.hash = Hashing.hash(skeleton);
    }
  }

  /** Recently seen words and their skeletons (see {@link WordSlots}). */
  private static final WordSlots<Skeleton> SKELETONS =
      new WordSlots<>(1 << 14, s -> s.word, ClusterText::makeSkeleton);

  /** The memoised {@link #skeleton(String) skeleton} of {@code word} with its hash. */
  public static Skeleton skeletonOf(String word) {
    return SKELETONS.get(word);
  }

  private static Skeleton makeSkeleton(String word) {
    String skeleton;
    if (word.isEmpty() || Character.isDigit(word.charAt(0))) {
      skeleton = word;
    } else {
      char[] out = new char[word.length()];
      skeleton = new String(out, 0, skeleton(word, out, 0));
    }
    return new Skeleton(word, skeleton);
  }

  /**
   * Writes the {@link #skeleton(String) skeleton} of {@code word} into {@code out} from {@code at} (at most
   * {@code word.length()} chars) and returns the end: the same skeleton without building a string.
   */
  static int skeleton(String word, char[] out, int at) {
    int len = word.length();
    if (len == 0 || Character.isDigit(word.charAt(0))) {
      word.getChars(0, len, out, at);
      return at + len;
    }
    int pos = at;
    char last = 0;
    for (int i = 0; i < len; i++) {
      char c = word.charAt(i);
      char next = i + 1 < len ? word.charAt(i + 1) : 0;
      char o;
      if ((c == 's' || c == 'c' || c == 'z' || c == 'k') && next == 'h') {
        o = c == 'k' ? 'h' : c;
        i++;
      } else if ((c == 't' && (next == 's' || next == 'z')) || (c == 'c' && next == 'z')) {
        // Ц is "ts" in one spelling and "t" in another (Ціханоўскі / Тихановский): both become t.
        o = 't';
        i++;
      } else if ((c == 'v' || c == 'w') && isVowel(last(word, i)) && !isVowel(next)) {
        // Belarusian ў and Russian в: "-ouski" and "-ovsky" are one ending.
        o = 'a';
      } else if (c == 'w') {
        o = 'v';
      } else if (c == 'j') {
        o = 'y';
      } else {
        o = c;
      }
      boolean vowel = isVowel(o);
      if (pos == at) {
        out[pos++] = vowel ? 'a' : o;
        last = vowel ? 0 : o;
      } else if (vowel || o == 'h') {
        last = 0;
      } else if (o != last) {
        out[pos++] = o;
        last = o;
      }
    }
    return pos;
  }

  private static char last(String word, int i) {
    return i > 0 ? word.charAt(i - 1) : 0;
  }

  /** a, e, i, o, u and y as bits of {@code c - 'a'}. */
  private static final int VOWELS = 1 | 1 << ('e' - 'a') | 1 << ('i' - 'a') | 1 << ('o' - 'a') | 1 << ('u' - 'a')
      | 1 << ('y' - 'a');

  private static boolean isVowel(char c) {
    int d = c - 'a';
    return d >= 0 && d < 26 && (VOWELS >>> d & 1) != 0;
  }
}
