package dev.newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.model.secrets.SecretBox;
import dev.newswatch.testkit.WebSubHub;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WebSub subscriptions kept in the sealed state file: a push after a restart still verifies. */
class WebSubRestartTest {

  private static final String FEED = "https://mogilevnews.example/rss.xml";
  private static final URI TOPIC = URI.create("https://mogilevnews.example/feeds/all.xml");
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final FetchConfig LOOPBACK = new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(5),
      64 * 1024, 0, FetchConfig.DEFAULT_USER_AGENT, true, List.of());
  private static final SecretBox KEY = new SecretBox(Map.of("k1", SecretBox.newKey()), "k1");

  @TempDir
  Path dir;

  private final WebSubHub hub = new WebSubHub();
  private final List<String> pushed = new CopyOnWriteArrayList<>();
  private final int port = freePort();
  private final WebSubConfig config = new WebSubConfig(URI.create("http://127.0.0.1:" + port + "/websub"),
      "127.0.0.1", port, Duration.ofHours(2), 4, true);

  @AfterEach
  void stop() {
    hub.close();
  }

  private WebSub start(SecretBox box) throws IOException {
    return WebSub.start(config, LOOPBACK, (feedUrl, body, type) -> {
      pushed.add(feedUrl + " " + new String(body, StandardCharsets.UTF_8));
      return PushTarget.Result.PUBLISHED;
    }, new PrometheusRegistry(), Clock.systemUTC(), new WebSubStateFile(dir.resolve("websub.json"), box));
  }

  @Test
  void aPushAfterARestartVerifiesWithTheStoredSecret() throws Exception {
    String secret;
    try (WebSub first = start(KEY)) {
      first.hubSeen(FEED, new HubLink(URI.create(hub.url()), TOPIC));
      assertThat(hub.awaitVerification(v -> v.mode().equals("subscribe") && v.challengeEchoed(), WAIT)).isTrue();
      secret = hub.requests().getLast().secret();
    }
    assertThat(hub.requests()).as("closing leaves the subscription with the hub")
        .noneMatch(r -> r.mode().equals("unsubscribe"));
    Path file = dir.resolve("websub.json");
    assertThat(Files.readString(file)).doesNotContain(secret).contains("nwenc:v1:k1:");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

    try (WebSub second = start(KEY)) {
      assertThat(second.receivesPushes(FEED)).isTrue();
      List<Integer> statuses = hub.publish(TOPIC.toString(), "<rss version=\"2.0\"/>", "application/rss+xml");
      assertThat(statuses).containsExactly(202);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (pushed.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(pushed).containsExactly(FEED + " <rss version=\"2.0\"/>");
    }
  }

  @Test
  void aStoredSecretThatDoesNotOpenIsDropped() throws Exception {
    try (WebSub first = start(KEY)) {
      first.hubSeen(FEED, new HubLink(URI.create(hub.url()), TOPIC));
      assertThat(hub.awaitVerification(v -> v.mode().equals("subscribe") && v.challengeEchoed(), WAIT)).isTrue();
    }
    try (WebSub other = start(new SecretBox(Map.of("k2", SecretBox.newKey()), "k2"))) {
      assertThat(other.receivesPushes(FEED)).isFalse();
      assertThat(other.status()).isEmpty();
      assertThat(hub.publish(TOPIC.toString(), "<rss version=\"2.0\"/>", "application/rss+xml")).containsExactly(410);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
