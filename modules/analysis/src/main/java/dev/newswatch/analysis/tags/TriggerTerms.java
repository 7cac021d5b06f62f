package dev.newswatch.analysis.tags;

import dev.newswatch.analysis.lang.LanguageAnalyzers;
import dev.newswatch.analysis.lang.SentenceGaps;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms the rules are made of, per field, and an analyzer that keeps only the tokens of an article that
 * can take part in a hit. A rule is a disjunction of phrases and terms; a phrase hits only in a sentence that
 * holds all its terms (sentence gaps keep phrases inside sentences), and where it hits depends on the
 * positions of its own terms alone (skipped tokens still advance the position). So a token is kept only in
 * a sentence where some phrase or term of the rules is complete, and the article matches exactly the same
 * rules at exactly the same offsets while the in-memory index, the presearcher's query and the candidate
 * rules shrink from hundreds of words to a handful. Terms of any other query shape (negated or required
 * clauses, nested queries) are kept wherever they occur; a field queried with a pattern (prefix, wildcard,
 * fuzzy) is not filtered.
 */
final class TriggerTerms {

  /** One field's phrases as term ids, and the terms kept wherever they occur. */
  private static final class FieldTerms {
    final CharArrayMap<Integer> ids = new CharArrayMap<>(64, false);
    final List<String> terms = new ArrayList<>();
    final List<int[]> phrases = new ArrayList<>();
    final Set<Integer> always = new HashSet<>();
    // term id -> the phrases it is part of
    List<int[]>[] phrasesOf;

    int id(String term) {
      Integer id = ids.get(term);
      if (id == null) {
        id = terms.size();
        ids.put(term, id);
        terms.add(term);
      }
      return id;
    }

    @SuppressWarnings("unchecked")
    void index() {
      phrasesOf = new List[terms.size()];
      for (int[] phrase : phrases) {
        for (int t : Arrays.stream(phrase).distinct().toArray()) {
          if (phrasesOf[t] == null) {
            phrasesOf[t] = new ArrayList<>();
          }
          phrasesOf[t].add(phrase);
        }
      }
    }
  }

  private final Map<String, FieldTerms> byField = new HashMap<>();
  private final Set<String> unfiltered = new HashSet<>();
  private boolean everything;
  private boolean matchesEmpty;

  /** Collects the phrases and terms of {@code queries}. */
  TriggerTerms(Iterable<Query> queries) {
    for (Query q : queries) {
      List<Query> clauses = new ArrayList<>();
      if (q instanceof BooleanQuery b) {
        for (BooleanClause c : b.clauses()) {
          if (c.occur() == BooleanClause.Occur.SHOULD && b.getMinimumNumberShouldMatch() <= 1) {
            clauses.add(c.query());
          } else {
            keepAlways(c.query());
          }
        }
      } else {
        clauses.add(q);
      }
      for (Query clause : clauses) {
        Query inner = clause instanceof BoostQuery boost ? boost.getQuery() : clause;
        if (inner instanceof PhraseQuery phrase && phrase.getTerms().length > 0) {
          FieldTerms f = field(phrase.getField());
          f.phrases.add(Arrays.stream(phrase.getTerms()).mapToInt(t -> f.id(t.text())).toArray());
        } else if (inner instanceof TermQuery term) {
          FieldTerms f = field(term.getTerm().field());
          f.phrases.add(new int[] {f.id(term.getTerm().text())});
        } else {
          keepAlways(inner);
        }
      }
    }
    byField.values().forEach(FieldTerms::index);
  }

  private FieldTerms field(String name) {
    return byField.computeIfAbsent(name, k -> new FieldTerms());
  }

