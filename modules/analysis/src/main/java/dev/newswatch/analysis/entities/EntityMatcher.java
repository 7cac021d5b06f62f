package dev.newswatch.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds gazetteer entities in text, tolerant of transliteration and inflection (see {@link NameKey}).
 * A word matches an alias word when their keys are equal; or, for keys of five letters or more, when
 * they differ only in vowels at the same places ("balack"/"belack"); or, for keys of eight letters or
 * more, by one edit ("cihanavsk"/"tihanavsk"). Acronym aliases ("US", "ЕС") match only the same
 * letters in capitals, and people and organisations only capitalised words, which keeps common words
 * from matching. Immutable and thread-safe.
 */
public final class EntityMatcher {

  private static final int MIN_VOWEL_FUZZY = 5;
  private static final int MIN_EDIT_FUZZY = 8;

  private final Map<String, List<Alias>> byKey = new HashMap<>();
  private final Map<String, List<Alias>> bySkeleton = new HashMap<>();
  private final Map<String, List<Alias>> byDeletion = new HashMap<>();
  private final Map<String, List<Alias>> byAcronym = new HashMap<>();

  // What a word can start: its key and candidate aliases. Costly (fuzzy keys, deletions) and news repeats its
  // words, so it is kept per word; bounded like NameKey's cache.
  private static final int MAX_LOOKUPS = 200_000;
  private final java.util.concurrent.ConcurrentHashMap<String, Lookup> lookups =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** One alias: its words' keys and the entry it names. */
  private record Alias(GazetteerEntry entry, String[] keys, String[] words, boolean needsContext, String[] skeletons,
      String[] shapes) {}

  /**
   * A word's key (with its consonant skeleton and vowel shape), the gender its ending suggests, and the aliases
   * it may start (all, and only those of places for a lower-case word).
   */
  private record Lookup(String key, String skeleton, String shape, char gender, List<Alias> candidates,
      List<Alias> places) {}

  /** A matcher over all entries of {@code gazetteer}. */
  public EntityMatcher(Gazetteer gazetteer) {
    for (GazetteerEntry e : gazetteer.entries()) {
      List<String> plain = new ArrayList<>(e.aliases());
      plain.add(e.name());
      if (e.isPerson()) {
        // A person is often named by surname alone.
        for (String a : List.copyOf(plain)) {
          List<Token> words = Token.split(a);
          if (words.size() > 1) {
            plain.add(words.get(words.size() - 1).text());
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
    for (int i = 0; i < keys.length; i++) {
      keys[i] = NameKey.of(words.get(i).text());
      surfaces[i] = words.get(i).text();
      skeletons[i] = NameKey.skeleton(keys[i]);
      shapes[i] = NameKey.shape(keys[i]);
    }
    Alias a = new Alias(e, keys, surfaces, needsContext, skeletons, shapes);
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
    List<Token> tokens = Token.split(text);
    // The lower-cased text, made only when an alias that needs context fits: most articles never need it.
    String[] folded = {null, text};
    List<EntityMention> found = new ArrayList<>();
    Lookup[] keys = new Lookup[tokens.size()];
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      Alias best = null;
      if (t.acronym()) {
        best = longest(byAcronym.get(t.text()), tokens, keys, i, folded);
      }
      if (best == null && Character.isLetter(t.text().charAt(0))) {
        Lookup l = key(tokens, keys, i);
        // Only places match lower-case words: skip the rest without looking at them.
        List<Alias> c = t.capitalized() ? l.candidates() : l.places();
        best = c.isEmpty() ? null : longest(c, tokens, keys, i, folded);
      }
      if (best == null) {
        i++;
        continue;
      }
      Token last = tokens.get(i + best.keys().length - 1);
      GazetteerEntry e = best.entry();
      found.add(new EntityMention(e.id(), e.type(), e.name(), e.country(), text.substring(t.start(), last.end()),
          t.start(), last.end(), e));
      i += best.keys().length;
    }
    return found;
  }

  private Lookup lookup(String word) {
    Lookup l = lookups.get(word);
    if (l == null) {
      String key = NameKey.of(word);
      List<Alias> all = List.copyOf(candidates(key));
      l = new Lookup(key, NameKey.skeleton(key), NameKey.shape(key), NameKey.gender(word), all,
          all.stream().filter(a -> a.entry().isPlace()).toList());
      if (lookups.size() > MAX_LOOKUPS) {
        lookups.clear();
      }
      lookups.put(word, l);
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

  private Alias longest(List<Alias> aliases, List<Token> tokens, Lookup[] keys, int at, String[] folded) {
    if (aliases == null || aliases.isEmpty()) {
      return null;
    }
    Alias best = null;
    int bestScore = Integer.MIN_VALUE;
    Lookup first = key(tokens, keys, at);
    for (Alias a : aliases) {
      if (!fits(a, tokens, keys, at, folded)) {
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

  private boolean fits(Alias a, List<Token> tokens, Lookup[] keys, int at, String[] folded) {
    if (at + a.keys().length > tokens.size()) {
      return false;
    }
    GazetteerEntry e = a.entry();
    boolean needsCapital = !e.isPlace();
    for (int j = 0; j < a.keys().length; j++) {
      Token t = tokens.get(at + j);
      if (needsCapital && !t.capitalized()) {
        return false;
      }
      if (!t.acronym() && !similar(a, j, key(tokens, keys, at + j))) {
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

  private Lookup key(List<Token> tokens, Lookup[] keys, int i) {
    if (keys[i] == null) {
      keys[i] = lookup(tokens.get(i).text());
    }
    return keys[i];
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
