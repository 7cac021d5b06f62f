package dev.newswatch.analysis.tags;

/**
 * A range of characters in a text.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** True when offset {@code at} lies inside this span. */
  public boolean contains(int at) {
    return at >= start && at < end;
  }
}
