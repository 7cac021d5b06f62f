package dev.newswatch.alerts.match;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
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
 *   <li>{@code TERM}: field number, term length (Lucene var-int), UTF-8 bytes;</li>
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
    try {
      encoder.node(query);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode query", e); // in-memory output: not expected
    }
    return new CompactQuery(encoder.bytes.toArrayCopy(),
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

  /** Writes nodes with Lucene's var-ints, read back by {@link Decoder}. */
  private static final class Encoder {
    final ByteBuffersDataOutput bytes = new ByteBuffersDataOutput();
    final List<Query> others = new ArrayList<>(0);

    void node(Query query) throws IOException {
      int field = query instanceof TermQuery tq ? field(tq.getTerm().field())
          : query instanceof PhraseQuery pq && pq.getField() != null ? field(pq.getField()) : -1;
      if (query instanceof TermQuery tq && field >= 0) {
        bytes.writeByte(TERM);
        bytes.writeByte((byte) field);
        text(tq.getTerm().bytes());
      } else if (query instanceof PhraseQuery pq && field >= 0) {
        bytes.writeByte(PHRASE);
        bytes.writeByte((byte) field);
        bytes.writeVInt(pq.getSlop());
        Term[] terms = pq.getTerms();
        int[] positions = pq.getPositions();
        bytes.writeVInt(terms.length);
        for (int i = 0; i < terms.length; i++) {
          bytes.writeVInt(positions[i]);
          text(terms[i].bytes());
        }
      } else if (query instanceof BooleanQuery bq) {
        bytes.writeByte(BOOL);
        bytes.writeVInt(bq.getMinimumNumberShouldMatch());
        List<BooleanClause> clauses = bq.clauses();
        bytes.writeVInt(clauses.size());
        for (BooleanClause c : clauses) {
          bytes.writeByte((byte) c.occur().ordinal());
          node(c.query());
        }
      } else {
        bytes.writeByte(OTHER);
        bytes.writeVInt(others.size());
        others.add(query);
      }
    }

    void text(BytesRef text) throws IOException {
      bytes.writeVInt(text.length);
      bytes.writeBytes(text.bytes, text.offset, text.length);
    }
  }

  private static final class Decoder {
    final byte[] code;
    final ByteArrayDataInput in;
    final Query[] others;

    Decoder(byte[] code, Query[] others) {
      this.code = code;
      this.in = new ByteArrayDataInput(code);
      this.others = others;
    }

    Query node() {
      byte tag = in.readByte();
      return switch (tag) {
        case TERM -> {
          String field = FIELDS[in.readByte()];
          yield new TermQuery(new Term(field, text()));
        }
        case PHRASE -> {
          String field = FIELDS[in.readByte()];
          PhraseQuery.Builder b = new PhraseQuery.Builder();
          b.setSlop(in.readVInt());
          for (int i = 0, n = in.readVInt(); i < n; i++) {
            int position = in.readVInt();
            b.add(new Term(field, text()), position);
          }
          yield b.build();
        }
        case BOOL -> {
          BooleanQuery.Builder b = new BooleanQuery.Builder();
          b.setMinimumNumberShouldMatch(in.readVInt());
          for (int i = 0, n = in.readVInt(); i < n; i++) {
            Occur occur = OCCURS[in.readByte()];
            b.add(node(), occur);
          }
          yield b.build();
        }
        case OTHER -> others[in.readVInt()];
        default -> throw new IllegalStateException("corrupt compact query: tag " + tag + " at "
            + (in.getPosition() - 1));
      };
    }

    /** The next term's bytes, a view into the code (never written to). */
    BytesRef text() {
      int length = in.readVInt();
      BytesRef text = new BytesRef(code, in.getPosition(), length);
      in.skipBytes(length);
      return text;
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
