package dev.newswatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityMatcherTest {

  private static final EntityMatcher MATCHER = new EntityMatcher(Gazetteer.bundled());

  private static List<String> ids(String text) {
    return MATCHER.find(text).stream().map(EntityMention::id).toList();
  }

  @ParameterizedTest
  @CsvSource({
      "Bialiatski, person:bialiatski", "Byalyatski, person:bialiatski", "Беляцкий, person:bialiatski",
      "Бяляцкі, person:bialiatski", "Беляцкого, person:bialiatski", "Belyatsky, person:bialiatski",
      "Tsikhanouskaya, person:tsikhanouskaya", "Tikhanovskaya, person:tsikhanouskaya",
      "Тихановская, person:tsikhanouskaya", "Ціханоўская, person:tsikhanouskaya",
      "Тихановской, person:tsikhanouskaya", "Tikhanovsky, person:tsikhanouski", "Тихановского, person:tsikhanouski",
      "Kolesnikova, person:kalesnikava", "Kalesnikava, person:kalesnikava", "Колесникову, person:kalesnikava",
      "Лукашенко, person:lukashenko", "Лукашэнка, person:lukashenko", "Lukashenka, person:lukashenko",
      "Бабарыку, person:babaryka", "Беларусі, country:by", "Литву, country:lt"})
  void matchesSpellingsAndInflections(String word, String id) {
    assertThat(ids("Yesterday " + word + " spoke.")).contains(id);
  }

  @Test
  void coleNeedsContext() {
    assertThat(ids("Nat King Cole sang at the festival.")).doesNotContain("person:coale");
    assertThat(ids("John Cole, the US special envoy to Belarus, arrived.")).contains("person:coale");
  }

  @Test
  void commonWordsDoNotMatch() {
    assertThat(ids("Black smoke rose as the balance of the bank was checked by us and Bela.")).isEmpty();
  }

  @Test
  void acronymsNeedCapitals() {
    assertThat(ids("The US and the EU agreed; let us go.")).containsExactly("country:us", "country:eu");
  }

  @Test
  void keysFoldRomanisations() {
    assertThat(NameKey.of("Bialiatski")).isEqualTo(NameKey.of("Byalyatski"));
    assertThat(NameKey.of("Kolesnikova")).isEqualTo(NameKey.of("Kalesnikava"));
  }
}
