package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tag;
import dev.newswatch.model.Topics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertTopologyTest {

  private SubscriptionIndex index;
  private TopologyTestDriver driver;
  private TestInputTopic<String, Story> stories;
  private TestOutputTopic<String, Alert> alerts;

  @BeforeEach
  void start() {
    index = new SubscriptionIndex();
    MatchMetrics metrics = new MatchMetrics(new PrometheusRegistry(), index::counts);
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:1234");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    driver = new TopologyTestDriver(AlertTopology.build(index, Duration.ofDays(7), metrics), props);
    stories = driver.createInputTopic(Topics.STORIES, Topics.keySerde().serializer(), Topics.storySerde().serializer());
    alerts = driver.createOutputTopic(Topics.ALERTS, Topics.keySerde().deserializer(), Topics.alertSerde().deserializer());
  }

  @AfterEach
  void stop() throws Exception {
    driver.close();
    index.close();
  }

  private static Subscription query(String id, String query) {
    return new Subscription(id, "alice", null, query, List.of(), 1, null, null, List.of(), 0, false, null, null);
  }

  private void send(Story story) {
    stories.pipeInput(story.id(), story, story.updatedAt());
  }

  @Test
  void firstMatchAlertsOnceWithIdOfSubscriptionStoryAndRevision() {
    index.put(query("bialiatski", "entities:\"Ales Bialiatski\" AND tags:pardon AND country:BY"));
    send(StoryFixtures.pardon().build());
    List<org.apache.kafka.streams.test.TestRecord<String, Alert>> out = alerts.readRecordsToList();
    assertEquals(1, out.size());
    Alert alert = out.getFirst().value();
    assertEquals("bialiatski", out.getFirst().key());
    assertEquals(Alert.idFor("bialiatski", StoryFixtures.STORY, 1), alert.alertId());
    assertEquals(StoryFixtures.STORY, alert.storyId());
    assertEquals(1, alert.storyRevision());
    assertEquals(1, alert.sourceCount());
    assertTrue(alert.changes().isEmpty());
    assertTrue(alert.reason().contains("tags: pardon"), alert.reason());
    assertTrue(alert.reason().contains("entities: ales, bialiatski"), alert.reason());
  }

  @Test
  void laterRevisionWithNothingMaterialDoesNotAlertAgain() {
    index.put(query("pardons", "tags:pardon"));
    send(StoryFixtures.pardon().build());
    send(StoryFixtures.pardon().revision(2).outlet("reuters.example", null)
        .title("Belarus frees 16 prisoners including Bialiatski").build());
    send(StoryFixtures.pardon().revision(2).build()); // a replay of revision 2
    assertEquals(1, alerts.readRecordsToList().size());
  }

  @Test
  void theSameRevisionAgainWithAnOlderRecordTimeDoesNotAlertTwice() {
    // A story record carries the time of the article that changed it; a further copy of the story (same
    // revision, one more source) may carry an older time than the record before it.
    index.put(query("pardons", "tags:pardon"));
    Story first = StoryFixtures.pardon().revision(4).build();
    stories.pipeInput(first.id(), first, first.updatedAt().plusMillis(40));
    Story copy = StoryFixtures.pardon().revision(4).outlet("reuters.example", null).build();
    stories.pipeInput(copy.id(), copy, first.updatedAt());
    assertEquals(1, alerts.readRecordsToList().size());
    // And a real change after both still alerts, once.
    Story next = StoryFixtures.pardon().revision(5).person("Maria Kalesnikava").build();
    stories.pipeInput(next.id(), next, first.updatedAt().plusMillis(20));
    assertEquals(1, alerts.readRecordsToList().size());
  }

  @Test
  void newPersonOrChangedCountAlertsAgainSayingWhatChanged() {
    index.put(query("pardons", "tags:pardon"));
    send(StoryFixtures.pardon().build());
    // Беляцкий and a bare "Bialiatski" are the same person as Ales Bialiatski: not new. Maria Kalesnikava is.
    send(StoryFixtures.pardon().revision(2).person("Алесь Беляцкий").person("Bialiatski").person("Maria Kalesnikava")
        .build());
    send(StoryFixtures.pardon().revision(3).person("Maria Kalesnikava").released(18L).build());
    send(StoryFixtures.pardon().revision(4).person("Maria Kalesnikava").released(18L).build());
    List<Alert> out = alerts.readValuesToList();
    assertEquals(3, out.size());
    assertEquals(List.of("newly named as released: Maria Kalesnikava"), out.get(1).changes());
    assertEquals(Alert.idFor("pardons", StoryFixtures.STORY, 2), out.get(1).alertId());
    assertEquals(List.of("released 16 → 18"), out.get(2).changes());
    assertTrue(out.get(2).isUpdate());
    assertTrue(out.get(2).reason().startsWith("update: released 16 → 18"), out.get(2).reason());
  }

  @Test
  void newSanctionsDirectionIsMaterial() {
    index.put(query("sanctions", "tags:sanctions"));
    Tag sanctions = new Tag("sanctions", List.of("sanctions"), "BY", 0.9, "163");
    send(StoryFixtures.pardon().tag(sanctions).build());
    send(StoryFixtures.pardon().revision(2).tag(sanctions)
        .tag(new Tag("sanctions.eased", List.of("lifted sanctions on Belavia"), "BY", 0.9, null)).build());
    List<Alert> out = alerts.readValuesToList();
    assertEquals(2, out.size());
    assertEquals(List.of("new: sanctions eased"), out.get(1).changes());
  }

  @Test
  void minSourcesCountsIndependentOutletsOnly() {
    index.put(new Subscription("corroborated", "alice", null, "tags:pardon", List.of(), 2, null, null, List.of(), 0,
        false, null, null));
    send(StoryFixtures.pardon().build());
    // A wire copy on a second outlet is not independent.
    String original = StoryFixtures.articleId("balticwire.example", 1);
    send(StoryFixtures.pardon().revision(2).outlet("copycat.example", original).build());
    assertTrue(alerts.isEmpty());
    send(StoryFixtures.pardon().revision(3).outlet("copycat.example", original)
        .outlet("reuters.example", null).build());
    List<Alert> out = alerts.readValuesToList();
    assertEquals(1, out.size());
    assertEquals(3, out.getFirst().storyRevision());
    assertEquals(2, out.getFirst().sourceCount());
    assertTrue(out.getFirst().changes().isEmpty());
  }

  @Test
  void raisedMinSourcesNewlyMetIsMaterial() {
    index.put(query("sub", "tags:pardon"));
    send(StoryFixtures.pardon().build());
    index.put(new Subscription("sub", "alice", null, "tags:pardon", List.of(), 2, null, null, List.of(), 0,
        false, null, null));
    send(StoryFixtures.pardon().revision(2).outlet("reuters.example", null).build());
    List<Alert> out = alerts.readValuesToList();
    assertEquals(2, out.size());
    assertEquals(List.of("now reported by 2 independent outlets (at least 2)"), out.get(1).changes());
  }

  @Test
  void pausedSubscriptionMatchesNothingUntilResumed() {
    Subscription sub = query("pardons", "tags:pardon");
    index.put(sub.withPaused(true));
    send(StoryFixtures.pardon().build());
    assertTrue(alerts.isEmpty());
    index.put(sub);
    send(StoryFixtures.pardon().revision(2).build());
    assertEquals(1, alerts.readValuesToList().size());
  }

  @Test
  void deletedSubscriptionStopsMatchingWithoutRestart() {
    index.put(query("pardons", "tags:pardon"));
    index.put(query("other", "country:BY"));
    index.remove("pardons");
    send(StoryFixtures.pardon().build());
    List<Alert> out = alerts.readValuesToList();
    assertEquals(List.of("other"), out.stream().map(Alert::subscriptionId).toList());
  }

  @Test
  void watchlistFindsCyrillicSpellingOfLatinName() {
    index.put(new Subscription("watch", "alice", null, null, List.of("Ales Bialiatski"), 1, null, null, List.of(), 0,
        false, null, null));
    send(StoryFixtures.pardon().id("11111111111111111111111111111111").noPeople()
        .title("Лукашенко помиловал Алеся Беляцкого").summary("Правозащитник Алесь Беляцкий вышел на свободу.")
        .langs("ru").build());
    send(StoryFixtures.pardon().id("22222222222222222222222222222222").noPeople()
        .title("Lukashenko pardons 16").summary("No names were given.").build());
    List<Alert> out = alerts.readValuesToList();
    assertEquals(1, out.size());
    assertEquals("11111111111111111111111111111111", out.getFirst().storyId());
    assertTrue(out.getFirst().reason().contains("watchlist: Ales Bialiatski"), out.getFirst().reason());
  }

  @Test
  void legacyTagsAndKeywordsSubscriptionStillMatches() {
    index.put(new Subscription("legacy", "Legacy", List.of("pardon-release"), List.of("Bialiatski"), List.of()));
    index.put(new Subscription("legacy-miss", "Legacy", List.of("pardon"), List.of("Tsikhanouskaya"), List.of()));
    send(StoryFixtures.pardon().build());
    List<Alert> out = alerts.readValuesToList();
    assertEquals(1, out.size());
    assertEquals("legacy", out.getFirst().subscriptionId());
    assertEquals(List.of("Bialiatski"), out.getFirst().matchedKeywords());
  }
}
