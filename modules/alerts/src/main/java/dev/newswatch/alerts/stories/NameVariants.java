package dev.newswatch.alerts.stories;

import dev.newswatch.analysis.entities.Gazetteer;
import dev.newswatch.analysis.entities.GazetteerEntry;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The other spellings of each known entity, from the gazetteer the tagger matched it with: its aliases in
 * Latin and Cyrillic script (and any other), full names first. Inflected forms and bare surnames are left
 * out when the entry has full-name aliases ("Лукашенко", "Łukaszenki" for Alexander Lukashenko), and so is
 * the canonical name itself; what is left is cut to {@value #PER_SCRIPT} per script, Latin first, then
 * Cyrillic, then the rest, so a card shows both scripts.
 */
public final class NameVariants {

  static final int PER_SCRIPT = 4;
  private final Map<String, List<String>> byId;

  private NameVariants(Map<String, List<String>> byId) {
    this.byId = Map.copyOf(byId);
  }

  /** The variants of every entry of {@code gazetteer}. */
  public static NameVariants of(Gazetteer gazetteer) {
    Map<String, List<String>> byId = new HashMap<>();
    for (GazetteerEntry e : gazetteer.entries()) {
      List<String> variants = variants(e);
      if (!variants.isEmpty()) {
        byId.put(e.id(), variants);
      }
    }
    return new NameVariants(byId);
  }

  /** The variants of the bundled gazetteer's entries. */
  public static NameVariants bundled() {
    return of(Gazetteer.bundled());
  }

  /** The other spellings of entity {@code id} ({@code person:bialiatski}); empty for an unknown id. */
  public List<String> of(String id) {
    return id == null ? List.of() : byId.getOrDefault(id, List.of());
  }

  static List<String> variants(GazetteerEntry e) {
    boolean fullNames = e.aliases().stream().anyMatch(a -> a.strip().contains(" "));
    Map<String, String> distinct = new LinkedHashMap<>();
    String canonical = e.name().strip().toLowerCase(Locale.ROOT);
    for (String alias : e.aliases()) {
      String a = alias.strip();
      String key = a.toLowerCase(Locale.ROOT);
      if (a.isEmpty() || key.equals(canonical) || fullNames && !a.contains(" ")) {
        continue;
      }
      distinct.putIfAbsent(key, a);
    }
    List<String> latin = new ArrayList<>();
    List<String> cyrillic = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String a : distinct.values()) {
      List<String> into = switch (script(a)) {
        case LATIN -> latin;
        case CYRILLIC -> cyrillic;
        default -> other;
      };
      if (into.size() < PER_SCRIPT) {
        into.add(a);
      }
    }
    List<String> out = new ArrayList<>(latin);
    out.addAll(cyrillic);
    out.addAll(other);
    return List.copyOf(out);
  }

  private static UnicodeScript script(String text) {
    return text.codePoints().filter(Character::isLetter).mapToObj(UnicodeScript::of).findFirst()
        .orElse(UnicodeScript.COMMON);
  }
}
