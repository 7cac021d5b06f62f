package dev.newswatch.analysis.cluster.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pair precision and recall of a clustering against labels: over all pairs of articles, a pair is
 * predicted when both are in one predicted group and true when both share a label. Groups of one make no
 * pairs. With no predicted pairs precision is 1; with no true pairs recall is 1.
 *
 * @param precision  true predicted pairs / predicted pairs
 * @param recall     true predicted pairs / true pairs
 * @param truePairs  pairs in the labels
 * @param predicted  predicted pairs
 * @param correct    predicted pairs that are true
 */
public record PairScore(double precision, double recall, long truePairs, long predicted, long correct) {

  /**
   * Scores {@code items}.
   *
   * @param predictedGroup the predicted group of an item (never null)
   * @param labelGroup     the labelled group of an item (never null)
   */
  public static <T> PairScore of(List<T> items, Function<T, String> predictedGroup, Function<T, String> labelGroup) {
    Map<String, Long> predicted = new HashMap<>();
    Map<String, Long> labelled = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    for (T item : items) {
      String p = predictedGroup.apply(item);
      String l = labelGroup.apply(item);
      predicted.merge(p, 1L, Long::sum);
      labelled.merge(l, 1L, Long::sum);
      both.merge(p + "\u0000" + l, 1L, Long::sum);
    }
    long predictedPairs = pairs(predicted);
    long truePairs = pairs(labelled);
    long correct = pairs(both);
    return new PairScore(predictedPairs == 0 ? 1 : (double) correct / predictedPairs,
        truePairs == 0 ? 1 : (double) correct / truePairs, truePairs, predictedPairs, correct);
  }

  private static long pairs(Map<String, Long> groups) {
    long n = 0;
    for (long size : groups.values()) {
      n += size * (size - 1) / 2;
    }
    return n;
  }
}
