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

  private final Monitor monitor;

  RuleMonitor(TagRuleFile rules) {
    Analyzer analyzer = SentenceGaps.wrap(TextFields.analyzer());
    try {
      monitor = new Monitor(analyzer);
      List<MonitorQuery> queries = new ArrayList<>();
      for (TagRule rule : rules.rules()) {
        queries.add(new MonitorQuery(rule.id(), parse(rule, analyzer), rule.query(), Map.of()));
      }
      monitor.register(queries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the rule monitor", e);
    }
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
   * @return hit spans by rule id; rules without hits are absent
   */
  Map<String, List<Span>> hits(String text, List<Span> sentences) {
    Document doc = new Document();
    // Each script only goes to the fields whose analyzers can do something with it: half the work for
    // the usual one-script article.
    boolean latin = false;
    boolean cyrillic = false;
    for (int i = 0; i < text.length() && !(latin && cyrillic); i++) {
      char c = text.charAt(i);
      latin |= c >= 'A' && c <= 'z' && Character.isLetter(c);
      cyrillic |= c >= '\u0400' && c <= '\u04FF';
    }
    if (latin || !cyrillic) {
      doc.add(new TextField(TextFields.EN, text, Field.Store.NO));
    }
    if (cyrillic) {
      doc.add(new TextField(TextFields.RU, text, Field.Store.NO));
      doc.add(new TextField(TextFields.BE, text, Field.Store.NO));
    }
    MatchingQueries<HighlightsMatch> matches;
    SentenceGaps.set(sentences.stream().mapToInt(Span::start).toArray());
    try {
      matches = monitor.match(doc, HighlightsMatch.MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("rule matching failed", e);
    } finally {
      SentenceGaps.set(null);
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
