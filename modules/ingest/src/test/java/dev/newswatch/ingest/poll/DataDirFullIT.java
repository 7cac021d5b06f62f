package dev.newswatch.ingest.poll;

import static dev.newswatch.ingest.poll.PollFixtures.AFTER_FIXTURES;
import static dev.newswatch.ingest.poll.PollFixtures.GUARDED_LOOPBACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.TestFiles;
import dev.newswatch.ingest.websub.WebSub;
import dev.newswatch.ingest.websub.WebSubConfig;
import dev.newswatch.ingest.websub.WebSubStateFile;
import dev.newswatch.model.Article;
import dev.newswatch.model.secrets.SecretBox;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.FeedServer;
import dev.newswatch.testkit.MetricValues;
import dev.newswatch.testkit.TestKafka;
import dev.newswatch.testkit.WebSubHub;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The poller's data directory on a real file system that is full: a 64 KiB tmpfs, filled to the last
 * byte. Polling, subscribing, pushes and publishing go on; the WebSub state file's failure is reported;
 * once space is freed the file is written and a restart finds the subscription. Needs root (or
 * CAP_SYS_ADMIN) to mount; skipped where mounting is refused.
 */
class DataDirFullIT {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final SecretBox KEY = new SecretBox(Map.of("k1", SecretBox.newKey()), "k1");

  @TempDir
  Path base;
  private Path dataDir;
  private boolean mounted;

  @BeforeEach
  void mountSmallDisk() throws Exception {
    dataDir = Files.createDirectory(base.resolve("data"));
    String failure;
    try {
      Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", dataDir.toString())
          .redirectErrorStream(true).start();
      boolean done = mount.waitFor(10, TimeUnit.SECONDS);
      String output = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      mounted = done && mount.exitValue() == 0;
      failure = done ? "exit " + mount.exitValue() + ": " + output : "mount did not finish within 10 s";
    } catch (IOException e) {
      failure = e.getMessage();
    }
    Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root or CAP_SYS_ADMIN): " + failure);
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      new ProcessBuilder("umount", "-l", dataDir.toString()).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Writes a file until the disk refuses more; returns it (deleting it frees the disk). */
  private Path fill() throws IOException {
    Path filler = dataDir.resolve("filler");
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
        out.flush();
      }
    } catch (IOException expected) {
      // no space left on device
    }
    assertThat(Files.getFileStore(dataDir).getUsableSpace()).isLessThan(block.length);
    return filler;
  }

  @Test
  void pollingSubscribingAndPublishingGoOnWhileTheDataDirectoryIsFull() throws Exception {
    String path = "/" + UUID.randomUUID() + "/brest.xml";
    String transactionalId = "datadir-it-" + UUID.randomUUID();
    Path stateFile = dataDir.resolve("websub-state.json");
    Path filler = fill();
    try (FeedServer server = new FeedServer(); WebSubHub hub = new WebSubHub()) {
      server.serveRss(path, TestFiles.text("poll/brest-bulletin-v1.xml"));
      server.links(path, "<" + hub.url() + ">; rel=\"hub\"");
      FeedSource feed = new FeedSource(server.url(path), "Brest Bulletin");
      PollerConfig config = new PollerConfig(List.of(feed), Duration.ofMinutes(10), 2, GUARDED_LOOPBACK);
      PrometheusRegistry registry = new PrometheusRegistry();
      WebSubConfig webSubConfig = webSubConfig();

      try (PollerService service = new PollerService(config, TestKafka.clientConfig(), transactionalId, registry,
          AFTER_FIXTURES);
           WebSub webSub = WebSub.start(webSubConfig, GUARDED_LOOPBACK, service::acceptPush, registry, AFTER_FIXTURES,
               new WebSubStateFile(stateFile, KEY))) {
        service.attach(webSub);
        service.pollOnce();

        assertThat(Await.until(() -> TestKafka.articleValuesOf(feed.url()).size() == 2, WAIT)).isTrue();
        assertThat(hub.awaitVerification(WebSubHub.Verification::challengeEchoed, WAIT)).isTrue();
        assertThat(Await.until(() -> webSub.receivesPushes(feed.url()), WAIT)).isTrue();
        assertThat(webSub.stateFileProblem()).hasValueSatisfying(p -> assertThat(p)
            .contains("state file " + stateFile + " not writable").contains("No space left on device"));
        assertThat(MetricValues.value(registry, "newswatch_ingest_websub_state_file_writable")).isZero();
        assertThat(MetricValues.value(registry, "newswatch_ingest_websub_state_write_errors")).isPositive();
        assertThat(Files.exists(stateFile)).isFalse();

        // A push on the full disk is published like any other.
        assertThat(hub.publish(feed.url(), TestFiles.text("poll/brest-bulletin-v2.xml"), "application/rss+xml"))
            .containsExactly(202);
        assertThat(Await.until(() -> TestKafka.articleValuesOf(feed.url()).size() == 3, WAIT)).isTrue();
        assertThat(service.isHealthy()).isTrue();

        Files.delete(filler);
        // The next tick (every second) writes the file.
        assertThat(Await.until(() -> Files.exists(stateFile) && webSub.stateFileProblem().isEmpty(), WAIT)).isTrue();
        assertThat(MetricValues.value(registry, "newswatch_ingest_websub_state_file_writable")).isEqualTo(1);
      }

      // A restart finds the subscription in the file: the hub's next push verifies with the stored secret.
      PrometheusRegistry again = new PrometheusRegistry();
      try (PollerService restarted = new PollerService(config, TestKafka.clientConfig(), transactionalId, again,
          AFTER_FIXTURES);
           WebSub webSub = WebSub.start(webSubConfig, GUARDED_LOOPBACK, restarted::acceptPush, again, AFTER_FIXTURES,
               new WebSubStateFile(stateFile, KEY))) {
        restarted.attach(webSub);
        restarted.start();
        assertThat(webSub.receivesPushes(feed.url())).isTrue();
        assertThat(hub.publish(feed.url(), TestFiles.text("poll/brest-bulletin-v2.xml"), "application/rss+xml"))
            .containsExactly(202);
        assertThat(Await.until(() -> MetricValues.value(again, "newswatch_ingest_websub_pushes", "outcome", "accepted") == 1, WAIT))
            .isTrue();
      }
      assertThat(TestKafka.articleValuesOf(feed.url())).as("nothing twice").extracting(Article::guid)
          .containsExactlyInAnyOrder("bb-1001", "bb-1002", "bb-1003");
    }
  }

  private static WebSubConfig webSubConfig() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    return new WebSubConfig(URI.create("http://127.0.0.1:" + port + "/websub/"), "127.0.0.1", port,
        Duration.ofHours(1), 8, true);
  }

}