  /** Any other query: its terms are kept wherever they occur. */
  private void keepAlways(Query query) {
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... ts) {
        for (Term t : ts) {
          FieldTerms f = field(t.field());
          f.always.add(f.id(t.text()));
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        unfiltered.add(field);
      }

      @Override
      public void visitLeaf(Query q) {
        // A leaf that names no terms: harmless if it ignores the text, otherwise keep every token.
        if (!(q instanceof MatchAllDocsQuery) && !(q instanceof MatchNoDocsQuery)) {
          everything = true;
        }
        // It may also hit a document without a single token (all documents, fields that merely exist).
        matchesEmpty |= !(q instanceof MatchNoDocsQuery);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this; // negated clauses too: dropping their terms would change what matches
      }
    });
  }

  /**
   * True when no rule can hit a document whose filtered fields hold no token at all: every rule is made of
   * terms, phrases and patterns, none of which hits without a token.
   */
  boolean emptyNeverMatches() {
    return !matchesEmpty;
  }

  /** True when tokens of {@code field} equal to {@code term} can take part in a hit in some sentence. */
  boolean keeps(String field, String term) {
    if (everything || unfiltered.contains(field)) {
      return true;
    }
    FieldTerms f = byField.get(field);
    return f != null && f.ids.containsKey(term);
  }

  /** {@code analyzer} followed, per field, by a filter that drops tokens no rule can hit in their sentence. */
  Analyzer filter(Analyzer analyzer) {
    if (everything) {
      return analyzer;
    }
    return LanguageAnalyzers.filtered(analyzer, (field, stream) -> {
      if (unfiltered.contains(field)) {
        return stream;
      }
      FieldTerms terms = byField.getOrDefault(field, new FieldTerms());
      if (terms.phrasesOf == null) {
        terms.index();
      }
      return new Keep(stream, terms);
    });
  }

  /**
   * Reads a sentence ahead, keeps the tokens of its complete phrases (and of terms kept always), and passes
   * them on at their original positions. Sentence starts come from {@link SentenceGaps#current()}; without
   * them the whole text counts as one sentence.
   */
  private static final class Keep extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final FieldTerms terms;
    // The current sentence's candidate tokens: term id, absolute position, offsets. The in-memory index reads
    // nothing else (no payloads, types or flags come out of these analyzers), so no attribute state is copied.
    private int[] ids = new int[16];
    private int[] positions = new int[16];
    private int[] startOffsets = new int[16];
    private int[] endOffsets = new int[16];
    private int buffered;
    private int emitted;
    private boolean[] present;
    private boolean[] live;
    private int[] starts;
    private int nextStart;
    private int position;
    private int lastEmitted;
    private boolean lookahead;
    private int lookaheadId;
    private int lookaheadStart;
    private int lookaheadEnd;
    private boolean exhausted;

    Keep(TokenStream in, FieldTerms terms) {
      super(in);
      this.terms = terms;
      this.present = new boolean[terms.terms.size()];
      this.live = new boolean[terms.terms.size()];
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      buffered = 0;
      emitted = 0;
      starts = SentenceGaps.current();
      nextStart = 0;
      position = -1;
      lastEmitted = -1;
      lookahead = false;
      exhausted = false;
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (true) {
        while (emitted < buffered) {
          int i = emitted++;
          if (live[ids[i]]) {
            clearAttributes();
            term.setEmpty().append(terms.terms.get(ids[i]));
            offset.setOffset(startOffsets[i], endOffsets[i]);
            increment.setPositionIncrement(positions[i] - lastEmitted);
            lastEmitted = positions[i];
            return true;
          }
        }
        if (exhausted) {
          return false;
        }
        fillSentence();
      }
    }

    /** Reads the next sentence's candidate tokens and marks which terms take part in a complete phrase. */
    private void fillSentence() throws IOException {
      buffered = 0;
      emitted = 0;
      Arrays.fill(present, false);
      Arrays.fill(live, false);
      if (lookahead) {
        add(lookaheadId, position, lookaheadStart, lookaheadEnd);
        lookahead = false;
      }
      while (input.incrementToken()) {
        position += increment.getPositionIncrement();
        boolean crossed = false;
        while (starts != null && nextStart < starts.length && starts[nextStart] <= offset.startOffset()) {
          nextStart++;
          crossed = true;
        }
        Integer id = terms.ids.get(term.buffer(), 0, term.length());
        if (crossed && buffered > 0) {
          if (id != null) {
            lookahead = true;
            lookaheadId = id;
            lookaheadStart = offset.startOffset();
            lookaheadEnd = offset.endOffset();
          }
          markLive();
          return;
        }
        if (id != null) {
          add(id, position, offset.startOffset(), offset.endOffset());
        }
      }
      exhausted = true;
      markLive();
    }

    private void add(int id, int pos, int start, int end) {
      if (buffered == ids.length) {
        ids = Arrays.copyOf(ids, buffered * 2);
        positions = Arrays.copyOf(positions, buffered * 2);
        startOffsets = Arrays.copyOf(startOffsets, buffered * 2);
        endOffsets = Arrays.copyOf(endOffsets, buffered * 2);
      }
      ids[buffered] = id;
      positions[buffered] = pos;
      startOffsets[buffered] = start;
      endOffsets[buffered] = end;
      buffered++;
      present[id] = true;
    }

    private void markLive() {
      for (int i = 0; i < buffered; i++) {
        int id = ids[i];
        if (live[id]) {
          continue;
        }
        if (terms.always.contains(id)) {
          live[id] = true;
          continue;
        }
        List<int[]> phrases = terms.phrasesOf[id];
        if (phrases == null) {
          continue;
        }
        for (int[] phrase : phrases) {
          boolean complete = true;
          for (int t : phrase) {
            complete &= present[t];
          }
          if (complete) {
            for (int t : phrase) {
              live[t] = true;
            }
          }
        }
      }
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(increment.getPositionIncrement() + position - lastEmitted);
    }
  }
}
