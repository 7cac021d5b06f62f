package dev.newswatch.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in uk, pl, lt, de, fr, es, it and pt news, inflected, and common words that must not match. */
class MultilingualEntityTest {

  private static final EntityMatcher MATCHER = new EntityMatcher(Gazetteer.bundled());

  private static Set<String> ids(String text) {
    return MATCHER.find(text).stream().map(EntityMention::id).collect(Collectors.toSet());
  }

  private static void assertFinds(String text, String... expected) {
    assertThat(ids(text)).as(text).containsExactlyInAnyOrder(expected);
  }

  @Test
  void polish() {
    assertFinds("Prezydent Aleksander Łukaszenka ułaskawił w środę 18 więźniów politycznych, poinformowała służba "
        + "prasowa Łukaszenki.", "person:lukashenko");
    assertFinds("Swiatłana Cichanouska podziękowała Stanom Zjednoczonym; według Cichanouskiej na wolność wyszedł "
        + "też Aleś Białacki.", "person:tsikhanouskaya", "country:us", "person:bialiatski");
    assertFinds("Wiasna podaje, że w białoruskich więzieniach nadal przebywa ponad tysiąc osób, a rozmowy o "
        + "Poczobucie trwają.", "org:viasna", "country:by", "person:poczobut");
    assertFinds("Unia Europejska przedłużyła sankcje wobec Białorusi, a UE rozważa nowe ograniczenia dla "
        + "Biełaruśkalija.", "country:eu", "country:by", "org:belaruskali");
    assertFinds("Sąd w Grodnie skazał Andrzeja Poczobuta; Polska domaga się uwolnienia Poczobuta, a Łukaszence "
        + "zarzuca łamanie prawa.", "person:poczobut", "country:pl", "person:lukashenko");
    assertFinds("Mąż Cichanouskiej, Siarhiej Cichanouski, spotkał się z Białackim i Kolesnikową w Wilnie.",
        "person:tsikhanouskaya", "person:tsikhanouski", "person:bialiatski", "person:kalesnikava",
        "city:vilnius");
  }

  @Test
  void lithuanian() {
    assertFinds("Lukašenka paleido 52 kalinius; Cichanouskajos teigimu, tarp jų yra Lietuvos piliečių.",
        "person:lukashenko", "person:tsikhanouskaya", "country:lt");
    assertFinds("JAV atšaukė sankcijas Belavia, o Europos Sąjunga jas pratęsė; Lukašenkai tai pergalė.",
        "country:us", "org:belavia", "country:eu", "person:lukashenko");
    assertFinds("Baltarusijos opozicijos lyderė Cichanouskaja Vilniuje susitiko su Bialiackiu ir Kalesnikavos "
        + "advokatais.", "country:by", "person:tsikhanouskaya", "city:vilnius", "person:bialiatski",
        "person:kalesnikava");
  }

  @Test
  void ukrainian() {
    assertFinds("Лукашенко помилував 23 в'язнів, повідомила Світлана Тихановська; за словами Тихановської, серед "
        + "них громадяни України.", "person:lukashenko", "person:tsikhanouskaya", "country:ua");
    assertFinds("Сполучені Штати послабили санкції проти Білорусі після зустрічі з Лукашенком у Мінську.",
        "country:us", "country:by", "person:lukashenko", "city:minsk");
    assertFinds("ЄС продовжив санкції проти «Білоруськалію», а Біляцького досі тримають у колонії.",
        "country:eu", "org:belaruskali", "person:bialiatski");
  }

  @Test
  void german() {
    assertFinds("Lukaschenko hat 14 politische Gefangene begnadigt, teilte Swetlana Tichanowskaja mit. Die EU und "
        + "die USA lockern die Sanktionen gegen Belavia.", "person:lukashenko", "person:tsikhanouskaya",
        "country:eu", "country:us", "org:belavia");
    assertFinds("Die belarussische Menschenrechtsorganisation Wjasna meldet, dass Bjaljazki und Kolesnikowa in "
        + "Weißrussland freigelassen wurden.", "country:by", "org:viasna", "person:bialiatski", "person:kalesnikava");
    assertFinds("Litauen und Polen kritisierten Lukaschenkos Regime; in Minsk hieß es, der US-Gesandte komme bald.",
        "country:lt", "country:pl", "person:lukashenko", "city:minsk", "country:us");
  }

