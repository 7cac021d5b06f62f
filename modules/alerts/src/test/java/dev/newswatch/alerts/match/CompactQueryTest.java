package dev.newswatch.alerts.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.model.Subscription;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The compact form expands back to exactly the query it was made from, whatever its shape. */
class CompactQueryTest {

  @Test
  void everyParsedShapeRoundTrips() {
    for (String text : List.of(
        "tags:pardon AND country:BY AND entities:\"Ales Bialiatski\"",
        "(entities:\"Maria Kalesnikava\" OR \"Ihar Losik\") AND tags:pardon AND NOT source:rferl.example",
        "title:(potash belavia) AND country:BY AND lang:en",
        "\"political prisoners\"~3 released",
        "tags:sanctions* OR title:belav?a OR text:lukashenka~1",
        "title:pardon^2 text:released",
        "+tags:pardon +(country:BY country:RU) -source:tut.example",
        "Ціханоўская вызваленне",
        "title:[a TO c] OR text:\"long " + "word ".repeat(40) + "phrase\"")) {
      Query parsed = QueryCompiler.parse(text);
      Query compact = CompactQuery.of(parsed);
      assertEquals(parsed, ((CompactQuery) compact).expand(), text);
      assertEquals(parsed.toString(), compact.toString(), text);
    }
  }

  @Test
  void compiledSubscriptionsRoundTrip() {
    Subscription watch = new Subscription("w", "o", null, null, List.of("Ales Bialiatski", "Тихановская"), 1, null,
        null, List.of(), 0, false, List.of(), List.of());
    Subscription legacy = new Subscription("l", "o", null, null, List.of(), 1, null, null, List.of(), 0, false,
        List.of("pardon", "sanctions.eased"), List.of("Belavia", "political prisoners"));
    for (Subscription s : List.of(watch, legacy)) {
      Query compiled = QueryCompiler.compile(s);
      assertEquals(compiled, ((CompactQuery) CompactQuery.of(compiled)).expand(), s.id());
    }
  }

  @Test
  void builtQueriesWithSlopPositionsAndMinimumShouldMatchRoundTrip() {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    phrase.add(new Term(StoryFields.TITLE, "prisoners"), 0);
    phrase.add(new Term(StoryFields.TITLE, "released"), 300); // position needs a two-byte var-int
    phrase.setSlop(2);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.setMinimumNumberShouldMatch(2);
    b.add(phrase.build(), Occur.SHOULD);
    b.add(new TermQuery(new Term(StoryFields.TAGS, "pardon")), Occur.SHOULD);
    b.add(new TermQuery(new Term(StoryFields.TEXT, "x".repeat(200))), Occur.SHOULD); // long term
    b.add(new TermQuery(new Term(StoryFields.COUNTRY, "by")), Occur.FILTER);
    b.add(new TermQuery(new Term("not-a-story-field", "kept")), Occur.MUST_NOT);
    Query built = b.build();
    CompactQuery compact = (CompactQuery) CompactQuery.of(built);
    assertEquals(built, compact.expand());
    assertEquals(built, compact.expand(), "expanding twice gives the same query");
    assertTrue(compact.encodedLength() < 300, "encoded in " + compact.encodedLength() + " bytes");
    assertNull(CompactQuery.of(null));
  }

  @Test
  void theUsualShapesTakeAFewDozenBytes() {
    CompactQuery name = (CompactQuery) CompactQuery.of(QueryCompiler.parse("entities:\"Ales Bialiatski\""));
    assertTrue(name.encodedLength() < 40, name.encodedLength() + " bytes");
  }
}
