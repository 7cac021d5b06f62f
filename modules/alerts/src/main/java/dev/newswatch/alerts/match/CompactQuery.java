package dev.newswatch.alerts.match;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
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
 * A compiled subscription query held as one byte array and turned back into the Lucene query whenever it is
 * used (verification rewrites it, the presearcher and match explanations visit it).
 *
 * <p>Why: a {@link BooleanQuery} keeps an enum map of hash-based clause sets, about 0.5 KB even for three
 * clauses, and with a million subscriptions the parsed queries were most of the monitor's heap. A first
 * compact form (a small object per node: field number, UTF-8 bytes, child arrays) still cost about 340
 * bytes per subscription at a million, most of it object headers and arrays of references. This one is a
 * single array, about 60-120 bytes for the usual shapes.
 *
 * <p>Layout, in prefix order: a node is a tag byte then its body.
 * <ul>
 *   <li>{@code TERM}: field number, term length (var-int), UTF-8 bytes;</li>
 *   <li>{@code PHRASE}: field number, slop, term count, then per term its position and length (var-ints) and
 *       UTF-8 bytes;</li>
 *   <li>{@code BOOL}: minimum should-match, clause count, then per clause its occur ordinal and node;</li>
 *   <li>{@code OTHER}: an index into {@link #others}, for query types kept as they are (prefix, wildcard,
 *       fuzzy, range, boosts: rare in subscriptions).</li>
 * </ul>
 * Equality is identity: each subscription's query is its own instance.
 */
final class CompactQuery extends Query {

  private static final String[] FIELDS = StoryFields.FIELDS.toArray(String[]::new);
  private static final Occur[] OCCURS = Occur.values();
  private static final byte TERM = 0;
  private static final byte PHRASE = 1;
  private static final byte BOOL = 2;
  private static final byte OTHER = 3;

  private final byte[] code;
  private final Query[] others;

  private CompactQuery(byte[] code, Query[] others) {
    this.code = code;
    this.others = others;
  }

  /** The compact form of {@code query}, or null for null. */
  static Query of(Query query) {
    if (query == null) {
      return null;
    }
    Encoder encoder = new Encoder();
    encoder.node(query);
    return new CompactQuery(encoder.bytes.toByteArray(),
        encoder.others.isEmpty() ? null : encoder.others.toArray(Query[]::new));
  }

  /** The Lucene query this stands for, newly built. */
  Query expand() {
    return new Decoder(code, others).node();
  }

  /** Bytes of the encoded form (for tests and sizing). */
  int encodedLength() {
    return code.length;
  }

  private static final class Encoder {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    final List<Query> others = new ArrayList<>(0);

    void node(Query query) {
      if (query instanceof TermQuery tq && field(tq.getTerm().field()) >= 0) {
        bytes.write(TERM);
        bytes.write(field(tq.getTerm().field()));
        text(tq.getTerm().bytes());
      } else if (query instanceof PhraseQuery pq && pq.getField() != null && field(pq.getField()) >= 0) {
        bytes.write(PHRASE);
        bytes.write(field(pq.getField()));
        vint(pq.getSlop());
        Term[] terms = pq.getTerms();
        int[] positions = pq.getPositions();
        vint(terms.length);
        for (int i = 0; i < terms.length; i++) {
          vint(positions[i]);
          text(terms[i].bytes());
        }
      } else if (query instanceof BooleanQuery bq) {
        bytes.write(BOOL);
        vint(bq.getMinimumNumberShouldMatch());
        List<BooleanClause> clauses = bq.clauses();
        vint(clauses.size());
        for (BooleanClause c : clauses) {
          bytes.write(c.occur().ordinal());
          node(c.query());
        }
      } else {
        bytes.write(OTHER);
        vint(others.size());
        others.add(query);
      }
    }

    void text(BytesRef text) {
      vint(text.length);
      bytes.write(text.bytes, text.offset, text.length);
    }

    void vint(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("negative value " + value);
      }
      while ((value & ~0x7F) != 0) {
        bytes.write((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      bytes.write(value);
    }
  }

  private static final class Decoder {
    final byte[] code;
    final Query[] others;
    int at;

    Decoder(byte[] code, Query[] others) {
      this.code = code;
      this.others = others;
    }

    Query node() {
      byte tag = code[at++];
      return switch (tag) {
        case TERM -> {
          String field = FIELDS[code[at++]];
          yield new TermQuery(new Term(field, text()));
        }
        case PHRASE -> {
          String field = FIELDS[code[at++]];
          PhraseQuery.Builder b = new PhraseQuery.Builder();
          b.setSlop(vint());
          for (int i = 0, n = vint(); i < n; i++) {
            int position = vint();
            b.add(new Term(field, text()), position);
          }
          yield b.build();
        }
        case BOOL -> {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          b.setMinimumNumberShouldMatch(vint());
          for (int i = 0, n = vint(); i < n; i++) {
            Occur occur = OCCURS[code[at++]];
            b.add(node(), occur);
          }
          yield b.build();
        }
        case OTHER -> others[vint()];
        default -> throw new IllegalStateException("corrupt compact query: tag " + tag + " at " + (at - 1));
      };
    }

    BytesRef text() {
      int length = vint();
      BytesRef text = new BytesRef(code, at, length);
      at += length;
      return text;
    }

    int vint() {
      int value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = code[at++];
        value |= (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
    }
  }

  private static int field(String name) {
    for (int i = 0; i < FIELDS.length; i++) {
      if (FIELDS[i].equals(name)) {
        return i;
      }
    }
    return -1;
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
