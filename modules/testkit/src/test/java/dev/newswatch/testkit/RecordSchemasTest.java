package dev.newswatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Alert;
import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.FeedState;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tag;
import dev.newswatch.model.Tags;
import dev.newswatch.model.TopicSpec;
import dev.newswatch.model.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every record type we write validates against the schema its topic documents. */
class RecordSchemasTest {

  private static final Instant NOW = Instant.parse("2026-11-20T09:20:00Z");
  private static final String URL = "https://balticwire.example/europe/2026/11/belarus-pardons-18-prisoners";

  private static Article article() {
    return new Article(ArticleIds.fromCanonicalUrl(URL), URL + "?utm_source=x", URL, "balticwire-88213",
        "https://balticwire.example/europe/rss", "Baltic Wire", "Lukashenko pardons 18 political prisoners",
        "Eighteen people were pardoned.", "Staff", NOW.minusSeconds(600), NOW, "en",
        "Alexander Lukashenko pardoned 18 people convicted of extremism.\n\nViasna named six of them.", null,
        "https://balticwire.example/img/colony-gate.jpg", NOW);
  }

  private static Alert alert() {
    Article a = article();
    return new Alert(Alert.idFor("rights-desk", a.id()), "rights-desk", a.id(), a.title(), a.url(), "Baltic Wire",
        List.of(Tags.PARDON), List.of("Lukashenko"), "tag pardon-release; keyword Lukashenko",
        a.publishedAt(), NOW);
  }

  private static Story story() {
    Article a = article();
    return new Story(ArticleIds.hash("story", a.id()), 3, a.title(), a.body(), a.url(), a.publishedAt(),
        NOW, 4, List.of(new Story.Source("balticwire.example", a.url(), a.id(), a.title(), a.publishedAt(), null),
            new Story.Source("minskwire.example", "https://minskwire.example/n/1", ArticleIds.hash("x"), "Copy",
                NOW, a.id())),
        List.of(new Tag(Tags.PARDON, List.of("pardoned 18 people"), "BY", 0.93, "0841")),
        List.of(new dev.newswatch.model.Entity("person:ihar-losik", "person", "Ihar Losik", "BY")),
        new dev.newswatch.model.ReleaseFacts(18L, null, List.of("Ihar Losik"), List.of()), List.of("en"),
        List.of("new outlet minskwire.example", "released 16 → 18"), NOW);
  }

  private static final Map<TopicSpec, Object> SAMPLES = Map.of(
      Topics.ARTICLES_RAW_SPEC, article(),
      Topics.ARTICLES_SPEC, new EnrichedArticle(article().id(), article(),
          List.of(new Tag(Tags.PARDON, List.of("pardons")),
              new Tag(Tags.SANCTIONS, List.of("US sanctions on Belavia were lifted."), "BY", 0.84, "085")), NOW,
          List.of(new dev.newswatch.model.Entity("person:alexander-lukashenko", "person", "Alexander Lukashenko", "BY"),
              new dev.newswatch.model.Entity("org:belavia", "org", "Belavia", "BY"),
              new dev.newswatch.model.Entity("candidate:Ihar Losik", "person-candidate", "Ihar Losik", null)),
          new dev.newswatch.model.ReleaseFacts(18L, 1094L, List.of("Ihar Losik"), List.of("LT")),
          ArticleIds.hash("copy-of"), ArticleIds.hash("story", "x")),
      Topics.STORIES_SPEC, story(),
      Topics.SUBSCRIPTIONS_SPEC, new Subscription("rights-desk", "viasna-desk", "Releases of known prisoners",
          "tags:pardon AND country:BY AND entities:\"Ales Bialiatski\"", List.of("Maria Kalesnikava"), 2,
          Subscription.MODE_DIGEST, new Subscription.Digest("daily", "08:30", "Europe/Minsk"),
          List.of(new Subscription.Channel("webhook", "https://hooks.example/nw", "s3cret", null),
              new Subscription.Channel("email", null, null, "desk@rights.example"),
              new Subscription.Channel("telegram", null, "123:abc", "-100200300")),
          20, false, List.of(), List.of()),
      Topics.ALERTS_SPEC, alert(),
      Topics.FEED_STATE_SPEC, new FeedState("https://balticwire.example/europe/rss", "\"abc\"",
          "Fri, 20 Nov 2026 09:14:00 GMT", List.of("guid:balticwire-88213"), NOW,
          "https://feeds.balticwire.example/europe.xml", NOW.plusSeconds(600), 3, NOW.minusSeconds(3600),
          "10 consecutive failures since …, last: HTTP 503", 42.5, "HTTP 503", 17L),
      Topics.FEEDS_SPEC, FeedDefinition.active("https://balticwire.example/europe/rss", "Baltic Wire",
          FeedDefinition.SOURCE_API, NOW).markedRemoved(NOW.plusSeconds(60)),
      Topics.DELIVERIES_DLQ_SPEC, new DeliveryFailure(alert(), "webhook", "https://hooks.example/…",
          "HTTP 503", 5, NOW),
      Topics.PIPELINE_DLQ_SPEC, new DeadLetter(Topics.ARTICLES_RAW, 2, 41L, "not JSON", "a2V5", "e30=", NOW));

  @Test
  void everyTopicHasASampleAndEverySampleValidates() {
    assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    Map<String, List<String>> problems = SAMPLES.entrySet().stream().collect(Collectors.toMap(
        e -> e.getKey().name(), e -> RecordSchemas.violations(e.getKey(), e.getValue())));
    assertThat(problems).allSatisfy((topic, violations) -> assertThat(violations).as(topic).isEmpty());
  }

  @Test
  void rejectsRecordMissingRequiredField() {
    String json = "{\"id\":\"00000000000000000000000000000000\",\"url\":\"https://x.example/a\"}";
    assertThat(RecordSchemas.violations(Topics.ARTICLES_RAW_SPEC, json.getBytes()))
        .anySatisfy(m -> assertThat(m).contains("canonicalUrl"));
  }

  @Test
  void feedRecordsNeedAnHttpUrlAndAKnownSource() {
    String json = "{\"url\":\"ftp://x.example/rss\",\"name\":\"x\",\"source\":\"file\","
        + "\"addedAt\":\"2026-11-20T09:20:00Z\",\"removed\":false}";
    List<String> violations = RecordSchemas.violations(Topics.FEEDS_SPEC, json.getBytes());
    assertThat(violations).anySatisfy(m -> assertThat(m).contains("url"));
    assertThat(violations).anySatisfy(m -> assertThat(m).contains("source"));
  }

  @Test
  void rejectsBadDateAndUnknownTag() {
    String json = "{\"id\":\"00000000000000000000000000000000\",\"article\":{},\"processedAt\":\"yesterday\","
        + "\"tags\":[{\"name\":\"weather\",\"evidence\":[]}]}";
    List<String> violations = RecordSchemas.violations(Topics.ARTICLES_SPEC, json.getBytes());
    assertThat(violations).anySatisfy(m -> assertThat(m).contains("date-time"));
    assertThat(violations).anySatisfy(m -> assertThat(m).contains("name"));
  }

  @Test
  void fixtureFeedsAreReadable() {
    assertThat(Fixtures.text("feeds/baltic-wire.xml")).contains("Lukashenko pardons 18");
    assertThat(List.of("feeds/baltic-wire.xml", "feeds/minsk-monitor.xml"))
        .map(Function.<String>identity()).allSatisfy(n -> assertThat(Fixtures.text(n)).startsWith("<?xml"));
  }
}
