package dev.newswatch.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import dev.newswatch.analysis.text.WordMemo;
import dev.newswatch.analysis.text.WordTable;

/**
 * Finds gazetteer entities in text, tolerant of transliteration and inflection (see {@link NameKey}).
 * A word matches an alias word when their keys are equal; or, for keys of five letters or more, when
 * they differ only in vowels at the same places ("balack"/"belack"); or, for keys of eight letters or
 * more, by one edit ("cihanavsk"/"tihanavsk"). Acronym aliases ("US", "ЕС") match only the same
 * letters in capitals, and people and organisations only capitalised words, which keeps common words
 * from matching. Immutable and thread-safe.
 */
public final class EntityMatcher {

  // Six, not five: at five letters a vowel difference joins too many ordinary capitalised words to names
  // (German "Boden" and "Baden" to Biden).
  private static final int MIN_VOWEL_FUZZY = 6;
  private static final int MIN_EDIT_FUZZY = 8;

  private final Map<String, List<Alias>> byKey = new HashMap<>();
  private final Map<String, List<Alias>> bySkeleton = new HashMap<>();
  private final Map<String, List<Alias>> byDeletion = new HashMap<>();
  private final Map<String, List<Alias>> byAcronym = new HashMap<>();
  private final NameKey names;

  // What a word can start: its key and candidate aliases. Costly (fuzzy keys, deletions) and news repeats its
  // words, so it is kept per word, in a table per thread looked up by the word's place in the text (no
  // substring, no String hash); bounded like NameKey's cache.
  private static final int MAX_LOOKUPS = 100_000;
  private final ThreadLocal<WordTable<Lookup>> lookups = WordTable.perThread(MAX_LOOKUPS);
  // Words that start no alias (for a lower-case word: no place), so most words skip even that look-up.
  private final ThreadLocal<WordMemo> startsNothing = ThreadLocal.withInitial(() -> new WordMemo(8192));

  /**
   * One alias: its words' keys and the entry it names. {@code exact} marks words that match only as written:
   * {@link #ACRONYM} for acronyms (same capitals), {@link #SPELLED} for words of three letters or fewer
   * (Italian "Ue") and words whose key has three letters or fewer ("Russia" and Polish "rusza", "Estija" and
   * French "est", "Китай" and "kit" would otherwise share a key), which match the same spelling, ignoring case
   * only when the text word is capitalised.
   */
  private record Alias(GazetteerEntry entry, String[] keys, String[] words, boolean needsContext, String[] skeletons,
      String[] shapes, byte[] exact) {}

  private static final byte FUZZY = 0;
  private static final byte ACRONYM = 1;
  private static final byte SPELLED = 2;
  private static final int MAX_SPELLED = 3;

  /**
   * A word's key (with its consonant skeleton and vowel shape), the gender its ending suggests, and the aliases
   * it may start (all, and only those of places for a lower-case word).
   */
  private record Lookup(String key, String skeleton, String shape, char gender, List<Alias> candidates,
      List<Alias> places) {}

  /** A matcher over all entries of {@code gazetteer}. */
  public EntityMatcher(Gazetteer gazetteer) {
    this.names = NameKey.fromGazetteer(gazetteer);
    for (GazetteerEntry e : gazetteer.entries()) {
      List<String> plain = new ArrayList<>(e.aliases());
      plain.add(e.name());
      if (e.isPerson()) {
        // A person is often named by surname alone; unless the surname is also listed as a context alias (an
        // ordinary word such as Polish "znak"), when it counts alone only with context.
        for (String a : List.copyOf(plain)) {
          List<Token> words = Token.split(a);
          String last = words.size() > 1 ? words.get(words.size() - 1).text() : null;
          if (last != null && !e.contextAliases().contains(last)) {
            plain.add(last);
          }
        }
      }
      plain.stream().distinct().forEach(a -> add(e, a, false));
      e.contextAliases().forEach(a -> add(e, a, true));
    }
  }

