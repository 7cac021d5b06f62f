package dev.newswatch.analysis.tags;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms the rules are made of, per field, and an analyzer that keeps only those tokens of an article.
 * A rule can only hit where its own terms are, and phrase hits depend on the positions of their terms
 * alone (skipped tokens still advance the position), so an article indexed with nothing but its trigger
 * terms matches exactly the same rules at exactly the same offsets, while the in-memory index, the
 * presearcher's query and the candidate rules shrink from hundreds of words to a handful.
 * A field that a rule queries with a pattern (prefix, wildcard, fuzzy) is not filtered.
 */
final class TriggerTerms {

  private final Map<String, CharArraySet> byField = new HashMap<>();
  private final Set<String> unfiltered = new HashSet<>();
  private boolean everything;

  /** Collects the terms of {@code queries}, including those of negated clauses. */
  TriggerTerms(Iterable<Query> queries) {
    Map<String, Set<String>> terms = new HashMap<>();
    QueryVisitor collector = new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... ts) {
        for (Term t : ts) {
          terms.computeIfAbsent(t.field(), k -> new HashSet<>()).add(t.text());
        }
      }

      @Override
      public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
        unfiltered.add(field);
      }

      @Override
      public void visitLeaf(Query query) {
        // A leaf that names no terms: harmless if it ignores the text, otherwise keep every token.
        if (!(query instanceof MatchAllDocsQuery) && !(query instanceof MatchNoDocsQuery)) {
          everything = true;
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this; // negated clauses too: dropping their terms would change what matches
      }
    };
    for (Query q : queries) {
      q.visit(collector);
    }
    terms.forEach((field, set) -> byField.put(field, new CharArraySet(set, false)));
  }

  /** True when tokens of {@code field} equal to {@code term} can take part in a hit. */
  boolean keeps(String field, String term) {
    if (everything || unfiltered.contains(field)) {
      return true;
    }
    CharArraySet set = byField.get(field);
    return set != null && set.contains(term);
  }

  /** {@code analyzer} followed, per field, by a filter that drops tokens no rule mentions. */
  Analyzer filter(Analyzer analyzer) {
    if (everything) {
      return analyzer;
    }
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return analyzer;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        if (unfiltered.contains(fieldName)) {
          return components;
        }
        CharArraySet keep = byField.getOrDefault(fieldName, CharArraySet.EMPTY_SET);
        return new TokenStreamComponents(components.getSource(), new Keep(components.getTokenStream(), keep));
      }
    };
  }

  /** Passes the tokens in a set; the position increments of the others add to the next one kept. */
  private static final class Keep extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArraySet keep;

    Keep(TokenStream in, CharArraySet keep) {
      super(in);
      this.keep = keep;
    }

    @Override
    protected boolean accept() throws IOException {
      return keep.contains(term.buffer(), 0, term.length());
    }
  }
}
