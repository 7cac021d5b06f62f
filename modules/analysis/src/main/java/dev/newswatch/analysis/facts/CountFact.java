package dev.newswatch.analysis.facts;

import java.util.Objects;

/**
 * A number of people in one sentence.
 *
 * @param count       how many
 * @param kind        {@code released} (this release), {@code released-total} (a running total of
 *                    releases) or {@code remaining} (still imprisoned)
 * @param nationality ISO code of the people's nationality where the text says ("31 Ukrainians"), or null
 * @param start       offset of the sentence in the text
 * @param end         offset after the sentence
 * @param sentence    the sentence, as evidence
 */
public record CountFact(long count, String kind, String nationality, int start, int end, String sentence) {
  /** The kinds of count. */
  public static final String RELEASED = "released";
  public static final String RELEASED_TOTAL = "released-total";
  public static final String REMAINING = "remaining";

  public CountFact {
    Objects.requireNonNull(kind, "kind");
    if (count < 0) {
      throw new IllegalArgumentException("negative count " + count);
    }
  }
}
