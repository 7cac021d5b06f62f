package dev.newswatch.alerts.match;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Verifies each candidate query by walking its scorer over the story's in-memory index, instead of a full
 * {@link IndexSearcher#search} with a collector per candidate: no collector, no bulk scorer, no query
 * cache, no scores. The matches are the same (every document the query's iterator accepts, approximate
 * iterators confirmed by their two-phase check).
 */
final class DirectMatcher extends CandidateMatcher<QueryMatch> {

  static final MatcherFactory<QueryMatch> FACTORY = searcher -> {
    searcher.setQueryCache(null);
    return new DirectMatcher(searcher);
  };

  private DirectMatcher(IndexSearcher searcher) {
    super(searcher);
  }

  @Override
  public void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(matchQuery), ScoreMode.COMPLETE_NO_SCORES, 1f);
    QueryMatch match = null;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier == null) {
        continue;
      }
      Scorer scorer = supplier.get(Long.MAX_VALUE);
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (twoPhase != null && !twoPhase.matches()) {
          continue;
        }
        if (match == null) {
          match = new QueryMatch(queryId);
        }
        addMatch(match, leaf.docBase + doc);
      }
    }
  }

  @Override
  public QueryMatch resolve(QueryMatch match1, QueryMatch match2) {
    return match1;
  }
}
