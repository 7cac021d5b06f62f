package dev.newswatch.alerts.match;

import dev.newswatch.model.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.automaton.Operations;

/**
 * How complex a subscription written through the API may be, so that one owner's queries cannot slow the
 * matching of every story for everyone ({@code alerts.limits.query}). Every story is checked against every
 * subscription, and a wildcard, fuzzy, range or regular-expression term is checked against each word of
 * each story, so those are counted apart from plain terms. Subscriptions from the configuration file are
 * not held to these limits (the operator wrote them).
 *
 * @param maxQueryLength      characters of {@code query} at most (the model's own cap is
 *                            {@value Subscription#MAX_QUERY})
 * @param maxClauses          leaf clauses (terms, phrases, wildcards, …) of the whole subscription at most:
 *                            query, tags, keywords and watchlist names together
 * @param maxMultiTermQueries wildcard, prefix, fuzzy, range and regular-expression terms of the query at most
 * @param allowRegex          whether {@code /regular expressions/} may be used at all
 * @param maxRegexLength      characters of one regular expression at most, when they are allowed
 * @param maxWatchlist        watchlist names at most (the model's own cap is {@value Subscription#MAX_WATCHLIST})
 */
public record QueryLimits(int maxQueryLength, int maxClauses, int maxMultiTermQueries, boolean allowRegex,
    int maxRegexLength, int maxWatchlist) {

  public QueryLimits {
    if (maxQueryLength < 1 || maxQueryLength > Subscription.MAX_QUERY) {
      throw new IllegalArgumentException("maxQueryLength must be 1-" + Subscription.MAX_QUERY);
    }
    if (maxClauses < 1 || maxClauses > 1024) {
      throw new IllegalArgumentException("maxClauses must be 1-1024");
    }
    if (maxMultiTermQueries < 0) {
      throw new IllegalArgumentException("maxMultiTermQueries must be 0 or more");
    }
    if (maxRegexLength < 1) {
      throw new IllegalArgumentException("maxRegexLength must be at least 1");
    }
    if (maxWatchlist < 0 || maxWatchlist > Subscription.MAX_WATCHLIST) {
      throw new IllegalArgumentException("maxWatchlist must be 0-" + Subscription.MAX_WATCHLIST);
    }
  }

  /** The defaults: a query of 2000 characters, 600 clauses, 10 wildcard-like terms, no regular expressions. */
  public static QueryLimits defaults() {
    return new QueryLimits(2000, 600, 10, false, 64, Subscription.MAX_WATCHLIST);
  }

  /**
   * Checks {@code subscription} against these limits.
   *
   * @throws InvalidQueryException naming the limit ({@link InvalidQueryException#limit()}) and, for the
   *                               query, the line and column where it is exceeded; or because the query
   *                               does not parse
   */
  public void check(Subscription subscription) {
    String query = subscription.query();
    if (query != null) {
      if (query.length() > maxQueryLength) {
        int[] at = lineColumn(query, maxQueryLength);
        throw new InvalidQueryException(at[0], at[1], "the query is " + query.length()
            + " characters long, more than the limit of " + maxQueryLength, "maxQueryLength");
      }
      QueryCompiler.parse(query);
      checkTerms(query, QueryCompiler.parseAsWritten(query));
    }
    if (subscription.watchlist().size() > maxWatchlist) {
      throw new InvalidQueryException(0, 0, "the watchlist has " + subscription.watchlist().size()
          + " names, more than the limit of " + maxWatchlist, "maxWatchlist");
    }
    Query compiled = QueryCompiler.compile(subscription);
    int clauses = compiled == null ? 0 : leaves(compiled).size();
    if (clauses > maxClauses) {
      throw new InvalidQueryException(0, 0, "the subscription has " + clauses
          + " clauses (terms, phrases and wildcards of the query, tags, keywords and watchlist names together), "
          + "more than the limit of " + maxClauses, "maxClauses");
    }
  }

  private void checkTerms(String query, Query parsed) {
    String lower = query.toLowerCase(Locale.ROOT);
    int from = 0;
    int multiTerms = 0;
    for (Query leaf : leaves(parsed)) {
      if (!(leaf instanceof MultiTermQuery)) {
        continue;
      }
      String written = written(leaf);
      int index = written.isEmpty() ? -1 : lower.indexOf(written.toLowerCase(Locale.ROOT), from);
      if (index >= 0) {
        from = index + written.length();
      }
      int[] at = index < 0 ? new int[] {0, 0} : lineColumn(query, leaf instanceof RegexpQuery ? index - 1 : index);
      if (leaf instanceof RegexpQuery regexp) {
        String text = regexp.getRegexp().text();
        if (!allowRegex) {
          throw new InvalidQueryException(at[0], at[1], "regular expressions (/…/) are not allowed here; "
              + "use a wildcard such as bialiat* instead", "allowRegex");
        }
        if (text.length() > maxRegexLength) {
          throw new InvalidQueryException(at[0], at[1], "the regular expression is " + text.length()
              + " characters long, more than the limit of " + maxRegexLength, "maxRegexLength");
        }
        if (!hasFixedStart(regexp)) {
          throw new InvalidQueryException(at[0], at[1], "a regular expression must start with a fixed character, "
              + "not a wildcard, class or alternative", "allowRegex");
        }
      }
      multiTerms++;
      if (multiTerms > maxMultiTermQueries) {
        throw new InvalidQueryException(at[0], at[1], "more than " + maxMultiTermQueries
            + " wildcard, prefix, fuzzy, range or regular-expression terms", "maxMultiTermQueries");
      }
    }
  }

  /** The text of a wildcard-like term as it stands in the query, to find where it is. */
  private static String written(Query leaf) {
    return switch (leaf) {
      case RegexpQuery r -> r.getRegexp().text();
      case WildcardQuery w -> w.getTerm().text();
      case PrefixQuery p -> p.getPrefix().text() + "*";
      case FuzzyQuery f -> f.getTerm().text() + "~";
      case TermRangeQuery r -> r.getLowerTerm() == null ? "" : r.getLowerTerm().utf8ToString();
      default -> "";
    };
  }

  private static boolean hasFixedStart(RegexpQuery regexp) {
    try {
      return !Operations.getCommonPrefix(regexp.getAutomaton()).isEmpty();
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Every leaf of {@code query} (term, phrase and wildcard-like queries, under any occur), in the order they
   * were written: boolean clauses are walked in order, since a visitor sees them grouped by occur.
   */
  static List<Query> leaves(Query query) {
    List<Query> leaves = new ArrayList<>();
    collect(query, leaves);
    return leaves;
  }

  private static void collect(Query query, List<Query> leaves) {
    switch (query) {
      case BooleanQuery b -> b.clauses().forEach(c -> collect(c.query(), leaves));
      case BoostQuery b -> collect(b.getQuery(), leaves);
      case ConstantScoreQuery c -> collect(c.getQuery(), leaves);
      default -> query.visit(new QueryVisitor() {
        @Override
        public void consumeTerms(Query q, Term... terms) {
          leaves.add(q);
        }

        @Override
        public void visitLeaf(Query q) {
          leaves.add(q);
        }

        @Override
        public QueryVisitor getSubVisitor(Occur occur, Query parent) {
          return this;
        }
      });
    }
  }

  /** The 1-based line and column of character {@code index} of {@code text}. */
  private static int[] lineColumn(String text, int index) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(index, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
