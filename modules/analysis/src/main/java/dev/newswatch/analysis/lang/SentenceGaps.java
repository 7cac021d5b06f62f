package dev.newswatch.analysis.lang;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Puts a wide position gap at sentence starts, so that a rule's phrase slop ("freed prisoners"~6) cannot
 * join the end of one sentence to the start of the next. The sentence starts of the text being indexed
 * are set for the current thread with {@link #set} around the indexing call; outside it (query parsing)
 * the analyzers are unchanged.
 */
public final class SentenceGaps {

  private static final int GAP = 100;
  private static final ThreadLocal<int[]> STARTS = new ThreadLocal<>();

  private SentenceGaps() {}

  /** Sets the sentence start offsets (ascending) for the current thread; null clears them. */
  public static void set(int[] sentenceStarts) {
    if (sentenceStarts == null) {
      STARTS.remove();
    } else {
      STARTS.set(sentenceStarts);
    }
  }

  /** The sentence starts set for the current thread, or null outside indexing. */
  public static int[] current() {
    return STARTS.get();
  }

  /** {@code analyzer} with the gap filter after each field's own chain. */
  public static Analyzer wrap(Analyzer analyzer) {
    return LanguageAnalyzers.filtered(analyzer, (field, stream) -> new GapFilter(stream));
  }

  private static final class GapFilter extends TokenFilter {
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int[] starts;
    private int next;

    GapFilter(TokenStream in) {
      super(in);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      starts = STARTS.get();
      next = 0;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (starts != null) {
        boolean crossed = false;
        while (next < starts.length && starts[next] <= offset.startOffset()) {
          next++;
          crossed = true;
        }
        if (crossed && next > 1) {
          increment.setPositionIncrement(increment.getPositionIncrement() + GAP);
        }
      }
      return true;
    }
  }
}
