package dev.newswatch.alerts.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryTree;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's {@link MultipassTermFilteredPresearcher} with a cheaper query document: the same terms, under
 * the same fields ({@code field_pass} and {@code field}), so the same queries are selected per story, but
 * collected in small sorted sets instead of a fresh {@code BytesRefHash} (a 32 KB block) per field and pass,
 * and indexed without frequencies, positions or norms (the presearcher's query over this index is a
 * constant-score term-set query that needs none of them). Registering is faster and the query index smaller.
 */
final class LeanMultipassPresearcher extends MultipassTermFilteredPresearcher {

  private static final FieldType DOCS_ONLY;

  static {
    DOCS_ONLY = new FieldType();
    DOCS_ONLY.setTokenized(true);
    DOCS_ONLY.setOmitNorms(true);
    DOCS_ONLY.setIndexOptions(IndexOptions.DOCS);
    DOCS_ONLY.freeze();
  }

  private final int passes;
  private final float minWeight;

  LeanMultipassPresearcher(int passes, float minWeight, TermWeightor weightor) {
    super(passes, minWeight, weightor, List.of(), Set.of());
    this.passes = passes;
    this.minWeight = minWeight;
  }

  @Override
  public Document buildQueryDocument(QueryTree querytree) {
    Document doc = new Document();
    for (int i = 0; i < passes; i++) {
      Map<String, TreeSet<BytesRef>> fieldTerms = new TreeMap<>();
      querytree.collectTerms((field, term) ->
          fieldTerms.computeIfAbsent(field, f -> new TreeSet<>()).add(BytesRef.deepCopyOf(term)));
      for (Map.Entry<String, TreeSet<BytesRef>> entry : fieldTerms.entrySet()) {
        List<String> terms = new ArrayList<>(entry.getValue().size());
        entry.getValue().forEach(t -> terms.add(t.utf8ToString()));
        doc.add(new Field(entry.getKey() + "_" + i, new TermsStream(terms), DOCS_ONLY));
        doc.add(new Field(entry.getKey(), new TermsStream(terms), DOCS_ONLY));
      }
      querytree.advancePhase(minWeight);
    }
    return doc;
  }

  /** The given terms, one token each. */
  private static final class TermsStream extends TokenStream {
    private final List<String> terms;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    TermsStream(List<String> terms) {
      this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
      if (next >= terms.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms.get(next++));
      return true;
    }

    @Override
    public void reset() {
      next = 0;
    }
  }
}