  private void add(GazetteerEntry e, String alias, boolean needsContext) {
    List<Token> words = Token.split(alias);
    if (words.isEmpty()) {
      return;
    }
    String[] keys = new String[words.size()];
    String[] surfaces = new String[words.size()];
    String[] skeletons = new String[words.size()];
    String[] shapes = new String[words.size()];
    byte[] exact = new byte[words.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = names.key(words.get(i).text());
      exact[i] = words.get(i).acronym() ? ACRONYM
          : words.get(i).text().length() <= MAX_SPELLED || keys[i].length() <= MAX_SPELLED ? SPELLED : FUZZY;
      surfaces[i] = words.get(i).text();
      skeletons[i] = NameKey.skeleton(keys[i]);
      shapes[i] = NameKey.shape(keys[i]);
    }
    Alias a = new Alias(e, keys, surfaces, needsContext, skeletons, shapes, exact);
    Token first = words.get(0);
    if (first.acronym()) {
      byAcronym.computeIfAbsent(first.text(), k -> new ArrayList<>()).add(a);
      return;
    }
    String key = keys[0];
    if (key.length() < 2) {
      return;
    }
    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
    if (key.length() >= MIN_VOWEL_FUZZY) {
      bySkeleton.computeIfAbsent(NameKey.skeleton(key) + "|" + NameKey.shape(key), k -> new ArrayList<>()).add(a);
    }
    if (key.length() >= MIN_EDIT_FUZZY) {
      for (String d : deletions(key)) {
        byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(a);
      }
    }
  }

