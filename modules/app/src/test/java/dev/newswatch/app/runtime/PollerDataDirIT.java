package dev.newswatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.config.ConfigLoader;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.ops.HealthCheck;
import dev.newswatch.app.ops.MetricsRegistries;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.FeedServer;
import dev.newswatch.testkit.Fixtures;
import dev.newswatch.testkit.MetricValues;
import dev.newswatch.testkit.WebSubHub;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poller process whose WebSub state file cannot be written (here: its directory is a regular file,
 * which fails every write as a full or read-only disk does): it keeps polling, subscribing and publishing,
 * stays ready, and {@code /readyz} and the metrics say that the file is not written.
 */
class PollerDataDirIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir
  Path dir;

  @Test
  void aStateFileThatCannotBeWrittenIsReportedWhilePollingGoesOn() throws Exception {
    Path notADirectory = Files.writeString(dir.resolve("data-on-a-broken-volume"), "not a directory\n");
    Path stateFile = notADirectory.resolve("websub-state.json");
    int callbackPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      callbackPort = socket.getLocalPort();
    }
    try (FeedServer feeds = new FeedServer(); WebSubHub hub = new WebSubHub()) {
      feeds.serveRss("/baltic-wire.xml", Fixtures.text("feeds/baltic-wire.xml"));
      feeds.links("/baltic-wire.xml", "<" + hub.url() + ">; rel=\"hub\"");
      String yaml = """
          kafka:
            embedded: {dataDir: "%s", port: 0, controllerPort: 0}
          poller:
            interval: 10m
            firstPollMaxItemAge: 36500d
            maxPagesPerPoll: 0
            fetch: {allowedHosts: ["127.0.0.1"]}
            websub:
              callbackUrl: "http://127.0.0.1:%d/websub/"
              port: %d
              allowInsecureCallback: true
              stateFile: "%s"
          secrets: {keyFile: "%s"}
          feeds:
            - {name: Baltic Wire, url: "%s"}
          """.formatted(dir.resolve("kafka"), callbackPort, callbackPort, stateFile, dir.resolve("secrets.key"),
          feeds.url("/baltic-wire.xml"));
      NewswatchConfig config = new ConfigLoader(Map.of()).load(yaml, "PollerDataDirIT");
      PrometheusRegistry registry = MetricsRegistries.newProcessRegistry();

      try (NewswatchRuntime runtime = new NewswatchRuntime(config, EnumSet.of(NewswatchRuntime.Service.POLLER),
          registry)) {
        runtime.start();

        assertThat(hub.awaitVerification(WebSubHub.Verification::challengeEchoed, WAIT)).isTrue();
        assertThat(Await.until(() -> runtime.readiness().detail().contains("websub: state file " + stateFile
            + " not writable since"), WAIT)).as(runtime.readiness().detail()).isTrue();
        HealthCheck.Status ready = runtime.readiness();
        assertThat(ready.ok()).as("still ready: polling and publishing go on").isTrue();
        assertThat(runtime.health().ok()).isTrue();
        assertThat(Await.until(() -> runtime.localFeedStatus().values().stream()
            .anyMatch(s -> s.articlesPublished() == 2), WAIT)).isTrue();
        assertThat(MetricValues.value(registry, "newswatch_ingest_articles_published")).isEqualTo(2);
        assertThat(MetricValues.value(registry, "newswatch_ingest_websub_state_file_writable")).isZero();
        assertThat(MetricValues.value(registry, "newswatch_ingest_websub_state_write_errors")).isPositive();
        assertThat(runtime.poller().isHealthy()).isTrue();
      }
    }
  }

}
