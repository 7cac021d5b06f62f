package dev.newswatch.ingest.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.ingest.poll.FeedSource;
import dev.newswatch.model.FeedDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryChangesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");
  private static final Instant EARLIER = NOW.minusSeconds(86_400);
  private static final String WIRE = "https://balticwire.example/europe/rss.xml";
  private static final String MONITOR = "https://minskmonitor.example/feed.atom";
  private static final String DESK = "https://sanctionsdesk.example/index.rdf";

  private static FeedDefinition config(String url) {
    return FeedDefinition.active(url, null, FeedDefinition.SOURCE_CONFIG, EARLIER);
  }

  @Test
  void seedingAddsOnlyConfiguredFeedsTheRegistryHasNeverSeen() {
    Map<String, FeedDefinition> known = Map.of(WIRE, config(WIRE));

    List<FeedDefinition> writes = RegistryChanges.seed(known,
        List.of(new FeedSource(WIRE, "Baltic Wire"), new FeedSource(MONITOR, "Minsk Monitor")), false, NOW);

    assertThat(writes).singleElement().satisfies(d -> {
      assertThat(d.url()).isEqualTo(MONITOR);
      assertThat(d.name()).isEqualTo("Minsk Monitor");
      assertThat(d.source()).isEqualTo(FeedDefinition.SOURCE_CONFIG);
      assertThat(d.addedAt()).isEqualTo(NOW);
      assertThat(d.removed()).isFalse();
    });
  }

  @Test
  void aFeedRemovedThroughTheApiIsNotSeededAgainFromTheConfiguration() {
    Map<String, FeedDefinition> known = Map.of(WIRE, config(WIRE).markedRemoved(EARLIER.plusSeconds(60)));

    assertThat(RegistryChanges.seed(known, List.of(new FeedSource(WIRE, null)), false, NOW)).isEmpty();
    assertThat(RegistryChanges.seed(known, List.of(new FeedSource(WIRE, null)), true, NOW)).isEmpty();
  }

  @Test
  void retiringUnlistedRemovesOnlyConfigFeedsMissingFromTheFile() {
    FeedDefinition viaApi = FeedDefinition.active(DESK, "Sanctions Desk", FeedDefinition.SOURCE_API, EARLIER);
    Map<String, FeedDefinition> known = Map.of(WIRE, config(WIRE), MONITOR, config(MONITOR), DESK, viaApi);

    List<FeedDefinition> writes = RegistryChanges.seed(known, List.of(new FeedSource(WIRE, null)), true, NOW);

    assertThat(writes).singleElement().satisfies(d -> {
      assertThat(d.url()).isEqualTo(MONITOR);
      assertThat(d.removed()).isTrue();
      assertThat(d.removedAt()).isEqualTo(NOW);
    });
    assertThat(RegistryChanges.seed(known, List.of(new FeedSource(WIRE, null)), false, NOW)).isEmpty();
  }

  @Test
  void addingCreatesAnApiFeedOrReturnsTheOneAlreadyPolled() {
    RegistryChanges.Addition created = RegistryChanges.add(Map.of(), "  " + DESK + " ", "Sanctions Desk", NOW);
    assertThat(created.created()).isTrue();
    assertThat(created.definition()).isEqualTo(
        FeedDefinition.active(DESK, "Sanctions Desk", FeedDefinition.SOURCE_API, NOW));

    RegistryChanges.Addition again = RegistryChanges.add(Map.of(WIRE, config(WIRE)), WIRE, "Other name", NOW);
    assertThat(again.created()).isFalse();
    assertThat(again.definition()).isEqualTo(config(WIRE));
  }

  @Test
  void aRemovedFeedCanBeAddedAgain() {
    Map<String, FeedDefinition> known = Map.of(WIRE, config(WIRE).markedRemoved(EARLIER));

    RegistryChanges.Addition added = RegistryChanges.add(known, WIRE, null, NOW);

    assertThat(added.created()).isTrue();
    assertThat(added.definition().removed()).isFalse();
    assertThat(added.definition().source()).isEqualTo(FeedDefinition.SOURCE_API);
  }

  @Test
  void addingRejectsWhatIsNotAnHttpFeedUrl() {
    assertThatThrownBy(() -> RegistryChanges.add(Map.of(), "file:///etc/passwd", null, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http");
    assertThatThrownBy(() -> RegistryChanges.add(Map.of(), "ftp://example.org/rss", null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegistryChanges.add(Map.of(), "https:///rss", null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RegistryChanges.add(Map.of(), "https://a.example/a b", null, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spaces");
    assertThatThrownBy(() -> RegistryChanges.add(Map.of(), " ", null, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required");
    assertThatThrownBy(() -> RegistryChanges.add(Map.of(), "https://a.example/" + "x".repeat(2_100), null, NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048");
    assertThatThrownBy(() -> RegistryChanges.add(Map.of(), WIRE, "n".repeat(201), NOW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
  }

  @Test
  void removingMarksTheFeedWithThatIdAndIgnoresUnknownOrRemovedOnes() {
    FeedDefinition wire = config(WIRE);
    Map<String, FeedDefinition> known = Map.of(WIRE, wire, MONITOR, config(MONITOR).markedRemoved(EARLIER));

    assertThat(RegistryChanges.remove(known, wire.id(), NOW)).hasValueSatisfying(d -> {
      assertThat(d.url()).isEqualTo(WIRE);
      assertThat(d.removed()).isTrue();
      assertThat(d.source()).isEqualTo(FeedDefinition.SOURCE_CONFIG);
    });
    assertThat(RegistryChanges.remove(known, FeedDefinition.idOf(MONITOR), NOW)).isEmpty();
    assertThat(RegistryChanges.remove(known, "0123456789abcdef0123456789abcdef", NOW)).isEmpty();
  }

  @Test
  void feedIdsAreStableUrlSafeAndDistinct() {
    assertThat(FeedDefinition.idOf(WIRE)).matches("[0-9a-f]{32}").isEqualTo(config(WIRE).id())
        .isNotEqualTo(FeedDefinition.idOf(MONITOR));
  }
}