  @Test
  void french() {
    assertFinds("Loukachenko a gracié 16 prisonniers politiques, selon Viasna. L'Union européenne maintient ses "
        + "sanctions contre la Biélorussie.", "person:lukashenko", "org:viasna", "country:eu", "country:by");
    assertFinds("Les États-Unis ont levé les sanctions visant Belavia, a salué Svetlana Tikhanovskaïa depuis la "
        + "Lituanie.", "country:us", "org:belavia", "person:tsikhanouskaya", "country:lt");
  }

  @Test
  void spanish() {
    assertFinds("Lukashenko indultó a 20 presos políticos, según Tijanóvskaya. EE.UU. levantó sanciones a Belavia "
        + "y Belaruskali.", "person:lukashenko", "person:tsikhanouskaya", "country:us", "org:belavia",
        "org:belaruskali");
    assertFinds("La Unión Europea y el gobierno estadounidense discrepan sobre Bielorrusia; Polonia pide más "
        + "presión.", "country:eu", "country:us", "country:by", "country:pl");
  }

  @Test
  void italian() {
    assertFinds("Lukashenko ha graziato 30 prigionieri politici; l'Ue valuta nuove sanzioni, ha detto Tikhanovskaya. "
        + "Gli Stati Uniti hanno revocato le misure.", "person:lukashenko", "country:eu", "person:tsikhanouskaya",
        "country:us");
    assertFinds("Il governo bielorusso ha liberato Bialiatski, premio Nobel; la Bielorussia resta sotto sanzioni "
        + "dell'Unione europea.", "country:by", "person:bialiatski", "country:eu");
  }

  @Test
  void portuguese() {
    assertFinds("Lukashenko perdoou 25 presos políticos; os EUA aliviaram sanções à Belavia, disse Tsikhanovskaia. "
        + "A União Europeia mantém as sanções.", "person:lukashenko", "country:us", "org:belavia",
        "person:tsikhanouskaya", "country:eu");
    assertFinds("O enviado norte-americano chegou à Bielorrússia, vizinha da Lituânia e da Ucrânia.",
        "country:us", "country:by", "country:lt", "country:ua");
  }

  @ParameterizedTest
  @CsvSource({
      "Łukaszenki, person:lukashenko", "Łukaszence, person:lukashenko", "Łukaszenką, person:lukashenko",
      "Łukaszenkę, person:lukashenko", "Lukašenkos, person:lukashenko", "Lukašenkai, person:lukashenko",
      "Лукашенка, person:lukashenko", "Lukaschenko, person:lukashenko", "Lukašenko, person:lukashenko",
      "Cichanouskiej, person:tsikhanouskaya", "Cichanouską, person:tsikhanouskaya",
      "Cichanouskajos, person:tsikhanouskaya", "Тихановської, person:tsikhanouskaya",
      "Tikhanovskaïa, person:tsikhanouskaya", "Tijanóvskaya, person:tsikhanouskaya",
      "Tichanovskaja, person:tsikhanouskaya", "Cichanouskaja, person:tsikhanouskaya",
      "Cichanouskiego, person:tsikhanouski", "Тихановського, person:tsikhanouski",
      "Białackiego, person:bialiatski", "Bialacki, person:bialiatski", "Bjaljazki, person:bialiatski",
      "Kalesnikawa, person:kalesnikava", "Kolesnikowej, person:kalesnikava", "Колесникової, person:kalesnikava",
      "Poczobuta, person:poczobut", "Poczobutem, person:poczobut", "Počobuto, person:poczobut",
      "Putinowi, person:putin", "Poutine, person:putin", "Selenskyj, person:zelensky", "Zełenskiego, person:zelensky",
      "Statkiewicza, person:statkevich", "Labkovičiaus, person:labkovich"})
  void inflectedSurnames(String word, String id) {
    assertThat(ids("Wczoraj " + word + " mówił.")).containsExactly(id);
  }

