package dev.newswatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.config.ConfigLoader;
import dev.newswatch.app.config.NewswatchConfig;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every Kafka Streams app the runtime starts keeps its state under the data directory, never in Kafka
 * Streams' default under {@code java.io.tmpdir} (which the OS may clean, losing the dedup memory).
 */
class StreamsStateDirTest {

  private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
  private static final Path CWD = Path.of("").toAbsolutePath().normalize();

  @Test
  void defaultConfigPutsEveryStreamsAppUnderDataStreams() {
    assertStateUnderData(new NewswatchConfig(null, null, null, null, null, null, null));
  }

  @Test
  void shippedConfigPutsEveryStreamsAppUnderDataStreams() throws Exception {
    assertStateUnderData(new ConfigLoader(Map.of()).load(Path.of("../../config/newswatch.yaml")));
  }

  @Test
  void aConfiguredStateDirIsUsedForEveryStreamsApp() {
    NewswatchConfig config = new NewswatchConfig(null, null, null,
        new NewswatchConfig.Pipeline(null, Path.of("/srv/newswatch/streams"), null, null, null, null), null, null,
        null);
    try (NewswatchRuntime runtime = new NewswatchRuntime(config, Set.of(), new PrometheusRegistry())) {
      assertThat(runtime.pipelineStreamsConfig(config.pipeline())).containsEntry("state.dir", "/srv/newswatch/streams");
      assertThat(runtime.alertsStreamsConfig(config.alerts())).containsEntry("state.dir", "/srv/newswatch/streams");
    }
  }

  private static void assertStateUnderData(NewswatchConfig config) {
    try (NewswatchRuntime runtime = new NewswatchRuntime(config, Set.of(), new PrometheusRegistry())) {
      Map<String, Map<String, Object>> apps = Map.of(
          "pipeline", runtime.pipelineStreamsConfig(config.pipeline()),
          "alerts", runtime.alertsStreamsConfig(config.alerts()));
      apps.forEach((name, props) -> {
        assertThat(props.get("state.dir")).as(name + " state.dir").isNotNull();
        Path stateDir = Path.of(props.get("state.dir").toString());
        assertThat(stateDir).as(name + " state.dir").isAbsolute()
            .isEqualTo(CWD.resolve(Path.of("data", "streams")));
        if (!CWD.startsWith(TMP)) {
          assertThat(stateDir.normalize().startsWith(TMP)).as(name + " state.dir " + stateDir + " is in " + TMP)
              .isFalse();
        }
        assertThat(stateDir.normalize()).as(name + " state.dir is Streams' temp default")
            .isNotEqualTo(TMP.resolve("kafka-streams"));
      });
      assertThat(apps.get("pipeline").get("application.id")).isNotEqualTo(apps.get("alerts").get("application.id"));
    }
  }
}
