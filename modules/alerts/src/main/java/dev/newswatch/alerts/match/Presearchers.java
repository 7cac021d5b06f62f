package dev.newswatch.alerts.match;

import java.util.Set;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;

/**
 * The presearchers the subscription index can use. The presearcher indexes each subscription query by a
 * few of its terms and, per story, selects the queries whose indexed terms occur in the story; only those
 * are verified. Which terms of a conjunction get indexed is decided by a {@link TermWeightor}: the
 * highest-weighted child wins. See DESIGN.md for the measurements.
 */
public final class Presearchers {

  /**
   * Weight of terms of the whole-value fields: a handful of tag names, countries, outlets and languages,
   * each carried by a large share of stories. Lower than any word, so {@code tags:pardon AND
   * entities:bialiatski} is indexed by "bialiatski" and is not a candidate for every pardon story.
   */
  static final double KEYWORD_FIELD_WEIGHT = 0.01;

  private Presearchers() {}

  /**
   * Lucene's default: one pass, terms weighted by length (longer terms are taken to be rarer). A conjunction
   * such as {@code tags:pardon AND country:BY AND entities:bialiatski} may be indexed by {@code tags:pardon}
   * ("pardon" is longer than "by"), which makes it a candidate for every pardon story.
   */
  public static Presearcher lucenesDefault() {
    return new TermFilteredPresearcher();
  }

  /**
   * Tuned for news subscriptions: the default length weighting combined with a field weighting that makes
   * tags, countries, outlets and languages last resorts, over two passes (a story must contain the chosen
   * term of each pass, so a conjunction of two rare words is verified only when both occur). The query
   * index is built by {@link LeanMultipassPresearcher}: same terms, cheaper to build and hold.
   */
  public static Presearcher tuned() {
    TermWeightor weightor = TermWeightor.combine(TermFilteredPresearcher.DEFAULT_WEIGHTOR,
        TermWeightor.fieldWeightor(KEYWORD_FIELD_WEIGHT, Set.copyOf(StoryFields.KEYWORD_FIELDS)));
    return new LeanMultipassPresearcher(2, 0f, weightor);
  }

  /** No filtering: every query is verified against every story. The baseline of the benchmark. */
  public static Presearcher none() {
    return Presearcher.NO_FILTERING;
  }
}
