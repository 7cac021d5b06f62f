package dev.newswatch.alerts.match;

/**
 * A subscription query that cannot be parsed or is not allowed, with where the problem is.
 */
public final class InvalidQueryException extends IllegalArgumentException {

  private final int line;
  private final int column;
  private final String reason;
  private final String limit;

  /**
   * @param line   1-based line of the query where parsing failed, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param reason what is wrong, one line
   */
  public InvalidQueryException(int line, int column, String reason) {
    this(line, column, reason, null);
  }

  /**
   * A query refused by one of the {@link QueryLimits}.
   *
   * @param limit the name of the limit exceeded ({@code maxClauses}, …), or null for a query that is wrong
   */
  public InvalidQueryException(int line, int column, String reason, String limit) {
    super(column > 0 ? "query error at line " + line + ", column " + column + ": " + reason : "query error: " + reason);
    this.line = line;
    this.column = column;
    this.reason = reason;
    this.limit = limit;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }

  /** The name of the {@link QueryLimits} setting the query exceeds, or null when it is simply invalid. */
  public String limit() {
    return limit;
  }
}
