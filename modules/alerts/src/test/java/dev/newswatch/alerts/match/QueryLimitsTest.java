package dev.newswatch.alerts.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newswatch.model.Subscription;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QueryLimitsTest {

  private static final QueryLimits LIMITS = new QueryLimits(200, 20, 2, false, 20, 5);

  private static Subscription withQuery(String query) {
    return new Subscription("s", "alice", null, query, List.of(), 1, null, null, List.of(), 0, false, List.of(),
        List.of());
  }

  private static InvalidQueryException refused(QueryLimits limits, Subscription s) {
    return catchThrowableOfType(InvalidQueryException.class, () -> limits.check(s));
  }

  @Test
  void ordinaryQueriesPassTheDefaults() {
    for (String q : List.of("entities:\"Ales Bialiatski\" AND tags:pardon", "bialiat* OR (belavia AND sanctions)",
        "title:lukashenk* AND NOT tags:sport", "country:BY AND (pardon OR released OR freed)")) {
      assertThatCode(() -> QueryLimits.defaults().check(withQuery(q))).doesNotThrowAnyException();
    }
  }

  @Test
  void tooManyClausesNamesTheLimit() {
    String query = IntStream.range(0, 11).mapToObj(i -> "word" + i).collect(Collectors.joining(" OR "));
    InvalidQueryException e = refused(LIMITS, withQuery(query)); // 11 words on title and text: 22 clauses
    assertThat(e.limit()).isEqualTo("maxClauses");
    assertThat(e.getMessage()).contains("22 clauses").contains("limit of 20");
    assertThatCode(() -> LIMITS.check(withQuery("word1 OR word2"))).doesNotThrowAnyException();
  }

  @Test
  void watchlistNamesCountAsClauses() {
    Subscription s = new Subscription("s", "alice", null, "tags:pardon", List.of("Ales Bialiatski", "Maria Kalesnikava",
        "Ihar Losik", "Siarhei Tsikhanouski", "Viktar Babaryka"), 1, null, null, List.of(), 0, false, List.of(),
        List.of());
    assertThatCode(() -> LIMITS.check(s)).doesNotThrowAnyException();
    QueryLimits tight = new QueryLimits(200, 5, 2, false, 20, 5);
    assertThat(refused(tight, s).limit()).isEqualTo("maxClauses");
  }

  @Test
  void tooManyWildcardsSaysWhichOneIsOverTheLimit() {
    InvalidQueryException e = refused(LIMITS, withQuery("bial* OR losik~ OR\nkales*"));
    assertThat(e.limit()).isEqualTo("maxMultiTermQueries");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage()).contains("line 2, column 1").contains("more than 2 wildcard");
    assertThatCode(() -> LIMITS.check(withQuery("bial* OR losik~"))).doesNotThrowAnyException();
  }

  @Test
  void regularExpressionsAreRefusedWithTheirPosition() {
    InvalidQueryException e = refused(LIMITS, withQuery("tags:pardon AND /bial.*/"));
    assertThat(e.limit()).isEqualTo("allowRegex");
    assertThat(e.column()).isEqualTo(17);
    assertThat(e.reason()).contains("regular expressions");
  }

  @Test
  void allowedRegularExpressionsAreLimitedInLengthAndStart() {
    QueryLimits regex = new QueryLimits(200, 20, 2, true, 12, 5);
    assertThatCode(() -> regex.check(withQuery("/bial[ij]at.*/"))).doesNotThrowAnyException();
    assertThat(refused(regex, withQuery("/bialiatski[a-z]+/")).limit()).isEqualTo("maxRegexLength");
    InvalidQueryException leading = refused(regex, withQuery("/.*atski/"));
    assertThat(leading.limit()).isEqualTo("allowRegex");
    assertThat(leading.reason()).contains("fixed character");
  }

  @Test
  void anOverlongQueryIsRefusedAtTheFirstCharacterPastTheLimit() {
    String query = "pardon OR ".repeat(25) + "freed"; // 255 characters
    InvalidQueryException e = refused(LIMITS, withQuery(query));
    assertThat(e.limit()).isEqualTo("maxQueryLength");
    assertThat(e.column()).isEqualTo(201);
    assertThat(e.getMessage()).contains("255 characters").contains("limit of 200");
  }

  @Test
  void aLongWatchlistIsRefused() {
    Subscription s = new Subscription("s", "alice", null, null, List.of("A B", "C D", "E F", "G H", "I J", "K L"), 1,
        null, null, List.of(), 0, false, List.of(), List.of());
    InvalidQueryException e = refused(LIMITS, s);
    assertThat(e.limit()).isEqualTo("maxWatchlist");
    assertThat(e.getMessage()).contains("6 names").contains("limit of 5");
  }
}
