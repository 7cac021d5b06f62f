package dev.newswatch.analysis.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.lang.SentenceGaps;
import dev.newswatch.analysis.lang.TextFields;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class TriggerTermsTest {

  private static final TextFields FIELDS = new TextFields(TagRuleFile.bundled().languages());

  private static Query parse(String field, String query) throws Exception {
    return new QueryParser(field, FIELDS.analyzer()).parse(query);
  }

  /** term@position[start,end] for each token the filtered analyzer keeps. */
  private static List<String> kept(Analyzer analyzer, String field, String text) throws Exception {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(term + "@" + pos + "[" + offset.startOffset() + "," + offset.endOffset() + "]");
      }
      ts.end();
    }
    return out;
  }

  @Test
  void keepsOnlyRuleTermsAtTheirOriginalPositionsAndOffsets() throws Exception {
    TriggerTerms triggers = new TriggerTerms(List.of(parse("en", "\"freed prisoners\"~6 -\"prisoners of war\""),
        parse("ru", "помиловал")));
    assertThat(triggers.keeps("en", "prison")).isTrue();
    assertThat(triggers.keeps("en", "war")).isTrue(); // a negated clause's terms matter too
    assertThat(triggers.keeps("en", "minsk")).isFalse();
    assertThat(triggers.keeps("be", "памілав")).isFalse();
    Analyzer filtered = triggers.filter(FIELDS.analyzer());
    assertThat(kept(filtered, "en", "Minsk freed twelve prisoners on Friday"))
        .containsExactly("freed@1[6,11]", "prison@3[19,28]");
  }

  @Test
  void dropsTermsOfPhrasesTheirSentenceDoesNotComplete() throws Exception {
    TriggerTerms triggers = new TriggerTerms(List.of(parse("en", "\"were freed\"~1 \"freed prisoners\"~6")));
    String text = "Officials were present. Minsk freed twelve prisoners.";
    SentenceGaps.set(new int[] {0, 24});
    try {
      // "were" has no "freed" in its sentence; positions still count the gap before the second sentence.
      assertThat(kept(triggers.filter(SentenceGaps.wrap(FIELDS.analyzer())), "en", text))
          .containsExactly("freed@104[30,35]", "prison@106[43,52]");
    } finally {
      SentenceGaps.set(null);
    }
  }

  @Test
  void aFieldQueriedWithAPatternIsNotFiltered() throws Exception {
    TriggerTerms triggers = new TriggerTerms(List.of(parse("en", "releas*"), parse("ru", "помиловал")));
    assertThat(triggers.keeps("en", "anything")).isTrue();
    assertThat(triggers.keeps("ru", "anything")).isFalse();
    assertThat(kept(triggers.filter(FIELDS.analyzer()), "en", "Minsk freed"))
        .containsExactly("minsk@0[0,5]", "freed@1[6,11]");
  }

  @Test
  void anEmptyDocumentCanOnlyMatchWhenSomeRuleHitsWithoutTokens() throws Exception {
    assertThat(new TriggerTerms(List.of(parse("en", "\"freed prisoners\"~6 -\"prisoners of war\""), parse("en", "releas*")))
        .emptyNeverMatches()).isTrue();
    assertThat(new TriggerTerms(List.of(parse("en", "*:* -\"prisoners of war\""))).emptyNeverMatches()).isFalse();
  }

  @Test
  void capturedTokensReplayWhatTheFilteredAnalyzerKept() throws Exception {
    Analyzer filtered = new TriggerTerms(List.of(parse("en", "\"freed prisoners\"~6"))).filter(FIELDS.analyzer());
    CapturedTokens none = CapturedTokens.of(filtered, "en", "Minsk hosted a football match on Friday");
    assertThat(none.size()).isZero();
    String text = "Minsk freed twelve prisoners on Friday";
    CapturedTokens some = CapturedTokens.of(filtered, "en", text);
    assertThat(some.size()).isEqualTo(2);
    List<String> replayed = new ArrayList<>();
    some.reset();
    int pos = -1;
    while (some.incrementToken()) {
      pos += some.getAttribute(PositionIncrementAttribute.class).getPositionIncrement();
      OffsetAttribute offset = some.getAttribute(OffsetAttribute.class);
      replayed.add(some.getAttribute(CharTermAttribute.class) + "@" + pos + "[" + offset.startOffset() + ","
          + offset.endOffset() + "]");
    }
    some.end();
    assertThat(replayed).isEqualTo(kept(filtered, "en", text));
    assertThat(some.getAttribute(OffsetAttribute.class).endOffset()).isEqualTo(text.length());
  }
}