  /**
   * The entities named in {@code text}, left to right, longest alias first where two overlap.
   *
   * @param text plain text
   */
  public List<EntityMention> find(String text) {
    Words words = new Words(text, Token.bounds(text));
    // The lower-cased text, made only when an alias that needs context fits: most articles never need it.
    String[] folded = {null, text};
    List<EntityMention> found = new ArrayList<>();
    WordMemo none = startsNothing.get();
    int i = 0;
    while (i < words.n) {
      Alias best = null;
      boolean acronym = words.acronym(i);
      if (acronym) {
        best = longest(byAcronym.get(words.text(i)), words, i, folded);
      }
      int start = words.start(i);
      if (best == null && isLetter(text.charAt(start))) {
        // Most words start no name: the memo says so without the word's look-up.
        boolean inPlace = !words.dotted(i);
        if (!inPlace || none.get(text, start, words.end(i)) != 1) {
          Lookup l = key(words, i);
          // Only places match lower-case words: skip the rest without looking at them.
          List<Alias> c = words.capitalized(i) ? l.candidates() : l.places();
          if (c.isEmpty()) {
            if (inPlace) {
              none.put(text, start, words.end(i), 1);
            }
          } else {
            best = longest(c, words, i, folded);
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int end = words.end(i + best.keys().length - 1);
      GazetteerEntry e = best.entry();
      found.add(new EntityMention(e.id(), e.type(), e.name(), e.country(), text.substring(start, end), start, end, e));
      i += best.keys().length;
    }
    return found;
  }

  /**
   * The words of one text as offsets (see {@link Token#bounds}), with what the matcher asks of them computed from
   * the text in place, and their look-ups once made; a word's string is made only for acronyms and dotted words.
   */
  private static final class Words {
    final String text;
    final int[] b;
    final int n;
    final Lookup[] keys;

    Words(String text, int[] bounds) {
      this.text = text;
      this.b = bounds;
      this.n = bounds[0];
      this.keys = new Lookup[n];
      for (int k = 0; k < n; k++) {
        if (b[3 + 3 * k] == 0) {
          b[1 + 3 * k] = afterElision(text, b[1 + 3 * k], b[2 + 3 * k]);
        }
      }
    }

    /**
     * Where a word starts after an elided French or Italian article or preposition ("l'Union", "dell'Ue",
     * "d'Ukraine"): after an apostrophe that follows one to four letters and precedes a letter.
     */
    private static int afterElision(String text, int start, int end) {
      int limit = Math.min(start + 5, end - 1);
      for (int i = start; i < limit; i++) {
        char c = text.charAt(i);
        if ((c == '\'' || c == '’') && i > start) {
          return Character.isLetter(text.charAt(i + 1)) ? i + 1 : start;
        }
        // A capital only first, and not the Irish "O'" (O'Brien): "L'Union", "Dell'Ue".
        boolean lower = c >= 'a' && c <= 'z';
        boolean capital = i == start && c >= 'A' && c <= 'Z' && c != 'O';
        if (!lower && !capital) {
          return start;
        }
      }
      return start;
    }

    int start(int i) {
      return b[1 + 3 * i];
    }

    int end(int i) {
      return b[2 + 3 * i];
    }

    boolean dotted(int i) {
      return b[3 + 3 * i] != 0;
    }

    /** As {@link Token#text()}. */
    String text(int i) {
      String w = text.substring(start(i), end(i));
      return dotted(i) ? w.replace(".", "") : w;
    }

    /** As {@link Token#capitalized()}: the first character is the same with or without dots. */
    boolean capitalized(int i) {
      return Character.isUpperCase(text.codePointAt(start(i)));
    }

    /** As {@link Token#acronym()}. */
    boolean acronym(int i) {
      if (dotted(i)) {
        return new Token(text(i), start(i), end(i)).acronym();
      }
      int from = start(i);
      int len = end(i) - from;
      if (len < 2 || len > 5) {
        return false;
      }
      for (int k = from; k < from + len; k++) {
        if (!Character.isUpperCase(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }
  }

  private Lookup lookup(WordTable<Lookup> table, String text, int start, int end) {
    Lookup l = table.get(text, start, end);
    if (l == null) {
      String word = text.substring(start, end);
      String key = names.key(word);
      List<Alias> all = candidates(key).stream().filter(a -> !a.entry().excludes().contains(word)).toList();
      l = new Lookup(key, NameKey.skeleton(key), NameKey.shape(key), names.genderOf(word), all,
          all.stream().filter(a -> a.entry().isPlace()).toList());
      table.put(text, start, end, l);
    }
    return l;
  }

  private List<Alias> candidates(String key) {
    List<Alias> out = new ArrayList<>(byKey.getOrDefault(key, List.of()));
    if (key.length() >= MIN_VOWEL_FUZZY) {
      out.addAll(bySkeleton.getOrDefault(NameKey.skeleton(key) + "|" + NameKey.shape(key), List.of()));
    }
    if (key.length() >= MIN_EDIT_FUZZY) {
      out.addAll(byDeletion.getOrDefault(key, List.of()));
      for (String d : deletions(key)) {
        out.addAll(byKey.getOrDefault(d, List.of()));
        out.addAll(byDeletion.getOrDefault(d, List.of()));
      }
    }
    return out;
  }

  private Alias longest(List<Alias> aliases, Words words, int at, String[] folded) {
    if (aliases == null || aliases.isEmpty()) {
      return null;
    }
    Alias best = null;
    int bestScore = Integer.MIN_VALUE;
    Lookup first = key(words, at);
    for (Alias a : aliases) {
      if (!fits(a, words, at, folded)) {
        continue;
      }
      // Longer aliases first; then exact over fuzzy; then the entry whose gender fits the ending.
      int score = a.keys().length * 100;
      if (a.keys()[0].equals(first.key())) {
        score += 10;
      }
      if (a.entry().gender() != null && a.entry().gender().charAt(0) == first.gender()) {
        score += 5;
      }
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    return best;
  }

  private boolean fits(Alias a, Words words, int at, String[] folded) {
    if (at + a.keys().length > words.n) {
      return false;
    }
    GazetteerEntry e = a.entry();
    boolean needsCapital = !e.isPlace();
    for (int j = 0; j < a.keys().length; j++) {
      if (needsCapital && !words.capitalized(at + j)) {
        return false;
      }
      if (!wordFits(a, j, words, at + j)) {
        return false;
      }
    }
    if (a.needsContext()) {
      if (folded[0] == null) {
        folded[0] = folded[1].toLowerCase(Locale.ROOT);
      }
      String lower = folded[0];
      return e.context().stream().anyMatch(c -> lower.contains(c.toLowerCase(Locale.ROOT)));
    }
    return true;
  }

  private boolean wordFits(Alias a, int j, Words words, int i) {
    switch (a.exact()[j]) {
      case ACRONYM:
        return words.text(i).equals(a.words()[j]);
      case SPELLED:
        String w = words.text(i);
        return words.capitalized(i) ? w.equalsIgnoreCase(a.words()[j]) : w.equals(a.words()[j]);
      default:
        return similar(a, j, key(words, i));
    }
  }

  private static boolean similar(Alias alias, int word, Lookup token) {
    String aliasKey = alias.keys()[word];
    String key = token.key();
    if (aliasKey.equals(key)) {
      return true;
    }
    if (key.length() >= MIN_VOWEL_FUZZY && token.skeleton().equals(alias.skeletons()[word])
        && token.shape().equals(alias.shapes()[word])) {
      return true;
    }
    return key.length() >= MIN_EDIT_FUZZY && aliasKey.length() >= MIN_EDIT_FUZZY && editDistance(aliasKey, key) <= 1;
  }

  private Lookup key(Words words, int i) {
    if (words.keys[i] == null) {
      WordTable<Lookup> table = lookups.get();
      if (words.dotted(i)) {
        String w = words.text(i);
        words.keys[i] = lookup(table, w, 0, w.length());
      } else {
        words.keys[i] = lookup(table, words.text, words.start(i), words.end(i));
      }
    }
    return words.keys[i];
  }

  private static boolean isLetter(char c) {
    return c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c);
  }

  private static List<String> deletions(String key) {
    List<String> out = new ArrayList<>(key.length());
    for (int i = 0; i < key.length(); i++) {
      out.add(key.substring(0, i) + key.substring(i + 1));
    }
    return out;
  }

  /** Levenshtein distance, capped: returns 2 as soon as it is known to exceed 1. */
  static int editDistance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return 2;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
