package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

  private static final Map<String, Object> KAFKA = Map.of("bootstrap.servers", "localhost:9092");

  @Test
  void streamsNeedAStateDirSoTheSnapshotStoreNeverLandsInTheTempDirectory() {
    assertThatThrownBy(() -> ClientSettings.streams(KAFKA, Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "alerts")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(StreamsConfig.STATE_DIR_CONFIG);
    assertThatThrownBy(() -> ClientSettings.streams(KAFKA,
        Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "alerts", StreamsConfig.STATE_DIR_CONFIG, " ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void streamsKeepTheGivenStateDirAndForceExactlyOnce() {
    Map<String, Object> props = ClientSettings.streams(KAFKA,
        Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "alerts", StreamsConfig.STATE_DIR_CONFIG, "/srv/data/streams",
            StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE));
    assertThat(props).containsEntry(StreamsConfig.STATE_DIR_CONFIG, "/srv/data/streams")
        .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
        .containsEntry("bootstrap.servers", "localhost:9092");
  }
}
