package dev.newswatch.analysis.cluster.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.analysis.cluster.ClusterText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventSignatureTest {

  private static final Instant WEDNESDAY = Instant.parse("2026-01-14T09:00:00Z");

  private static List<String> sig(String title, String text) {
    return EventSignature.typeAndDay(ClusterText.words(title), ClusterText.words(text), WEDNESDAY);
  }

  private static String day(String iso) {
    return "d:" + LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void weekdayIsTheLatestSuchDayNotAfterPublication() {
    assertThat(sig("Belarus pardons 18", "Belarus freed 18 prisoners on Tuesday.")).contains(day("2026-01-13"));
    assertThat(sig("Belarus pardons 18", "Belarus freed 18 prisoners on Wednesday.")).contains(day("2026-01-14"));
    assertThat(sig("Лукашенко помиловал 18", "Во вторник Лукашенко помиловал 18 человек.")).contains(day("2026-01-13"));
    assertThat(sig("Łukaszenka ułaskawił 18", "We wtorek uwolniono 18 osób.")).contains(day("2026-01-13"));
  }

  @Test
  void dayNextToAMonthCountsOnlyWithinAWeekOfPublication() {
    assertThat(sig("Belarus frees 18", "Belarus freed 18 prisoners on January 12.")).contains(day("2026-01-12"));
    assertThat(sig("Belarus frees 18", "Znak, arrested on September 9, 2020, was freed."))
        .noneMatch(k -> k.startsWith("d:"));
  }

  @Test
  void headlineNamesTheEventAndAClauseAfterAfterNamesTheOneItFollows() {
    assertThat(sig("US eases sanctions on Belavia after prisoner releases", ""))
        .containsExactly("e:sanctions-eased", "i:US");
    assertThat(sig("Belarus frees 16 as US lifts potash sanctions", ""))
        .contains("e:release", "e:sanctions-eased");
    assertThat(sig("ЕС ввёл новые санкции против Беларуси", "")).containsExactly("e:sanctions-imposed", "i:EU");
    assertThat(sig("USA nehmen Belaruskali von der Sanktionsliste, Lockerung", "")).contains("e:sanctions-eased");
  }

  @Test
  void accountsOfAnEventAndTalksAreEventsOfTheirOwn() {
    // The freed telling of their release is not the release; talks name the event only when nothing else does.
    assertThat(types("Freed Belarusian prisoners tell of night transfers")).containsExactly("account");
    assertThat(types("Освобожденные политзаключенные рассказали, как их вывозили")).containsExactly("account");
    assertThat(types("US envoy Coale back in Minsk for talks with Lukashenko")).containsExactly("talks");
    assertThat(types("Лукашенко провел переговоры со спецпосланником США")).containsExactly("talks");
    assertThat(types("Lukashenko meets US envoy, frees 14 prisoners")).containsExactly("release");
    assertThat(types("Belarus Lukashenko spokesman says 14 freed")).containsExactly("release");
  }

  private static java.util.Set<String> types(String headline) {
    return EventSignature.types(ClusterText.words(headline));
  }

  @Test
  void negatedVerbNamesNoEvent() {
    assertThat(types("Bialiatski urges EU not to ease sanctions")).isEmpty();
    assertThat(types("Беляцкий призвал ЕС не ослаблять санкции")).isEmpty();
  }

  @Test
  void noTypeInTheHeadlineFallsBackToTheLead() {
    assertThat(sig("A day of joy in Vilnius", "Belarus freed 18 prisoners on Tuesday.")).contains("e:release");
  }

  @Test
  void lowerBoundCountAgreesWithTotalsJustAboveIt() {
    assertThat(EventSignature.countsAgree("121+", "123")).isTrue();
    assertThat(EventSignature.countsAgree("123", "121+")).isTrue();
    assertThat(EventSignature.countsAgree("13+", "14")).isTrue();
    assertThat(EventSignature.countsAgree("16", "18")).isFalse();
    assertThat(EventSignature.countsAgree("16+", "31")).isFalse();
  }

  @Test
  void sanctionsNewsNamesItsImposerAndAReleaseReportDoesNot() {
    Instant wednesday = Instant.parse("2026-03-11T18:00:00Z");
    assertThat(EventSignature.typeAndDay(List.of("eu", "says", "its", "sanctions", "stay", "despite", "us", "move"),
        List.of(), wednesday)).contains("i:EU");
    assertThat(EventSignature.typeAndDay(List.of("us", "lifts", "sanctions", "on", "belavia"), List.of(), wednesday))
        .contains("i:US", "e:sanctions-eased");
    assertThat(EventSignature.typeAndDay(List.of("belarus", "frees", "16", "as", "us", "weighs", "sanctions"),
        List.of(), wednesday)).noneMatch(k -> k.startsWith("i:"));
  }

  @Test
  void roundFigureAgreesWithAnExactCountNearIt() {
    assertThat(EventSignature.countsAgree("50~", "52")).isTrue();
    assertThat(EventSignature.countsAgree("30~", "33")).isTrue();
    assertThat(EventSignature.countsAgree("120~", "123")).isTrue();
    assertThat(EventSignature.countsAgree("30~", "52")).isFalse();
    assertThat(EventSignature.countsAgree("16", "18")).isFalse();
  }
}
