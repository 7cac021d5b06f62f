package dev.newswatch.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision and recall of extracted text against expected text as the article-extraction benchmark defines
 * them: tokens are Unicode word runs, and the multisets of 4-token shingles are compared. Two empty texts
 * agree fully; no shingle in common scores zero on both.
 */
record ShingleScore(double precision, double recall) {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int SHINGLE = 4;

  static ShingleScore of(String expected, String extracted) {
    Map<String, Integer> want = shingles(expected);
    Map<String, Integer> got = shingles(extracted);
    int wantTotal = total(want);
    int gotTotal = total(got);
    if (wantTotal == 0 && gotTotal == 0) {
      return new ShingleScore(1, 1);
    }
    int common = 0;
    for (Map.Entry<String, Integer> e : got.entrySet()) {
      common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
    }
    if (common == 0) {
      return new ShingleScore(0, 0);
    }
    return new ShingleScore((double) common / gotTotal, (double) common / wantTotal);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** Texts shorter than one shingle count as one shingle of all their tokens. */
  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < SHINGLE) {
      counts.put(String.join(" ", tokens), 1);
      return counts;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
    }
    return counts;
  }

  private static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
