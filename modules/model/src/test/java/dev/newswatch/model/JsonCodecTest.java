package dev.newswatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

  private static final Instant T = Instant.parse("2026-11-20T09:14:00Z");

  @Test
  void roundTripsEnrichedArticleWithIsoInstants() {
    Article a = new Article("0123456789abcdef0123456789abcdef", "https://o.example/a", "https://o.example/a", null,
        "https://o.example/rss", null, "Title", null, null, T, T, null);
    EnrichedArticle e = new EnrichedArticle(a.id(), a, List.of(new Tag(Tags.SANCTIONS, List.of("sanctions"))), T);
    byte[] json = JsonCodec.toBytes(e);
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"2026-11-20T09:14:00Z\"").doesNotContain("guid");
    assertThat(JsonCodec.fromBytes(json, EnrichedArticle.class)).isEqualTo(e);
  }

  @Test
  void tagCountryConfidenceAndCameoAreOptional() {
    Tag full = new Tag(Tags.SANCTIONS, List.of("US sanctions on Iran."), "IR", 0.8, "163");
    assertThat(JsonCodec.fromBytes(JsonCodec.toBytes(full), Tag.class)).isEqualTo(full);
    String written = new String(JsonCodec.toBytes(new Tag(Tags.SANCTIONS, List.of("sanctions"))), StandardCharsets.UTF_8);
    assertThat(written).doesNotContain("country").doesNotContain("confidence").doesNotContain("cameo");
    Tag old = JsonCodec.fromBytes("{\"name\":\"sanctions\",\"evidence\":[\"sanctions\"]}"
        .getBytes(StandardCharsets.UTF_8), Tag.class);
    assertThat(old).isEqualTo(new Tag(Tags.SANCTIONS, List.of("sanctions")));
    assertThatThrownBy(() -> new Tag(Tags.SANCTIONS, List.of(), "IR", 1.5, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ignoresFieldsAddedByLaterVersions() {
    String json = "{\"feedUrl\":\"https://o.example/rss\",\"seenItemKeys\":[],\"futureField\":1}";
    assertThat(JsonCodec.fromBytes(json.getBytes(StandardCharsets.UTF_8), FeedState.class).feedUrl())
        .isEqualTo("https://o.example/rss");
  }

  @Test
  void serdeReportsBadBytesAsSerializationException() {
    var serde = Topics.articleSerde();
    assertThatThrownBy(() -> serde.deserializer().deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class).hasMessageContaining("Article");
  }

  @Test
  void feedStateKeepsOnlyTheNewestSeenKeys() {
    List<String> keys = java.util.stream.IntStream.range(0, FeedState.MAX_SEEN + 5).mapToObj(i -> "k" + i).toList();
    FeedState s = new FeedState("https://o.example/rss", null, null, keys, null);
    assertThat(s.seenItemKeys()).hasSize(FeedState.MAX_SEEN).startsWith("k5").endsWith("k" + (FeedState.MAX_SEEN + 4));
  }

  @Test
  void feedStateSchedulingFieldsRoundTripAndAreOmittedWhenAbsent() {
    java.time.Instant t = java.time.Instant.parse("2026-11-20T10:00:00Z");
    FeedState full = new FeedState("https://o.example/rss", "\"e\"", null, List.of("guid:1"), t,
        "https://feeds.o.example/rss", t.plusSeconds(300), 2, t.minusSeconds(600), null, 12.5);

    String json = JsonCodec.toJson(full);
    String plain = JsonCodec.toJson(FeedState.empty("https://o.example/rss"));

    assertThat(JsonCodec.fromBytes(json.getBytes(StandardCharsets.UTF_8), FeedState.class)).isEqualTo(full);
    assertThat(json).contains("\"redirectedUrl\"", "\"nextPollAt\"", "\"consecutiveFailures\":2",
        "\"itemsPerDay\":12.5").doesNotContain("brokenReason");
    assertThat(plain).doesNotContain("nextPollAt", "consecutiveFailures", "failures");
  }

  @Test
  void feedStateWrittenBeforeTheSchedulingFieldsStillReads() {
    byte[] old = "{\"feedUrl\":\"https://o.example/rss\",\"seenItemKeys\":[\"guid:1\"]}"
        .getBytes(StandardCharsets.UTF_8);

    FeedState s = JsonCodec.fromBytes(old, FeedState.class);

    assertThat(s.nextPollAt()).isNull();
    assertThat(s.failures()).isZero();
    assertThat(s.redirectedUrl()).isNull();
  }

  @Test
  void channelToStringHidesSecretAndPath() {
    var c = new Subscription.Channel("webhook", "https://hooks.example/services/T000/SECRETTOKEN", "s3cret");
    assertThat(c.toString()).doesNotContain("SECRETTOKEN").doesNotContain("s3cret").contains("hooks.example");
  }

  @Test
  void feedDefinitionRoundTripsWithoutItsDerivedId() {
    FeedDefinition feed = FeedDefinition.active("https://o.example/rss", "Outlet", FeedDefinition.SOURCE_API, T)
        .markedRemoved(T.plusSeconds(60));
    String json = JsonCodec.toJson(feed);

    assertThat(json).contains("\"removed\":true", "\"source\":\"api\"").doesNotContain("\"id\"");
    assertThat(JsonCodec.fromBytes(json.getBytes(StandardCharsets.UTF_8), FeedDefinition.class)).isEqualTo(feed);
    assertThatThrownBy(() -> FeedDefinition.active("https://o.example/rss", null, "file", T))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void feedStateTallyRoundTripsAndOlderStatesCountNothing() {
    FeedState tallied = FeedState.empty("https://o.example/rss").withTally("HTTP 503", 12);
    FeedState read = JsonCodec.fromBytes(JsonCodec.toBytes(tallied), FeedState.class);

    assertThat(read.lastError()).isEqualTo("HTTP 503");
    assertThat(read.published()).isEqualTo(12);
    assertThat(FeedState.empty("https://o.example/rss").published()).isZero();
  }
}