  @ParameterizedTest
  @CsvSource({
      "Białoruś, country:by", "białoruskich, country:by", "Weißrussland, country:by", "belarussischen, country:by",
      "Biélorussie, country:by", "biélorusse, country:by", "Bielorrusia, country:by", "bielorruso, country:by",
      "Bielorussia, country:by", "bielorusso, country:by", "Bielorrússia, country:by", "Baltarusija, country:by",
      "Baltarusijos, country:by", "baltarusių, country:by", "Білорусь, country:by", "Білорусі, country:by",
      "білоруський, country:by", "Litwy, country:lt", "Litwie, country:lt", "Litauen, country:lt",
      "Lituanie, country:lt", "Lituânia, country:lt", "Lietuvos, country:lt", "Литви, country:lt",
      "amerykański, country:us", "États-Unis, country:us", "estadounidense, country:us", "statunitense, country:us",
      "EUA, country:us", "JAV, country:us", "США, country:us", "Vereinigten Staaten, country:us",
      "Europäische Union, country:eu", "Union européenne, country:eu", "Unione europea, country:eu",
      "União Europeia, country:eu", "Europos Sąjunga, country:eu", "ЄС, country:eu", "UE, country:eu",
      "Ukrainie, country:ua", "Ucrânia, country:ua", "Україні, country:ua", "Rosji, country:ru",
      "Russland, country:ru", "Łotwie, country:lv", "Estland, country:ee", "Niemczech, country:de",
      "Japonii, country:jp", "Mińsku, city:minsk", "Kijowie, city:kyiv", "Warszawie, city:warsaw"})
  void countriesAndCities(String word, String id) {
    assertThat(ids("Wczoraj " + word + " mówił.")).containsExactly(id);
  }

  @Test
  void germanCapitalisedNounsMatchNoOne() {
    assertThat(ids("Der Boden, die Bilanz, der Lastwagen, die Kolonie, die Kasse, das Schicksal, die Polizei, "
        + "der Bauer, der Putz, die Trumpfkarte, die Zeichen, der Laden, die Loseblattsammlung, der Kalender.")).isEmpty();
    assertThat(ids("Die Familie steht auf belarussischem Boden, sagte der Minister in Baden-Württemberg."))
        .containsExactly("country:by");
  }

  @Test
  void polishAndLithuanianCommonWordsMatchNoOne() {
    assertThat(ids("Znak zapytania pozostaje. Wiosna przyszła wcześnie. Proces rusza w poniedziałek, a kij "
        + "leży w kącie.")).isEmpty();
    assertThat(ids("Tai yra svarbu. Est-ce que le kit est prêt? Let us see the chin, Sir.")).isEmpty();
    // Italian "Ue" only as written.
    assertThat(ids("ue ue")).isEmpty();
  }

  @Test
  void znakAloneNeedsContext() {
    assertThat(ids("Znak drogowy stoi przy wjeździe.")).isEmpty();
    assertThat(ids("Adwokat Znak, skazany razem z Kalesnikawą, wyszedł na wolność.")).contains("person:znak");
  }

  @Test
  void coleNeedsContextInEveryLanguage() {
    assertThat(ids("Cole Porter schrieb das Lied.")).doesNotContain("person:coale");
    assertThat(ids("Der US-Sondergesandte John Cole traf Lukaschenko.")).contains("person:coale");
    assertThat(ids("Specjalny wysłannik Cole przyleciał do Mińska.")).contains("person:coale");
  }

  @Test
  void acronymsOnlyInCapitals() {
    assertThat(ids("Es ist spät; los estados ue.")).isEmpty();
    assertThat(MATCHER.find("Los EE.UU. y la UE").stream().map(EntityMention::id).toList())
        .containsExactly("country:us", "country:eu");
  }

  @Test
  void endingsAreGazetteerData() {
    Gazetteer g = Gazetteer.bundled();
    assertThat(g.endings()).containsKeys("ru", "be", "uk", "pl", "lt");
    assertThat(NameKey.fromGazetteer(g)).isSameAs(NameKey.standard());
    // A gazetteer with its own endings strips those: without Polish endings "Poczobutem" stays apart.
    Gazetteer noPolish = new Gazetteer(1, java.util.Map.of("en", List.of("a", "o")), null, g.entries());
    NameKey keys = NameKey.fromGazetteer(noPolish);
    assertThat(keys.key("Poczobutem")).isNotEqualTo(keys.key("Poczobut"));
    assertThat(NameKey.of("Poczobutem")).isEqualTo(NameKey.of("Poczobut"));
    assertThat(NameKey.gender("Cichanouskiej")).isEqualTo('f');
    assertThat(NameKey.gender("Cichanouskiego")).isEqualTo('m');
  }
}
