package dev.newswatch.analysis.tags;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one field, analysed once and replayed to the in-memory index: term, position increment and
 * offsets, plus the final increment and offset {@link TokenStream#end()} reports. The rule analyzers set
 * nothing else the index reads (no payloads). Replays once.
 */
final class CapturedTokens extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final List<String> terms = new ArrayList<>();
  private int[] increments = new int[8];
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int finalIncrement;
  private int finalOffset;
  private int next;

  private CapturedTokens() {
  }

  /** Runs {@code analyzer} over {@code text} as field {@code field} and keeps what it emits. */
  static CapturedTokens of(Analyzer analyzer, String field, String text) throws IOException {
    CapturedTokens out = new CapturedTokens();
    try (TokenStream in = analyzer.tokenStream(field, text)) {
      CharTermAttribute t = in.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute p = in.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute o = in.addAttribute(OffsetAttribute.class);
      in.reset();
      while (in.incrementToken()) {
        int i = out.terms.size();
        if (i == out.increments.length) {
          out.increments = Arrays.copyOf(out.increments, i * 2);
          out.starts = Arrays.copyOf(out.starts, i * 2);
          out.ends = Arrays.copyOf(out.ends, i * 2);
        }
        out.terms.add(t.toString());
        out.increments[i] = p.getPositionIncrement();
        out.starts[i] = o.startOffset();
        out.ends[i] = o.endOffset();
      }
      in.end();
      out.finalIncrement = p.getPositionIncrement();
      out.finalOffset = o.endOffset();
    }
    return out;
  }

  /** How many tokens were kept. */
  int size() {
    return terms.size();
  }

  @Override
  public boolean incrementToken() {
    if (next >= terms.size()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(terms.get(next));
    increment.setPositionIncrement(increments[next]);
    offset.setOffset(starts[next], ends[next]);
    next++;
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    increment.setPositionIncrement(finalIncrement);
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }
}
