package dev.newswatch.analysis.cluster.eval;

import java.util.List;
import java.util.function.Function;

/**
 * Pair accuracy of a story decision, the way people judge it: over every pair of labelled articles, a
 * same-story pair is right when the two are in one predicted story, a different-story pair when they are
 * not. The two halves are reported apart because a false merge (a new event hidden in an old story, no
 * alert) costs more than a split.
 *
 * @param sameTogether  same-story pairs kept together
 * @param samePairs     same-story pairs
 * @param diffApart     different-story pairs kept apart
 * @param diffPairs     different-story pairs
 */
public record PairAccuracy(long sameTogether, long samePairs, long diffApart, long diffPairs) {

  /** Share of same-story pairs kept together (1 when there are none). */
  public double same() {
    return samePairs == 0 ? 1 : (double) sameTogether / samePairs;
  }

  /** Share of different-story pairs kept apart (1 when there are none). */
  public double different() {
    return diffPairs == 0 ? 1 : (double) diffApart / diffPairs;
  }

  /** Share of all pairs decided right. */
  public double accuracy() {
    long all = samePairs + diffPairs;
    return all == 0 ? 1 : (double) (sameTogether + diffApart) / all;
  }

  /** Scores every pair of {@code items} (quadratic; meant for labelled sets of hundreds). */
  public static <T> PairAccuracy of(List<T> items, Function<T, String> predicted, Function<T, String> label) {
    long st = 0;
    long sp = 0;
    long da = 0;
    long dp = 0;
    for (int i = 0; i < items.size(); i++) {
      String pi = predicted.apply(items.get(i));
      String li = label.apply(items.get(i));
      for (int j = i + 1; j < items.size(); j++) {
        boolean together = pi.equals(predicted.apply(items.get(j)));
        if (li.equals(label.apply(items.get(j)))) {
          sp++;
          st += together ? 1 : 0;
        } else {
          dp++;
          da += together ? 0 : 1;
        }
      }
    }
    return new PairAccuracy(st, sp, da, dp);
  }
}
