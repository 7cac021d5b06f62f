package dev.newswatch.analysis.tags;

import dev.newswatch.analysis.lang.SentenceGaps;
import dev.newswatch.analysis.lang.TextFields;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * The rules of a {@link TagRuleFile} compiled into a Lucene {@link Monitor}: each article becomes one
 * in-memory document whose text is indexed once per language field, and the monitor's presearcher picks
 * the rules worth running. Hits come back with character offsets, which become evidence sentences.
 * Thread-safe for {@link #hits}.
 */
final class RuleMonitor implements Closeable {

  private static final int COMMON_TERM_PHRASES = 4;
  private static final double COMMON_TERM_WEIGHT = 0.05;

  private final Monitor monitor;
  private final Analyzer filtered;
  private final boolean skipEmpty;
  private final TextFields fields;

  RuleMonitor(TagRuleFile rules) {
    fields = new TextFields(rules.languages());
    Analyzer analyzer = SentenceGaps.wrap(fields.analyzer());
    try {
      List<MonitorQuery> queries = new ArrayList<>();
      for (TagRule rule : rules.rules()) {
        queries.add(new MonitorQuery(rule.id(), parse(rule, analyzer), rule.query(), Map.of()));
      }
      TermWeightor weightor = TermWeightor.combine(TermFilteredPresearcher.DEFAULT_WEIGHTOR,
          TermWeightor.termWeightor(COMMON_TERM_WEIGHT, commonTerms(queries)));
      // Articles are indexed with their trigger terms only: same hits, a fraction of the work.
      TriggerTerms triggers = new TriggerTerms(queries.stream().map(MonitorQuery::getQuery).toList());
      filtered = triggers.filter(analyzer);
      skipEmpty = triggers.emptyNeverMatches();
      monitor = new Monitor(filtered, new TermFilteredPresearcher(weightor, List.of(), Set.of()));
      monitor.register(queries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the rule monitor", e);
    }
  }

  /**
   * Terms shared by many rule phrases ("released", "санкц"): the presearcher should index each phrase
   * by its rarer word, or every article saying "released" would run dozens of phrases.
   */
  private static Set<BytesRef> commonTerms(List<MonitorQuery> queries) {
    Map<BytesRef, Integer> counts = new HashMap<>();
    for (MonitorQuery q : queries) {
      List<Query> clauses = q.getQuery() instanceof BooleanQuery b
          ? b.clauses().stream().map(BooleanClause::query).toList() : List.of(q.getQuery());
      for (Query clause : clauses) {
        Set<Term> terms = new HashSet<>();
        clause.visit(QueryVisitor.termCollector(terms));
        terms.stream().map(Term::bytes).distinct().forEach(t -> counts.merge(BytesRef.deepCopyOf(t), 1, Integer::sum));
      }
    }
    Set<BytesRef> common = new HashSet<>();
    counts.forEach((t, c) -> {
      if (c >= COMMON_TERM_PHRASES) {
        common.add(t);
      }
    });
    return common;
  }

  private static Query parse(TagRule rule, Analyzer analyzer) {
    QueryParser parser = new QueryParser(rule.lang(), analyzer);
    try {
      return parser.parse(rule.query());
    } catch (ParseException e) {
      throw new IllegalArgumentException("rule " + rule.id() + ": bad query: " + e.getMessage(), e);
    }
  }

  /**
   * The rules that match {@code text}, each with the character spans of its hits.
   *
   * @param text      the article text (title and body)
   * @param sentences its sentences: rule phrases do not reach across them
   * @param fields    the language fields to index it into ({@link #fieldsFor})
   * @return hit spans by rule id; rules without hits are absent
   */
  Map<String, List<Span>> hits(String text, List<Span> sentences, List<String> fields) {
    // Each field is analysed (and trigger-filtered) once, here; the monitor indexes the kept tokens as they
    // are. Most articles keep none: no rule phrase is complete in any sentence, so no rule can hit and the
    // monitor (in-memory index, presearcher, matching, highlighting) is not run at all.
    Document doc = new Document();
    boolean any = false;
    SentenceGaps.set(sentences.stream().mapToInt(Span::start).toArray());
    try {
      for (String field : fields) {
        CapturedTokens tokens = CapturedTokens.of(filtered, field, text);
        any |= tokens.size() > 0;
        doc.add(new TextField(field, tokens));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("rule analysis failed", e);
    } finally {
      SentenceGaps.set(null);
    }
    if (!any && skipEmpty) {
      return Map.of();
    }
    MatchingQueries<HighlightsMatch> matches;
    try {
      matches = monitor.match(doc, HighlightsMatch.MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("rule matching failed", e);
    }
    Map<String, List<Span>> out = new HashMap<>();
    for (HighlightsMatch m : matches.getMatches()) {
      List<Span> spans = new ArrayList<>();
      for (String field : m.getFields()) {
        for (HighlightsMatch.Hit h : m.getHits(field)) {
          if (h.startOffset() >= 0 && h.endOffset() <= text.length()) {
            spans.add(new Span(h.startOffset(), h.endOffset()));
          }
        }
      }
      out.put(m.getQueryId(), spans);
    }
    return out;
  }

  /** The language fields {@code text} goes to (see {@link TextFields#fieldsFor}). */
  TextFields.Choice fieldsFor(String text, String declaredLanguage) {
    return fields.choose(text, declaredLanguage);
  }

  /** How many rules are registered. */
  int size() {
    try {
      return monitor.getQueryCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
