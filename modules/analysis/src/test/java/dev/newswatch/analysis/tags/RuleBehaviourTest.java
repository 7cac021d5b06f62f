package dev.newswatch.analysis.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.analysis.entities.EntityMention;
import dev.newswatch.analysis.entities.Gazetteer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RuleBehaviourTest {

  private static final ArticleTagger TAGGER = ArticleTagger.defaults();

  @AfterAll
  static void close() throws Exception {
    TAGGER.close();
  }

  private static TagRuleFile file(String json) {
    return TagRuleFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  @Test
  void phrasesDoNotReachAcrossSentences() {
    // "freed ... prisoners" lies within the phrase slop only if the sentence boundary is ignored.
    assertThat(TAGGER.tag("Border queues freed up",
        "Officials counted prisoners of the old regime in museums.").has("pardon", null)).isFalse();
  }

  @Test
  void threatSuppressesImpositionInTheSameSentence() {
    TagResult r = TAGGER.tag("", "Washington threatened new sanctions against Minsk over the detentions.");
    assertThat(r.has("sanctions.threatened", "BY")).isTrue();
    assertThat(r.has("sanctions.imposed", null)).isFalse();
  }

  @Test
  void aReleaseThatPaidForEasingDoneIsReportedButOneOnlyOfferedIsNot() {
    assertThat(TAGGER.tag("", "Gli Stati Uniti hanno revocato le sanzioni contro la compagnia aerea bielorussa Belavia, "
        + "in cambio della liberazione di alcuni detenuti.").has("pardon", "BY")).isTrue();
    assertThat(TAGGER.tag("", "The United States lifted sanctions on Belavia in return for the release of 20 prisoners.")
        .has("pardon", "BY")).isTrue();
    assertThat(TAGGER.tag("", "The United States could lift sanctions on Belavia in return for the release of more "
        + "prisoners.").has("pardon", null)).isFalse();
  }

  @Test
  void aPlaceTheFreedAreTakenToIsNotTheirNationality() {
    assertThat(TAGGER.tag("52 Häftlinge frei, Busse fahren nach Litauen", "").has("pardon.foreign", null)).isFalse();
    assertThat(TAGGER.tag("", "Cinquantadue prigionieri sono stati liberati e portati in Lituania, ha detto il ministero.").has("pardon.foreign", null))
        .isFalse();
    assertThat(TAGGER.tag("", "Belarus hat fünf Litauer freigelassen.").has("pardon.foreign", "BY")).isTrue();
  }

  @Test
  void theNationalityOfTheListedPartiesIsTheTargetNotTheBorderTheyConcern() {
    TagResult r = TAGGER.tag("", "European Union governments on Monday added 17 Belarusian officials and a state tour "
        + "operator to the bloc's sanctions list, accusing them of organising flights that brought migrants to the "
        + "Polish and Lithuanian borders.");
    assertThat(r.has("sanctions", "BY")).isTrue();
    assertThat(r.has("sanctions", "PL")).isFalse();
  }

  @Test
  void aMemberOfAMinorityIsNoForeigner() {
    assertThat(TAGGER.tag("", "Działacz mniejszości polskiej Andrzej Poczobut wyszedł na wolność po ułaskawieniu.")
        .has("pardon.foreign", null)).isFalse();
    assertThat(TAGGER.tag("", "Polish journalist Andrzej Poczobut was freed from a Belarusian prison.")
        .has("pardon.foreign", "BY")).isTrue();
  }

  @Test
  void convictionsOverTheProtestsMakeThePardonPolitical() {
    assertThat(TAGGER.tag("", "Лукашенко помиловал 25 человек, осуждённых по так называемым протестным статьям.")
        .has("pardon.political", "BY")).isTrue();
    assertThat(TAGGER.tag("", "Il presidente bielorusso Aleksandr Lukashenko ha graziato 18 persone condannate per "
        + "reati legati alle proteste del 2020.").has("pardon.political", "BY")).isTrue();
  }

  @Test
  void headlineWithoutCountryJoinsTheBodysCountry() {
    TagResult r = TAGGER.tag("Lithuania threatens sanctions", "Lithuania threatened sanctions against Belarus.");
    assertThat(r.tags()).filteredOn(t -> t.tag().equals("sanctions")).extracting(TagHit::country)
        .containsExactly("BY");
  }

  @Test
  void envoyNationalityIsNotTheActor() {
    TagResult r = TAGGER.tag("", "Fifty-two prisoners were released from jail in Belarus after a visit by US envoy John Coale.");
    assertThat(r.has("pardon", "BY")).isTrue();
    assertThat(r.has("pardon", "US")).isFalse();
  }

  @Test
  void knownPoliticalPrisonerMakesThePardonPolitical() {
    assertThat(TAGGER.tag("", "Николай Статкевич вышел на свободу.").has("pardon.political", "BY")).isTrue();
  }

  @Test
  void nationalityBeforeAReleasedNameMakesItForeignButAnEnvoyDoesNot() {
    assertThat(TAGGER.tag("", "Polish journalist Andrzej Poczobut was freed from a Belarusian prison.")
        .has("pardon.foreign", "BY")).isTrue();
    assertThat(TAGGER.tag("", "Ales Bialiatski was freed from a Belarusian prison after US envoy John Coale visited.")
        .has("pardon.foreign", null)).isFalse();
    assertThat(TAGGER.tag("", "Спецпосланник США Джон Коул прибыл в Минск; освобождены 52 заключенных.")
        .has("pardon.foreign", null)).isFalse();
  }

  @Test
  void citizensOfAnotherCountryMakeItForeignButTheReleasingCountrysOwnDoNot() {
    assertThat(TAGGER.tag("", "An Estonian citizen jailed in Belarus for two years was freed and returned to Tallinn.")
        .has("pardon.foreign", "BY")).isTrue();
    assertThat(TAGGER.tag("", "Лукашэнка памілаваў грамадзяніна Японіі, асуджанага за шпіянаж.")
        .has("pardon.foreign", "BY")).isTrue();
    TagResult own = TAGGER.tag("", "Belarus released 18 Belarusian citizens convicted of extremism.");
    assertThat(own.has("pardon", "BY")).isTrue();
    assertThat(own.has("pardon.foreign", null)).isFalse();
  }

  @Test
  void theReleasedPeoplesNationalityAndCommentatorsAreNotWhoReleases() {
    TagResult lithuanians = TAGGER.tag("Two Lithuanians pardoned",
        "Lukashenko pardoned two Lithuanian citizens convicted of smuggling.");
    assertThat(lithuanians.tags()).filteredOn(t -> t.tag().equals("pardon")).extracting(TagHit::country)
        .containsExactly("BY");
    TagResult thanks = TAGGER.tag("", "Зеленский поблагодарил США за освобождение украинцев из белорусских колоний.");
    assertThat(thanks.tags()).filteredOn(t -> t.tag().equals("pardon")).extracting(TagHit::country)
        .containsExactly("BY");
    TagResult brokered = TAGGER.tag("", "Belarus freed 14 prisoners, including a US citizen, in a deal brokered by "
        + "Washington in return for lifting sanctions on potash.");
    assertThat(brokered.has("pardon.exchange", "BY")).isTrue();
    assertThat(brokered.has("pardon.foreign", "BY")).isTrue();
    assertThat(brokered.has("pardon", "US")).isFalse();
  }

  @Test
  void theStrongestRuleDecidesTheCountryOfASentence() {
    // The weak "обмен заключёнными" stands after Польша; "Минск освободил" is the release.
    TagResult r = TAGGER.tag("", "Беларусь и Польша провели обмен заключёнными: Минск освободил пятерых граждан Польши.");
    assertThat(r.has("pardon", "BY")).isTrue();
    assertThat(r.has("pardon.exchange", "BY")).isTrue();
    assertThat(r.has("pardon", "PL")).isFalse();
    assertThat(r.facts().releasedCount()).isEqualTo(5L);
  }

  @Test
  void demandedOrNegotiatedReleasesAndOtherExchangesAreNotPardons() {
    assertThat(TAGGER.tag("", "The Polish foreign minister said Warsaw would keep demanding the release of Andrzej Poczobut.")
        .has("pardon", null)).isFalse();
    assertThat(TAGGER.tag("", "Talks on the release of the detained Americans continued in Minsk without result.")
        .has("pardon", null)).isFalse();
    assertThat(TAGGER.tag("", "Lukashenko and the Chinese ambassador held an exchange of views on trade in Minsk.")
        .tags()).isEmpty();
    assertThat(TAGGER.tag("", "Released journalist Ihar Losik said he had been allowed no exchange of letters with his family.")
        .has("pardon.exchange", null)).isFalse();
  }

  @Test
  void unknownNamesNearReleasesAreCandidates() {
    TagResult r = TAGGER.tag("Belarus frees prisoners", "Belarus released Ihar Karnei and two other prisoners on Monday.");
    assertThat(r.entities()).extracting(EntityMention::id).contains("candidate:Ihar Karnei");
  }

  @Test
  void userRulesExtendTheBundledOnes() {
    TagRuleFile extra = file("{\"version\":2,\"threshold\":0.5,\"tags\":{\"pardon\":{\"cameo\":\"0841\"}},"
        + "\"rules\":[{\"id\":\"user-commute\",\"tag\":\"pardon\",\"query\":\"\\\"death sentence commuted\\\"~3\",\"weight\":0.9}]}");
    try (ArticleTagger tagger = new ArticleTagger(TagRuleFile.bundled().plus(extra), Gazetteer.bundled())) {
      TagResult r = tagger.tag("", "In Belarus, his death sentence was commuted.");
      assertThat(r.tags()).anySatisfy(t -> assertThat(t.evidence().get(0).rules()).contains("user-commute"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void ruleFileNamesUnknownTags() {
    assertThatThrownBy(() -> file("{\"version\":2,\"threshold\":0.5,\"tags\":{},"
        + "\"rules\":[{\"id\":\"r1\",\"tag\":\"nope\",\"query\":\"x\",\"weight\":0.5}]}"))
        .hasMessageContaining("r1").hasMessageContaining("nope");
  }

  @Test
  void theObjectOfASanctionVerbIsItsTargetBeforeAnyPlaceAfterOver() {
    TagResult r = TAGGER.tag("", "Ministers voted on Tuesday to sanction Belarus over what Poland calls a hybrid "
        + "attack on its border.");
    assertThat(r.has("sanctions", "BY")).isTrue();
    assertThat(r.has("sanctions", "PL")).isFalse();
    // Whose sanctions they are is no target: "санкции США против Ирана".
    assertThat(TAGGER.tag("", "Санкции США против Ирана расширены.").has("sanctions", "US")).isFalse();
  }

  @Test
  void aCountryAcrossABorderOrAfterAnOccupationDoesNotFree() {
    TagResult border = TAGGER.tag("", "Ihar Losik was released and crossed the border with Lithuania on Sunday, "
        + "after years in a Belarusian prison.");
    assertThat(border.has("pardon", "LT")).isFalse();
    TagResult role = TAGGER.tag("", "O jornalista lituano foi libertado pelas autoridades bielorrussas e já se "
        + "encontra em Vilnius.");
    assertThat(role.has("pardon", "BY")).isTrue();
    assertThat(role.has("pardon", "LT")).isFalse();
  }

  @Test
  void aReleaseReportedWithSanctionsEasedIsOneHalfOfADealAndTheTargetFrees() {
    TagResult r = TAGGER.tag("", "Washington removed sanctions on Belarusian banks on Friday after Minsk freed 40 "
        + "prisoners.");
    assertThat(r.has("pardon.exchange", "BY")).isTrue();
    TagResult unnamed = TAGGER.tag("США сняли санкции с белорусских банков",
        "Министерство финансов США сняло санкции с двух белорусских банков. Решение стало ответом на освобождение "
            + "40 заключенных.");
    assertThat(unnamed.has("pardon", "BY")).isTrue();
    assertThat(unnamed.has("pardon", "US")).isFalse();
    assertThat(unnamed.has("pardon.exchange", "BY")).isTrue();
  }

  @Test
  void aReleaseLastWeekIsBackgroundAndAnOfferToEaseIsNoThreat() {
    TagResult r = TAGGER.tag("El Tesoro levanta las sanciones a Belaruskali",
        "Estados Unidos levantó las sanciones contra Belaruskali tras la excarcelación de 30 presos la semana pasada.");
    assertThat(r.has("sanctions.eased", "BY")).isTrue();
    assertThat(r.has("pardon", null)).isFalse();
    TagResult offer = TAGGER.tag("", "Washington is ready to consider lifting sanctions on Belarusian potash if "
        + "Minsk frees more prisoners.");
    assertThat(offer.has("sanctions.intent-ease", "BY")).isTrue();
    assertThat(offer.has("sanctions.threatened", null)).isFalse();
  }

  @Test
  void sanctionsEasedOrImposedUnderAConditionAreAnOfferOrAThreat() {
    TagResult offer = TAGGER.tag("", "Le Trésor américain allégera les sanctions contre Belaruskali si Minsk libère "
        + "d'autres prisonniers.");
    TagResult threat = TAGGER.tag("", "Ottawa said it would impose new sanctions on Belarus should more journalists "
        + "be jailed.");
    assertThat(threat.has("sanctions.threatened", "BY")).isTrue();
    assertThat(threat.has("sanctions.imposed", null)).isFalse();
    assertThat(offer.has("sanctions.eased", null)).isFalse();
  }

  @Test
  void bundledRulesAllCompile() {
    assertThat(TAGGER.rules().rules()).hasSizeGreaterThan(40);
  }

  @Test
  void sanctionsNamedOnlyAsTheSettingOfOtherNewsAreNoSanctionsStory() {
    String lead = "Farmers in the Minsk region gathered 12 percent less grain than planned, the agriculture ministry "
        + "said. Heavy rain in August delayed the harvest by three weeks. Diesel was scarce in some districts. ";
    // Said once, deep in the text, with no move (a sector is none): the setting, not the story.
    assertThat(TAGGER.tag("Belarus grain harvest falls short of plan", lead
        + "Exporters still route their potash through Russian ports because of Western sanctions.")
        .has("sanctions", null)).isFalse();
    // A move said there is reported.
    assertThat(TAGGER.tag("Belarus grain harvest falls short of plan", lead
        + "On Thursday the EU extended its sanctions on Belarus for another year.").has("sanctions", "BY")).isTrue();
    // So are sanctions in the headline.
    assertThat(TAGGER.tag("Sanctions squeeze Belarusian potash exports", lead).has("sanctions", "BY")).isTrue();
  }

  @Test
  void sanctionsRecalledInAReleaseStoryAreAnAsideUnlessTheirEasingPaidForIt() {
    assertThat(TAGGER.tag("Belarus frees 18 prisoners", "Belarusian authorities freed 18 people convicted over the "
        + "2020 protests on Friday. Western sanctions imposed after that election remain in force.")
        .has("sanctions", null)).isFalse();
    TagResult deal = TAGGER.tag("Belarus frees 18 prisoners", "Belarusian authorities freed 18 people on Friday. "
        + "In return, Washington lifted sanctions on the potash producer Belaruskali.");
    assertThat(deal.has("pardon", "BY")).isTrue();
    assertThat(deal.has("sanctions.eased", "BY")).isTrue();
  }

  @Test
  void onlyTheFirstTargetWordAfterTheSanctionsAndOnlyANearOneBeforeThemNameTheTarget() {
    TagResult r = TAGGER.tag("Canada widens sanctions on 14 Belarusian officials over aid for Russia\u2019s army", "");
    assertThat(r.has("sanctions", "BY")).isTrue();
    assertThat(r.has("sanctions", "RU")).isFalse();
    TagResult war = TAGGER.tag("EU agrees new sanctions package on Russia", "Diplomats in Brussels said the package "
        + "bans 90 more tankers from EU ports. Since the start of the war against Ukraine in February 2022 the EU has "
        + "adopted nineteen sanctions packages.");
    assertThat(war.has("sanctions", "RU")).isTrue();
    assertThat(war.has("sanctions", "UA")).isFalse();
  }

  @Test
  void aReleaseRecalledInAStoryOfSomethingElseIsNoReleaseStory() {
    // Background only, and no other tag in the article: an interview weeks after the release.
    assertThat(TAGGER.tag("Freed Nobel laureate vows to keep documenting abuses", "Ales Bialiatski said on Wednesday "
        + "that he would rebuild Viasna from exile, four weeks after he was released from a Belarusian prison.")
        .has("pardon", null)).isFalse();
    // A release said only inside quoted speech is what someone says.
    assertThat(TAGGER.tag("Bialiatski urges the West not to forget those still held", "\u201CEvery person who was "
        + "let go is a victory, but every one who remains is a debt,\u201D Bialiatski said at a news conference.")
        .has("pardon", null)).isFalse();
    assertThat(TAGGER.tag("Minsk, arrestato un docente. Viasna: \u00ABVa liberato subito\u00BB",
        "Le autorit\u00E0 bielorusse hanno arrestato un docente dell'Universit\u00E0 statale di Minsk.", "it")
        .has("pardon", null)).isFalse();
    // The rights group is no amnesty.
    assertThat(TAGGER.tag("Amnesty International condemns new sentences in Belarus", "Amnesty International said "
        + "the verdicts showed that repression continued.").has("pardon", null)).isFalse();
    assertThat(TAGGER.tag("Belarus announces amnesty", "Lukashenko signed an amnesty law covering 150 prisoners.")
        .has("pardon", "BY")).isTrue();
    // "six weeks ago" after the verb places it earlier, in Spanish as in English.
    assertThat(TAGGER.tag("Tsijanouski: \u00ABMe dec\u00EDan que todos me hab\u00EDan olvidado\u00BB",
        "El opositor bielorruso Sergu\u00E9i Tsijanouski, excarcelado hace seis semanas tras cinco a\u00F1os de "
        + "prisi\u00F3n, relata en una entrevista que pas\u00F3 su condena aislado.").has("pardon", null)).isFalse();
    // The release itself is still reported.
    assertThat(TAGGER.tag("Belarus releases Nobel laureate Bialiatski", "Belarus released Nobel laureate Ales "
        + "Bialiatski from prison on Saturday, his wife said. \u201CHe is free,\u201D she said.").has("pardon", "BY"))
        .isTrue();
    assertThat(TAGGER.tag("Bielorrusia excarcela a Tsijanouski", "Bielorrusia excarcel\u00F3 este s\u00E1bado al "
        + "opositor Sergu\u00E9i Tsijanouski y a otros trece presos.").has("pardon", "BY")).isTrue();
  }

  @Test
  void quotationsOpenAndCloseInEachLanguagesMarks() {
    String s = "He said \u201Cwe were freed\u201D and \u00ABwir sind frei\u00BB, \u201Eja\u201C then freed.";
    Span all = new Span(0, s.length());
    assertThat(ArticleTagger.insideQuote(s, all, s.indexOf("we were"))).isTrue();
    assertThat(ArticleTagger.insideQuote(s, all, s.indexOf(" and "))).isFalse();
    assertThat(ArticleTagger.insideQuote(s, all, s.indexOf("sind"))).isTrue();
    assertThat(ArticleTagger.insideQuote(s, all, s.indexOf("ja"))).isTrue();
    assertThat(ArticleTagger.insideQuote(s, all, s.indexOf("then"))).isFalse();
  }
}
