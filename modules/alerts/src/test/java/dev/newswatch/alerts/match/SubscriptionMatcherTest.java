package dev.newswatch.alerts.match;

import static dev.newswatch.alerts.ArticleFixtures.BELAVIA_SANCTIONS;
import static dev.newswatch.alerts.ArticleFixtures.MINSK_PARDONS;
import static dev.newswatch.alerts.ArticleFixtures.MINSK_TRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.alerts.ArticleFixtures;
import dev.newswatch.model.Alert;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tag;
import dev.newswatch.model.Tags;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionMatcherTest {

  private static final EnrichedArticle PARDONS = ArticleFixtures.load(MINSK_PARDONS);
  private static final EnrichedArticle SANCTIONS = ArticleFixtures.load(BELAVIA_SANCTIONS);
  private static final EnrichedArticle TRAM = ArticleFixtures.load(MINSK_TRAM);

  private static Subscription sub(String id, List<String> tags, List<String> keywords) {
    return new Subscription(id, null, tags, keywords, List.of(new Subscription.Channel("console", null, null)));
  }

  private static List<String> matchingIds(SubscriptionMatcher matcher, EnrichedArticle article) {
    return matcher.match(article).stream().map(m -> m.subscription().id()).toList();
  }

  @Test
  void tagOnlySubscriptionMatchesEveryArticleWithTheTag() {
    var matcher = new SubscriptionMatcher(List.of(sub("releases", List.of(Tags.PARDON), List.of())));

    assertThat(matchingIds(matcher, PARDONS)).containsExactly("releases");
    assertThat(matchingIds(matcher, SANCTIONS)).containsExactly("releases");
    assertThat(matchingIds(matcher, TRAM)).isEmpty();
    assertThat(matcher.match(PARDONS).get(0).matchedTags()).containsExactly(Tags.PARDON);
    assertThat(matcher.match(PARDONS).get(0).matchedKeywords()).isEmpty();
  }

  @Test
  void keywordOnlySubscriptionMatchesWholeWordsWhateverTheTags() {
    var matcher = new SubscriptionMatcher(List.of(
        sub("belavia", List.of(), List.of("Belavia")),
        sub("tram", List.of(), List.of("tram line")),
        sub("partial-word", List.of(), List.of("Belav"))));

    assertThat(matchingIds(matcher, SANCTIONS)).containsExactly("belavia");
    assertThat(matchingIds(matcher, TRAM)).containsExactly("tram");
    assertThat(matchingIds(matcher, PARDONS)).isEmpty();
  }

  @Test
  void tagAndKeywordSubscriptionNeedsBoth() {
    var matcher = new SubscriptionMatcher(List.of(sub("sanctions-on-belavia", List.of(Tags.SANCTIONS),
        List.of("Belavia", "potash"))));
    EnrichedArticle belaviaWithoutTag = ArticleFixtures.withText(SANCTIONS, "untagged",
        "Belavia adds a weekly flight to Tbilisi", "The state airline expands its winter schedule.", List.of());

    assertThat(matcher.match(SANCTIONS)).singleElement().satisfies(m -> {
      assertThat(m.matchedTags()).containsExactly(Tags.SANCTIONS);
      assertThat(m.matchedKeywords()).containsExactly("Belavia");
    });
    assertThat(matcher.match(belaviaWithoutTag)).isEmpty();
    assertThat(matcher.match(PARDONS)).isEmpty();
  }

  @Test
  void keywordsIgnoreCaseAndAccents() {
    var matcher = new SubscriptionMatcher(List.of(
        sub("opposition", List.of(), List.of("TSIKHANOUSKAYA")),
        sub("viasna", List.of(), List.of("Bialiatski"))));
    EnrichedArticle plainSpelling = ArticleFixtures.withText(PARDONS, "plain", "Bialiatski's lawyer visits him",
        "The lawyer of Ales Bialiatski was allowed a visit.", List.of());

    assertThat(matchingIds(matcher, PARDONS)).containsExactly("opposition", "viasna");
    assertThat(matchingIds(matcher, plainSpelling)).containsExactly("viasna");
    assertThat(matcher.match(PARDONS).get(1).matchedKeywords()).containsExactly("Bialiatski");
  }

  @Test
  void subscriptionWithNeitherTagsNorKeywordsMatchesNothing() {
    var matcher = new SubscriptionMatcher(List.of(sub("empty", List.of(), List.of()),
        sub("punctuation-only", List.of(), List.of("—", "!!"))));

    assertThat(matcher.match(PARDONS)).isEmpty();
    assertThat(matcher.match(SANCTIONS)).isEmpty();
    assertThat(matcher.match(TRAM)).isEmpty();
  }

  @Test
  void reasonNamesTagsWithEvidenceAndKeywordsOnOneLine() {
    var matcher = new SubscriptionMatcher(List.of(sub("releases", List.of(Tags.PARDON, Tags.SANCTIONS),
        List.of("Bialiatski", "Tsikhanouskaya"))));

    Alert alert = matcher.match(PARDONS).get(0).toAlert(PARDONS, Instant.parse("2025-07-03T09:21:00Z"));

    assertThat(alert.reason()).isEqualTo(
        "tagged pardon (pardoned, political prisoners, releases); mentions Bialiatski, Tsikhanouskaya");
    assertThat(alert.alertId()).isEqualTo(Alert.idFor("releases", PARDONS.id()));
    assertThat(alert.subscriptionId()).isEqualTo("releases");
    assertThat(alert.source()).isEqualTo("Minsk Monitor");
    assertThat(alert.tags()).containsExactly(Tags.PARDON);
    assertThat(alert.matchedKeywords()).containsExactly("Bialiatski", "Tsikhanouskaya");
    assertThat(alert.createdAt()).isEqualTo(Instant.parse("2025-07-03T09:21:00Z"));
  }

  @Test
  void reasonOfTagOnlyMatchAndSourceFallsBackToHost() {
    var matcher = new SubscriptionMatcher(List.of(sub("sanctions", List.of(Tags.SANCTIONS), List.of())));
    EnrichedArticle noEvidence = new EnrichedArticle(SANCTIONS.id(), SANCTIONS.article(),
        List.of(new Tag(Tags.SANCTIONS, List.of())), SANCTIONS.processedAt());

    Alert withEvidence = matcher.match(SANCTIONS).get(0).toAlert(SANCTIONS, Instant.EPOCH);
    Alert withoutEvidence = matcher.match(noEvidence).get(0).toAlert(noEvidence, Instant.EPOCH);

    assertThat(withEvidence.reason()).isEqualTo("tagged sanctions (eases sanctions, lifted restrictions)");
    assertThat(withoutEvidence.reason()).isEqualTo("tagged sanctions");
    assertThat(withEvidence.source()).isEqualTo("balticwire.example");
  }

  @Test
  void refusesDuplicateSubscriptionIds() {
    assertThatThrownBy(() -> new SubscriptionMatcher(List.of(sub("same", List.of(Tags.SANCTIONS), List.of()),
        sub("same", List.of(), List.of("Belavia")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same");
  }

  @Test
  void theRetiredTagNameStillWorksOnBothSides() {
    Subscription legacy = new Subscription("legacy", null, List.of("pardon-release", "pardon"), List.of(),
        List.of(new Subscription.Channel("console", null, null)));
    var matcher = new SubscriptionMatcher(List.of(legacy));

    // As the keyword tagger wrote it, before the rule tagger.
    EnrichedArticle old = new EnrichedArticle(PARDONS.id(), PARDONS.article(),
        List.of(new Tag(Tags.PARDON_RELEASE, List.of("pardoned"))), PARDONS.processedAt());

    assertThat(legacy.tags()).containsExactly(Tags.PARDON);
    assertThat(matcher.match(old)).singleElement()
        .satisfies(m -> assertThat(m.matchedTags()).containsExactly(Tags.PARDON));
    assertThat(matcher.match(old).getFirst().toAlert(old, Instant.EPOCH).reason()).isEqualTo("tagged pardon (pardoned)");
  }

  @Test
  void aRuleTaggedArticleExplainsItselfWithCountryAndSentence() {
    EnrichedArticle tagged = new EnrichedArticle(PARDONS.id(), PARDONS.article(), List.of(
        new Tag(Tags.PARDON, List.of("Lukashenko pardoned 16 prisoners on Friday.", "Two are journalists."), "BY",
            0.9, "0841"),
        new Tag("pardon.political", List.of("Two are journalists."), "BY", 0.8, "0841")), PARDONS.processedAt());
    var matcher = new SubscriptionMatcher(List.of(sub("releases", List.of(Tags.PARDON), List.of())));

    assertThat(matcher.match(tagged).getFirst().toAlert(tagged, Instant.EPOCH).reason())
        .isEqualTo("tagged pardon in BY (\"Lukashenko pardoned 16 prisoners on Friday.\")");
  }
}
