package dev.newswatch.analysis.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads cardinal numbers written in words, in English, Russian and Belarusian, up to the thousands
 * ("one hundred and twenty-three", "сто двадцать три", "сто дваццаць тры"), and in digits with
 * thousands separators ("1,257", "1 257"). Stateless.
 */
final class NumberWords {

  /** A number read from words {@code from} (inclusive) to {@code to} (exclusive). */
  record Reading(long value, int from, int to) {}

  private static final Map<String, Integer> UNITS = new HashMap<>();
  private static final Map<String, Integer> SCALES = new HashMap<>();

  static {
    units(1, "one", "один", "одна", "одного", "одной", "адзін", "адна", "аднаго");
    units(2, "two", "два", "две", "двух", "дзве", "двух", "двое", "двоих", "дваіх");
    units(3, "three", "три", "трех", "трёх", "тры", "трое", "троих", "траіх", "трох");
    units(4, "four", "четыре", "четырех", "четырёх", "чатыры", "четверо", "четверых", "чацвярых");
    units(5, "five", "пять", "пяти", "пяць", "пяцёх", "пятеро", "пятерых", "пяцярых");
    units(6, "six", "шесть", "шести", "шэсць", "шасці", "шестеро", "шестерых");
    units(7, "seven", "семь", "семи", "сем", "сямі", "семеро", "семерых");
    units(8, "eight", "восемь", "восьми", "восем", "васьмі");
    units(9, "nine", "девять", "девяти", "дзевяць", "дзевяці");
    units(10, "ten", "десять", "десяти", "дзесяць", "дзесяці");
    units(11, "eleven", "одиннадцать", "одиннадцати", "адзінаццаць");
    units(12, "twelve", "dozen", "двенадцать", "двенадцати", "дванаццаць");
    units(13, "thirteen", "тринадцать", "тринадцати", "трынаццаць");
    units(14, "fourteen", "четырнадцать", "четырнадцати", "чатырнаццаць");
    units(15, "fifteen", "пятнадцать", "пятнадцати", "пятнаццаць");
    units(16, "sixteen", "шестнадцать", "шестнадцати", "шаснаццаць");
    units(17, "seventeen", "семнадцать", "семнадцати", "сямнаццаць");
    units(18, "eighteen", "восемнадцать", "восемнадцати", "васямнаццаць");
    units(19, "nineteen", "девятнадцать", "девятнадцати", "дзевятнаццаць");
    units(20, "twenty", "двадцать", "двадцати", "дваццаць");
    units(30, "thirty", "тридцать", "тридцати", "трыццаць");
    units(40, "forty", "сорок", "сорока", "сорак");
    units(50, "fifty", "пятьдесят", "пятидесяти", "пяцьдзясят", "пяцьдзесят");
    units(60, "sixty", "шестьдесят", "шестидесяти", "шэсцьдзясят", "шэсцьдзесят");
    units(70, "seventy", "семьдесят", "семидесяти", "семдзесят");
    units(80, "eighty", "восемьдесят", "восьмидесяти", "восемдзесят");
    units(90, "ninety", "девяносто", "дзевяноста");
    units(100, "сто", "ста");
    units(200, "двести", "двухсот", "дзвесце");
    units(300, "триста", "трехсот", "трёхсот", "трыста");
    units(400, "четыреста", "чатырыста");
    units(500, "пятьсот", "пяцьсот");
    units(600, "шестьсот", "шэсцьсот");
    units(700, "семьсот", "семсот");
    units(800, "восемьсот", "восемсот");
    units(900, "девятьсот", "дзевяцьсот");
    SCALES.put("hundred", 100);
    for (String w : List.of("thousand", "тысяча", "тысячи", "тысяч", "тысячу", "тысяча", "тысячы")) {
      SCALES.put(w, 1000);
    }
  }

  private static void units(int value, String... words) {
    for (String w : words) {
      UNITS.put(w, value);
    }
  }

  private NumberWords() {}

  /**
   * Reads the number starting at word {@code at}, if any.
   *
   * @param words lower-case words of a sentence (hyphenated numbers already split)
   * @param at    the first word to read
   * @return the reading, or null when word {@code at} does not start a number
   */
  static Reading read(List<String> words, int at) {
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
    long total = 0;
    long current = 0;
    int i = at;
    boolean any = false;
    while (i < words.size()) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      Integer unit = UNITS.get(w);
      Integer scale = SCALES.get(w);
      if (unit != null) {
        current += unit;
      } else if (scale != null && scale == 100) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (scale != null) {
        total += (current == 0 ? 1 : current) * scale;
        current = 0;
      } else if (any && w.equals("and") && i + 1 < words.size() && UNITS.containsKey(words.get(i + 1))) {
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
