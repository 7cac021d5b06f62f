package dev.newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.ingest.websub.HubSubscriptionsTest.MovableClock;
import dev.newswatch.model.secrets.SecretBox;
import dev.newswatch.testkit.MetricValues;
import dev.newswatch.testkit.WebSubHub;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The WebSub state file on a disk that is full (a writer failing as {@code write(2)} does with ENOSPC):
 * subscriptions go on in memory, the failure is logged once and then every few minutes rather than at
 * every retry, counted and reported, and the file is written as soon as there is room again.
 */
class StateFileFullDiskTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final String FEED = "https://grodnowire.example/rss.xml";
  private static final URI TOPIC = URI.create("https://grodnowire.example/feeds/all.xml");
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final FetchConfig LOOPBACK = new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(5),
      64 * 1024, 0, FetchConfig.DEFAULT_USER_AGENT, true, List.of());
  private static final SecretBox KEY = new SecretBox(Map.of("k1", SecretBox.newKey()), "k1");

  @TempDir
  Path dir;

  private final AtomicBoolean full = new AtomicBoolean(true);
  private final AtomicInteger writeAttempts = new AtomicInteger();
  private final WebSubHub hub = new WebSubHub();
  private final MovableClock clock = new MovableClock(T0);
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final WebSubMetrics metrics = new WebSubMetrics(registry);
  private final int port = freePort();
  private final WebSubConfig config = new WebSubConfig(URI.create("http://127.0.0.1:" + port + "/websub"),
      "127.0.0.1", port, Duration.ofHours(2), 4, true);
  private final HubClient client = new HubClient(LOOPBACK);
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private final Logger writesLogger = (Logger) LoggerFactory.getLogger(StateFileWrites.class);
  private CallbackServer server;

  StateFileFullDiskTest() {
    log.start();
    writesLogger.addAppender(log);
  }

  @AfterEach
  void stop() {
    writesLogger.detachAppender(log);
    if (server != null) {
      server.close();
    }
    client.close();
    hub.close();
  }

  private Path file() {
    return dir.resolve("websub-state.json");
  }

  private WebSubStateFile stateFile() {
    return new WebSubStateFile(file(), KEY, (path, bytes) -> {
      writeAttempts.incrementAndGet();
      if (full.get()) {
        // What the file system does once the disk is full: the file is created, its bytes are not written.
        throw new IOException("No space left on device");
      }
      Files.write(path, bytes);
    });
  }

  private HubSubscriptions start() throws IOException {
    HubSubscriptions subscriptions = new HubSubscriptions(config, client, metrics, clock, stateFile());
    PushQueue queue = new PushQueue(4, (feedUrl, body, type) -> PushTarget.Result.PUBLISHED, metrics);
    if (server != null) {
      server.close();
    }
    server = new CallbackServer("127.0.0.1", port, 64 * 1024, subscriptions, queue, metrics);
    return subscriptions;
  }

  private List<ILoggingEvent> logged(Level level) {
    return log.list.stream().filter(e -> e.getLevel() == level).toList();
  }

  @Test
  void subscriptionsGoOnInMemoryTheFailureIsLoggedOnceAndTheFileIsWrittenWhenThereIsRoomAgain()
      throws Exception {
    HubSubscriptions subscriptions = start();

    subscriptions.hubSeen(FEED, new HubLink(URI.create(hub.url()), TOPIC));
    subscriptions.tick();

    assertThat(hub.awaitVerification(v -> v.mode().equals("subscribe") && v.challengeEchoed(), WAIT)).isTrue();
    assertThat(subscriptions.receivesPushes(FEED)).isTrue();
    assertThat(Files.exists(file())).isFalse();
    try (var left = Files.list(dir)) {
      assertThat(left).as("no temporary file left behind").isEmpty();
    }
    assertThat(subscriptions.stateFileProblem()).hasValueSatisfying(p -> {
      assertThat(p.since()).isEqualTo(T0);
      assertThat(p.describe()).startsWith("state file " + file() + " not writable since " + T0)
          .endsWith("cannot write WebSub state file " + file() + ": No space left on device");
    });
    assertThat(MetricValues.value(registry, "newswatch_ingest_websub_state_file_writable")).isZero();

    // Ten minutes of ticks, each retrying the write: one error, then one line per five minutes.
    for (int second = 1; second <= 600; second++) {
      clock.advance(Duration.ofSeconds(1));
      subscriptions.tick();
    }

    assertThat(writeAttempts.get()).isGreaterThan(600);
    assertThat(MetricValues.value(registry, "newswatch_ingest_websub_state_write_errors")).isEqualTo(writeAttempts.get());
    assertThat(logged(Level.ERROR)).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
        .contains("cannot write WebSub state file " + file() + ": No space left on device",
            "WebSub subscriptions go on in memory"));
    assertThat(logged(Level.WARN)).hasSize(2).allSatisfy(e -> assertThat(e.getFormattedMessage())
        .contains("still not written", "No space left on device"));
    assertThat(subscriptions.stateFileProblem()).get().extracting(StateFileWrites.Problem::failedWrites)
        .isEqualTo((long) writeAttempts.get());

    full.set(false);
    clock.advance(Duration.ofSeconds(1));
    subscriptions.tick();

    assertThat(Files.exists(file())).isTrue();
    assertThat(subscriptions.stateFileProblem()).isEmpty();
    assertThat(MetricValues.value(registry, "newswatch_ingest_websub_state_file_writable")).isEqualTo(1);
    assertThat(logged(Level.INFO)).singleElement().satisfies(e -> assertThat(e.getFormattedMessage())
        .contains("holds the subscriptions again"));
    assertThat(subscriptions.close()).as("kept in the file, not unsubscribed").isZero();

    HubSubscriptions restarted = start();
    assertThat(restarted.receivesPushes(FEED)).isTrue();
    restarted.close();
  }

  @Test
  void aShutdownWhileTheFileCannotBeWrittenUnsubscribesWhatItLacks() throws Exception {
    HubSubscriptions subscriptions = start();
    subscriptions.hubSeen(FEED, new HubLink(URI.create(hub.url()), TOPIC));
    subscriptions.tick();
    assertThat(hub.awaitVerification(v -> v.mode().equals("subscribe") && v.challengeEchoed(), WAIT)).isTrue();

    assertThat(subscriptions.close()).isEqualTo(1);

    assertThat(hub.awaitRequest(r -> r.mode().equals("unsubscribe"), WAIT)).isTrue();
    full.set(false);
    HubSubscriptions restarted = start();
    assertThat(restarted.receivesPushes(FEED)).isFalse();
    restarted.close();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
