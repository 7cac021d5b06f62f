package dev.newswatch.alerts.match;

import dev.newswatch.model.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns a subscription into the one Lucene query the monitor runs: its {@code query} (Lucene syntax over
 * {@link StoryFields#QUERYABLE}, bare words searching title and text, terms joined by AND unless written
 * otherwise), AND its legacy tags and keywords (any tag, any keyword), AND any of its watchlist names (a
 * phrase over {@link StoryFields#NAMES}). Stateless and thread-safe: a parser is made per call.
 */
public final class QueryCompiler {

  private static final Pattern POSITION = Pattern.compile("line (\\d+), column (\\d+)");
  private static final int MAX_CLAUSES = 1024;

  private QueryCompiler() {}

  /**
   * The query of {@code subscription}, or null when it selects nothing.
   *
   * @throws InvalidQueryException when its query does not parse or names an unknown field
   */
  public static Query compile(Subscription subscription) {
    List<Query> parts = new ArrayList<>(4);
    if (subscription.query() != null) {
      parts.add(parse(subscription.query()));
    }
    if (!subscription.tags().isEmpty()) {
      BooleanQuery.Builder tags = new BooleanQuery.Builder();
      subscription.tags().forEach(t -> tags.add(new TermQuery(new Term(StoryFields.TAGS, t.toLowerCase(Locale.ROOT))),
          Occur.SHOULD));
      parts.add(tags.build());
    }
    if (!subscription.keywords().isEmpty()) {
      BooleanQuery.Builder keywords = new BooleanQuery.Builder();
      for (String keyword : subscription.keywords()) {
        for (String field : List.of(StoryFields.TITLE, StoryFields.TEXT)) {
          Query phrase = phrase(field, StoryFields.analyze(field, keyword));
          if (phrase != null) {
            keywords.add(phrase, Occur.SHOULD);
          }
        }
      }
      BooleanQuery built = keywords.build();
      if (!built.clauses().isEmpty()) {
        parts.add(built);
      }
    }
    if (!subscription.watchlist().isEmpty()) {
      BooleanQuery.Builder names = new BooleanQuery.Builder();
      for (String name : subscription.watchlist()) {
        Query phrase = phrase(StoryFields.NAMES, StoryFields.nameTokens(name, false));
        if (phrase != null) {
          names.add(phrase, Occur.SHOULD);
        }
      }
      BooleanQuery built = names.build();
      if (!built.clauses().isEmpty()) {
        parts.add(built);
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    if (parts.size() == 1) {
      return parts.getFirst();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    parts.forEach(p -> all.add(p, Occur.MUST));
    return all.build();
  }

  /**
   * Parses a subscriber's query.
   *
   * @throws InvalidQueryException with line and column when it does not parse, names a field stories do
   *                               not have, or expands to more than {@value #MAX_CLAUSES} clauses
   */
  public static Query parse(String query) {
    Query parsed = parse(query, new MultiFieldQueryParser(
        new String[] {StoryFields.TITLE, StoryFields.TEXT}, StoryFields.analyzer()));
    List<String> unknown = new ArrayList<>();
    parsed.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        if (!StoryFields.QUERYABLE.contains(field) && !unknown.contains(field)) {
          unknown.add(field);
        }
        return true;
      }
    });
    if (!unknown.isEmpty()) {
      String field = unknown.getFirst();
      int at = query.indexOf(field + ":");
      throw new InvalidQueryException(1, at < 0 ? 0 : at + 1, "unknown field '" + field
          + "'; stories have " + String.join(", ", StoryFields.QUERYABLE));
    }
    return parsed;
  }

  /**
   * Parses a subscriber's query with bare words on one field only, so that each term written in the query
   * is one leaf of the result (for {@link QueryLimits}, which counts and locates what was written).
   */
  static Query parseAsWritten(String query) {
    return parse(query, new QueryParser(StoryFields.TITLE, StoryFields.analyzer()));
  }

  private static Query parse(String query, QueryParser parser) {
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      throw invalid(e.getMessage(), query);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(0, 0, "too many clauses (at most " + MAX_CLAUSES + ")");
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidQueryException(0, 0, "a regular expression or wildcard is too complex to match");
    }
  }

  private static InvalidQueryException invalid(String message, String query) {
    // The parser's message starts "Cannot parse '<query>': " and may list every expected token after a
    // newline; the subscriber needs the position and the first line.
    String text = message == null ? "syntax error" : message;
    String prefix = "Cannot parse '" + query + "': ";
    if (text.startsWith(prefix)) {
      text = text.substring(prefix.length());
    }
    int newline = text.indexOf('\n');
    String reason = (newline < 0 ? text : text.substring(0, newline)).strip();
    Matcher at = POSITION.matcher(reason);
    int line = 0;
    int column = 0;
    if (at.find()) {
      line = Integer.parseInt(at.group(1));
      column = Integer.parseInt(at.group(2));
    }
    if (reason.length() > 300) {
      reason = reason.substring(0, 300) + "…";
    }
    return new InvalidQueryException(line, column, reason);
  }

  private static Query phrase(String field, List<String> terms) {
    if (terms.isEmpty()) {
      return null;
    }
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.getFirst()));
    }
    return new PhraseQuery(field, terms.toArray(String[]::new));
  }
}
