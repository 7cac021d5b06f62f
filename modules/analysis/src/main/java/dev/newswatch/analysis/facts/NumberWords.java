package dev.newswatch.analysis.facts;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.newswatch.analysis.lang.Language;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads cardinal numbers written in words in the languages of a rule file, up to the thousands ("one
 * hundred and twenty-three", "сто двадцать три", "szesnastu", "einunddreißig", "cinquante-deux"), and in
 * digits with thousands separators ("1,257", "1 257"). A language's words come from ICU's spell-out
 * rules for its locale (every case and gender ICU knows: Polish "szesnastu", Russian "шестнадцати") and from
 * the {@code numbers.words} of its file (forms spell-out does not give: "пятерых", "двое"). Immutable,
 * thread-safe.
 */
final class NumberWords {

  /** A number read from words {@code from} (inclusive) to {@code to} (exclusive). */
  record Reading(long value, int from, int to) {}

  /** One language's words: units add up, scales multiply what came before, joiners sit between parts. */
  private record Table(Map<String, Integer> units, Map<String, Integer> scales, Set<String> joiners) {}

  private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

  private final Map<String, Language> byCode = new java.util.LinkedHashMap<>();

  /**
   * The number words of {@code languages}. A language's table is built when a text in it is first read
   * (spelling out a thousand numbers in every case ICU knows takes tens of milliseconds a language), and
   * shared by every reader in the JVM.
   */
  NumberWords(List<Language> languages) {
    languages.forEach(l -> byCode.put(l.code(), l));
  }

  private Table table(String code) {
    Language l = byCode.get(code);
    return l == null ? null : TABLES.computeIfAbsent(code, c -> table(l));
  }

  private static Table table(Language language) {
    Map<String, Integer> units = new HashMap<>();
    Map<String, Integer> scales = new HashMap<>();
    Language.Numbers numbers = language.numbers();
    if (numbers != null && numbers.icu() != null) {
      RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale(numbers.icu()), RuleBasedNumberFormat.SPELLOUT);
      for (String set : f.getRuleSetNames()) {
        if (!set.startsWith("%spellout-cardinal") && !set.equals("%spellout-numbering")) {
          continue;
        }
        for (int n = 1; n <= 1000; n++) {
          spelled(f, set, n, units, scales);
        }
        for (int n = 2000; n <= 9000; n += 1000) {
          spelled(f, set, n, units, scales);
        }
      }
    }
    if (numbers != null) {
      numbers.words().forEach((w, v) -> units.put(w.toLowerCase(Locale.ROOT), v));
    }
    // "сто", "hundred", "mille", "tausend" multiply what stands before them ("two hundred", "deux mille").
    units.entrySet().removeIf(e -> {
      if (e.getValue() == 100 || e.getValue() == 1000) {
        scales.put(e.getKey(), e.getValue());
        return true;
      }
      return false;
    });
    Set<String> joiners = numbers == null ? Set.of() : new HashSet<>(numbers.joiners());
    return new Table(Map.copyOf(units), Map.copyOf(scales), Set.copyOf(joiners));
  }

  private static void spelled(RuleBasedNumberFormat f, String set, int n, Map<String, Integer> units,
      Map<String, Integer> scales) {
    String text = f.format(n, set).replace("\u00AD", "").toLowerCase(Locale.ROOT);
    String[] parts = text.split("[\\s\\-]+");
    if (parts.length == 1) {
      units.putIfAbsent(parts[0], n);
    } else if (n > 100 && n < 1000 && n % 100 != 0) {
      // "ciento veintitrés", "cento e vinte": the hundreds' form that only appears before more words.
      units.putIfAbsent(parts[0], n / 100 * 100);
    } else if (n % 100 == 0) {
      // "deux cents", "dwa tysiące", "две тысячи": the last word is the scale in the form it takes here.
      String last = parts[parts.length - 1];
      scales.putIfAbsent(last, n % 1000 == 0 ? 1000 : 100);
    }
  }

  /**
   * Reads the number starting at word {@code at}, if any, in any of the languages given.
   *
   * @param words     lower-case words of a sentence (hyphenated numbers already split)
   * @param at        the first word to read
   * @param languages the codes of the languages the text may be in; null or empty for all
   * @return the reading, or null when word {@code at} does not start a number
   */
  Reading read(List<String> words, int at, List<String> languages) {
    String first = words.get(at);
    if (Character.isDigit(first.charAt(0))) {
      String digits = first.replace(",", "").replace(" ", "");
      if (digits.indexOf('.') >= 0 || digits.length() > 9) {
        return null;
      }
      return new Reading(Long.parseLong(digits), at, at + 1);
    }
    if (first.equals("a") && at + 1 < words.size() && words.get(at + 1).equals("dozen")) {
      return new Reading(12, at, at + 2);
    }
    Reading best = null;
    for (String code : languages == null || languages.isEmpty() ? byCode.keySet() : languages) {
      Table t = table(code);
      if (t != null) {
        best = longer(best, read(words, at, t));
      }
    }
    return best;
  }

  private static Reading longer(Reading a, Reading b) {
    return a == null || b != null && b.to() > a.to() ? b : a;
  }

  private static Reading read(List<String> words, int at, Table t) {
    long total = 0;
    long current = 0;
    int i = at;
    boolean any = false;
    while (i < words.size()) {
      String w = words.get(i);
      Integer unit = t.units().get(w);
      Integer scale = t.scales().get(w);
      if (unit != null) {
        current += unit;
      } else if (scale != null && scale == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (scale != null) {
        total += (current == 0 ? 1 : current) * scale;
        current = 0;
      } else if (any && t.joiners().contains(w) && i + 1 < words.size() && t.units().containsKey(words.get(i + 1))) {
        i++;
        continue;
      } else {
        break;
      }
      any = true;
      i++;
    }
    return any ? new Reading(total + current, at, i) : null;
  }
}
