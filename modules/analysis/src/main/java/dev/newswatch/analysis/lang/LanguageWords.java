package dev.newswatch.analysis.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word lists of all languages in use, by role: the fact, entity and country steps ask for a role
 * and get every language's words for it, so an article in any of them (or a mixed one) is read alike and
 * a new language only brings its lists.
 *
 * <p>An entry is a word or a phrase, lower case. In pattern roles a {@code *} at the end of a word means
 * "and any letters after" ({@code thank*} is thank, thanks, thanked; {@code call* for}), a space any run of
 * white space, and without {@code *} the word must end there. In prefix roles (the fact words) every entry is a word start.
 */
public final class LanguageWords {

  /** The roles a language file may give words for, with what each is for. */
  public static final Map<String, String> ROLES = Map.ofEntries(
      Map.entry("release", "fact step: starts of words that say people were released (prefixes)"),
      Map.entry("remain", "fact step: starts of words that say prisoners remain (prefixes)"),
      Map.entry("total", "fact step: starts of words that make a count a running total (prefixes)"),
      Map.entry("people", "fact step: starts of words for people a count counts (prefixes)"),
      Map.entry("destination", "fact step: starts of verbs of taking people somewhere (prefixes)"),
      Map.entry("to", "fact step: prepositions before a destination (words)"),
      Map.entry("border", "tag step: 'border' between a destination preposition and a place: 'to the Lithuanian border' (patterns)"),
      Map.entry("with", "fact step: 'with' before '51 other prisoners' (words)"),
      Map.entry("other", "fact step: 'other' after such a count (words)"),
      Map.entry("target", "country step: prepositions before a sanctioned party (patterns)"),
      Map.entry("in", "country step: 'in', 'from' before the place a release happened (patterns)"),
      Map.entry("agent", "country step: 'by' before who acts in a passive sentence (patterns)"),
      Map.entry("president", "country step: titles between 'by' and a leader's name (patterns)"),
      Map.entry("releasedBy", "country step: release participles before 'by' (patterns)"),
      Map.entry("passive", "country step: passive release words after a nationality (patterns)"),
      Map.entry("prepositions", "country step: prepositions that end a subject ('thanked the US for') (words)"),
      Map.entry("envoy", "country and entity steps: envoy, ambassador... (patterns)"),
      Map.entry("citizen", "country step: nouns after a nationality that make it the people's (patterns)"),
      Map.entry("citizensOf", "country step: 'citizens of' before a country (patterns)"),
      Map.entry("peopleSuffixes", "country step: endings of a people's plural name (Lithuanians) (suffixes)"),
      Map.entry("comment", "country step: verbs of commenting after a leader or place (patterns)"),
      Map.entry("react", "country step: verbs of reacting (welcome, thank, condemn): who reacts does not act (patterns)"),
      Map.entry("sanction", "country step: sanction words after an imposing country (patterns)"),
      Map.entry("party", "country step: sanctioned parties after a nationality: officials, companies, judges (patterns)"),
      Map.entry("role", "tag step: occupations between a nationality and a name (patterns)"),
      Map.entry("minority", "tag step: 'minority' right before a nationality: a member of a minority is no foreigner (patterns)"),
      Map.entry("notNames", "person candidates: capitalised words that are not names (words)"),
      Map.entry("background", "tag step: words before a hit that place its event earlier, as background: 'a month after' (patterns)"),
      Map.entry("ago", "tag step: words up to three words after a hit that place its event earlier: 'six weeks ago', 'hace seis semanas' (patterns)"),
      Map.entry("demand", "tag step: words before a hit that make it a demand, not an event: 'calls for', 'urged' (patterns)"),
      Map.entry("condition", "tag step: words before a hit that make it a condition: 'if', 'unless' (patterns)"),
      Map.entry("price", "tag step: words right before a hit that make it the price of a deal: 'in return for' (patterns)"));

  /** The role names. */
  public static final Set<String> KEYS = ROLES.keySet();

  private final List<Language> languages;

  /** The words of {@code languages}. */
  public LanguageWords(List<Language> languages) {
    this.languages = List.copyOf(languages);
  }

  /**
   * The words of some of these languages only: an article's own, so that a short word of one language
   * ("a", "w", "de") does not take a role in a text written in another.
   *
   * @param codes language codes; unknown ones are ignored, and none at all gives all languages
   */
  public LanguageWords only(java.util.Collection<String> codes) {
    List<Language> some = languages.stream().filter(l -> codes.contains(l.code())).toList();
    return some.isEmpty() ? this : new LanguageWords(some);
  }

  /** The languages the words come from. */
  public List<Language> languages() {
    return languages;
  }

  /** Every language's entries for {@code role}, in file order, without duplicates. */
  public List<String> all(String role) {
    requireRole(role);
    Set<String> out = new LinkedHashSet<>();
    for (Language l : languages) {
      out.addAll(l.words(role));
    }
    return List.copyOf(out);
  }

  /** The entries of {@code role} as word starts (a trailing {@code *} dropped). */
  public List<String> prefixes(String role) {
    return all(role).stream().map(w -> w.endsWith("*") ? w.substring(0, w.length() - 1) : w).distinct().toList();
  }

  /** The entries of {@code role} as a set of whole words. */
  public Set<String> words(String role) {
    return Set.copyOf(all(role));
  }

  /**
   * The entries of {@code role} as one regex alternation, longest first, in a non-capturing group. Each
   * starts at a word start; see the class comment for {@code *} and spaces. Never empty: a role without
   * entries gives a group that matches nothing.
   */
  public String regex(String role) {
    List<String> entries = new ArrayList<>(all(role));
    if (entries.isEmpty()) {
      return "(?!)";
    }
    entries.sort(Comparator.comparingInt(String::length).reversed());
    // One word-start test in front of the alternatives: most positions are inside words and fail it at once.
    StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{M}])(?:");
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        b.append('|');
      }
      b.append(entryBody(entries.get(i)));
    }
    return b.append(')').toString();
  }

  /** The entries of {@code role} as word starts, one alternation (for the prefix roles). */
  public String prefixRegex(String role) {
    List<String> entries = prefixes(role);
    if (entries.isEmpty()) {
      return "(?!)";
    }
    return "(?<![\\p{L}\\p{M}])(?:" + String.join("|", entries.stream().map(Pattern::quote).toList()) + ")";
  }

  /** The suffixes of {@code role} as an alternation matched at a word's end. */
  public String suffixRegex(String role) {
    List<String> entries = all(role);
    if (entries.isEmpty()) {
      return "(?!)";
    }
    return "(?:" + String.join("|", entries.stream().map(Pattern::quote).toList()) + ")";
  }

  private static String entryBody(String entry) {
    StringBuilder b = new StringBuilder();
    String[] parts = entry.strip().split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        b.append("\\s+");
      }
      String part = parts[i];
      boolean open = part.endsWith("*");
      b.append(Pattern.quote(open ? part.substring(0, part.length() - 1) : part));
      b.append(open ? "[\\p{L}\\p{M}]*" : "(?![\\p{L}\\p{M}])");
    }
    return b.toString();
  }

  private static void requireRole(String role) {
    if (!KEYS.contains(role)) {
      throw new IllegalArgumentException("unknown word role " + role);
    }
  }
}
