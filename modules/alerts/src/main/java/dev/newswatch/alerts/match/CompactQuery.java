package dev.newswatch.alerts.match;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A compiled subscription query held in a compact form and turned back into the Lucene query whenever it is
 * used (verification rewrites it, the presearcher and match explanations visit it). A {@link BooleanQuery}
 * keeps an enum map of hash-based clause sets, about 0.5 KB each even for three clauses; with a million
 * subscriptions the parsed queries were most of the monitor's heap. Here a term is a field number and its
 * UTF-8 bytes, a phrase adds positions, a boolean node two small arrays. Query types other than term, phrase
 * and boolean are kept as they are. Equality is identity: each subscription's query is its own instance.
 */
final class CompactQuery extends Query {

  private static final String[] FIELDS = StoryFields.FIELDS.toArray(String[]::new);

  private final Object root;

  private CompactQuery(Object root) {
    this.root = root;
  }

  /** The compact form of {@code query}, or null for null. */
  static Query of(Query query) {
    return query == null ? null : new CompactQuery(encode(query));
  }

  /** The Lucene query this stands for, newly built. */
  Query expand() {
    return decode(root);
  }

  private record TermNode(byte field, byte[] text) {}

  private record PhraseNode(byte field, byte[][] texts, int[] positions, int slop) {}

  private record BoolNode(Occur[] occurs, Object[] children, int minShouldMatch) {}

  private static Object encode(Query query) {
    if (query instanceof TermQuery tq) {
      int field = field(tq.getTerm().field());
      return field < 0 ? query : new TermNode((byte) field, BytesRef.deepCopyOf(tq.getTerm().bytes()).bytes);
    }
    if (query instanceof PhraseQuery pq) {
      int field = pq.getField() == null ? -1 : field(pq.getField());
      if (field < 0) {
        return query;
      }
      Term[] terms = pq.getTerms();
      byte[][] texts = new byte[terms.length][];
      for (int i = 0; i < terms.length; i++) {
        texts[i] = BytesRef.deepCopyOf(terms[i].bytes()).bytes;
      }
      return new PhraseNode((byte) field, texts, pq.getPositions().clone(), pq.getSlop());
    }
    if (query instanceof BooleanQuery bq) {
      List<BooleanClause> clauses = bq.clauses();
      Occur[] occurs = new Occur[clauses.size()];
      Object[] children = new Object[clauses.size()];
      for (int i = 0; i < occurs.length; i++) {
        occurs[i] = clauses.get(i).occur();
        children[i] = encode(clauses.get(i).query());
      }
      return new BoolNode(occurs, children, bq.getMinimumNumberShouldMatch());
    }
    return query;
  }

  private static int field(String name) {
    for (int i = 0; i < FIELDS.length; i++) {
      if (FIELDS[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static Query decode(Object node) {
    return switch (node) {
      case TermNode t -> new TermQuery(new Term(FIELDS[t.field()], new BytesRef(t.text())));
      case PhraseNode p -> {
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < p.texts().length; i++) {
          b.add(new Term(FIELDS[p.field()], new BytesRef(p.texts()[i])), p.positions()[i]);
        }
        b.setSlop(p.slop());
        yield b.build();
      }
      case BoolNode n -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < n.occurs().length; i++) {
          b.add(decode(n.children()[i]), n.occurs()[i]);
        }
        b.setMinimumNumberShouldMatch(n.minShouldMatch());
        yield b.build();
      }
      case Query q -> q;
      default -> throw new IllegalStateException("unknown node " + node.getClass());
    };
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return expand();
  }

  @Override
  public void visit(QueryVisitor visitor) {
    expand().visit(visitor);
  }

  @Override
  public String toString(String field) {
    return expand().toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
