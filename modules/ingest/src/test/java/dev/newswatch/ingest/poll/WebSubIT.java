package dev.newswatch.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.newswatch.ingest.poll.PollFixtures.AFTER_FIXTURES;
import static dev.newswatch.ingest.poll.PollFixtures.GUARDED_LOOPBACK;

import dev.newswatch.ingest.TestFiles;
import dev.newswatch.ingest.websub.SubscriptionStatus;
import dev.newswatch.ingest.websub.WebSub;
import dev.newswatch.ingest.websub.WebSubConfig;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.FeedServer;
import dev.newswatch.testkit.MetricValues;
import dev.newswatch.testkit.TestKafka;
import dev.newswatch.testkit.WebSubHub;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * WebSub end to end on the embedded broker: the real poller finds the hub in a Link header, subscribes
 * through the test hub, and a signed push publishes the new item once, in the same transactions as polls.
 */
class WebSubIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  /** A poller with a WebSub endpoint attached to it; closing closes the endpoint, then the poller. */
  private record Pushed(PollerService service, WebSub webSub) implements AutoCloseable {
    static Pushed start(PollerConfig config, String transactionalId, PrometheusRegistry registry)
        throws IOException {
      PollerService service = new PollerService(config, TestKafka.clientConfig(), transactionalId, registry,
          AFTER_FIXTURES);
      WebSub webSub;
      try {
        webSub = WebSub.start(webSubConfig(), GUARDED_LOOPBACK, service::acceptPush, registry, AFTER_FIXTURES);
      } catch (IOException | RuntimeException e) {
        service.close();
        throw e;
      }
      Pushed pushed = new Pushed(service, webSub);
      try {
        service.attach(webSub);
      } catch (RuntimeException e) {
        pushed.close();
        throw e;
      }
      return pushed;
    }

    @Override
    public void close() {
      try {
        webSub.close();
      } finally {
        service.close();
      }
    }
  }

  @Test
  void aSignedPushPublishesTheNewItemOnceAndPollsDoNotRepeatIt() throws Exception {
    String path = "/" + UUID.randomUUID() + "/brest.xml";
    String v2 = TestFiles.text("poll/brest-bulletin-v2.xml");
    PrometheusRegistry registry = new PrometheusRegistry();
    String transactionalId = "websub-it-" + UUID.randomUUID();
    try (FeedServer server = new FeedServer(); WebSubHub hub = new WebSubHub()) {
      server.serveRss(path, TestFiles.text("poll/brest-bulletin-v1.xml"));
      server.links(path, "<" + hub.url() + ">; rel=\"hub\"");
      FeedSource feed = new FeedSource(server.url(path), "Brest Bulletin");
      PollerConfig config = new PollerConfig(List.of(feed), Duration.ofMinutes(10), 2, GUARDED_LOOPBACK);
      try (Pushed serviceNode = Pushed.start(config, transactionalId + "-a", registry)) {
        PollerService service = serviceNode.service();
        WebSub webSub = serviceNode.webSub();

        service.pollOnce();
        // A commit returns before its markers reach every partition; read_committed sees it a moment later.
        assertThat(Await.until(() -> TestKafka.articlesOf(feed.url()).size() == 2, WAIT)).isTrue();
        assertThat(hub.awaitVerification(WebSubHub.Verification::challengeEchoed, WAIT)).isTrue();
        assertThat(webSub.status()).singleElement().extracting(SubscriptionStatus::state).isEqualTo("active");
        assertThat(webSub.receivesPushes(feed.url())).isTrue();
        assertThat(hub.requests().get(0).topic()).isEqualTo(feed.url());

        assertThat(hub.publish(feed.url(), v2, "application/rss+xml")).containsExactly(202);
        assertThat(Await.until(() -> TestKafka.articlesOf(feed.url()).size() == 3, WAIT)).isTrue();
        assertThat(TestKafka.articlesOf(feed.url())).extracting(r -> r.value().guid()).containsExactlyInAnyOrder(
            "bb-1001", "bb-1002", "bb-1003");
        assertThat(Await.until(() -> MetricValues.value(registry, "newswatch_ingest_websub_pushes", "outcome", "accepted") == 1, WAIT))
            .isTrue();
        assertThat(service.status().get(feed.url()).articlesPublished()).isEqualTo(3);

        // The same document again by push, then by poll: nothing new either way.
        assertThat(hub.publish(feed.url(), v2, "application/rss+xml")).containsExactly(202);
        assertThat(Await.until(() -> MetricValues.value(registry, "newswatch_ingest_websub_pushes", "outcome", "accepted") == 2, WAIT))
            .isTrue();
        server.serveRss(path, v2);
        Instant beforePoll = AFTER_FIXTURES.instant();
        service.pollOnce();

        assertThat(service.status().get(feed.url()).lastOutcome()).isEqualTo("ok");
        assertThat(service.status().get(feed.url()).nextPollAt())
            .as("a feed with pushes is polled at maxInterval")
            .isAfterOrEqualTo(beforePoll.plus(Duration.ofMinutes(10)));
      }
      Thread.sleep(500);
      assertThat(TestKafka.articlesOf(feed.url())).hasSize(3);
      assertThat(hub.requests()).extracting(WebSubHub.Request::mode).contains("unsubscribe");
      String firstCallback = hub.requests().get(0).callback();

      // A restart finds the feed unchanged (its ETag stored) and still subscribes again.
      PrometheusRegistry again = new PrometheusRegistry();
      try (Pushed restartedNode = Pushed.start(config, transactionalId + "-b", again)) {
        PollerService restarted = restartedNode.service();
        WebSub webSub = restartedNode.webSub();
        restarted.pollOnce();

        assertThat(hub.awaitRequest(r -> r.mode().equals("subscribe") && !r.callback().equals(firstCallback), WAIT))
            .isTrue();
        assertThat(Await.until(() -> webSub.receivesPushes(feed.url()), WAIT)).isTrue();
        assertThat(restarted.status().get(feed.url()).articlesPublished()).isZero();
      }
    }
  }

  private static WebSubConfig webSubConfig() throws IOException {
    int port = freePort();
    return new WebSubConfig(URI.create("http://127.0.0.1:" + port + "/websub/"), "127.0.0.1", port,
        Duration.ofHours(1), 8, true);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

}
