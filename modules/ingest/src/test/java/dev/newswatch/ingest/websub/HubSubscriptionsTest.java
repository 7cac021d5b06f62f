package dev.newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.testkit.MetricValues;
import dev.newswatch.testkit.WebSubHub;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The subscriber against a real hub on 127.0.0.1 and the real callback endpoint, on a clock we move. */
class HubSubscriptionsTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final String FEED = "https://grodnowire.example/rss.xml";
  private static final URI TOPIC = URI.create("https://grodnowire.example/feeds/all.xml");
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final FetchConfig LOOPBACK = new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(5),
      64 * 1024, 0, FetchConfig.DEFAULT_USER_AGENT, true, List.of());

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  record Push(String feedUrl, String body, String contentType) {}

  private final WebSubHub hub = new WebSubHub();
  private final MovableClock clock = new MovableClock(T0);
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final WebSubMetrics metrics = new WebSubMetrics(registry);
  private final List<Push> pushes = new CopyOnWriteArrayList<>();
  private final int port = freePort();
  private final WebSubConfig config = new WebSubConfig(URI.create("http://127.0.0.1:" + port + "/websub"),
      "127.0.0.1", port, Duration.ofHours(2), 4, true);
  private final HubClient client = new HubClient(LOOPBACK);
  private final HubSubscriptions subscriptions = new HubSubscriptions(config, client, metrics, clock);
  private final PushQueue queue = new PushQueue(4, (feedUrl, body, contentType) -> {
    pushes.add(new Push(feedUrl, new String(body, StandardCharsets.UTF_8), contentType));
    return PushTarget.Result.PUBLISHED;
  }, metrics);
  private final CallbackServer server = callbackServer();

  @AfterEach
  void stop() {
    server.close();
    queue.close();
    client.close();
    hub.close();
  }

  private CallbackServer callbackServer() {
    try {
      return new CallbackServer("127.0.0.1", port, 64 * 1024, subscriptions, queue, metrics);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private HubLink link() {
    return new HubLink(URI.create(hub.url()), TOPIC);
  }

  private SubscriptionStatus status() {
    assertThat(subscriptions.status()).hasSize(1);
    return subscriptions.status().get(0);
  }

  private double metric(String name, String... labels) {
    return MetricValues.value(registry, name, labels);
  }

  /** Subscribes the feed and waits until the hub has verified the subscription. */
  private WebSubHub.Request subscribed() throws InterruptedException {
    subscriptions.hubSeen(FEED, link());
    subscriptions.tick();
    assertThat(hub.awaitVerification(v -> v.mode().equals("subscribe") && v.challengeEchoed(), WAIT)).isTrue();
    return hub.requests().get(hub.requests().size() - 1);
  }

  @Test
  void subscribesWithSecretAndLeaseAndRecordsTheGrantedLeaseOnVerification() throws InterruptedException {
    hub.grantLease(3_600);

    WebSubHub.Request request = subscribed();

    assertThat(request.mode()).isEqualTo("subscribe");
    assertThat(request.topic()).isEqualTo(TOPIC.toString());
    assertThat(request.callback()).startsWith("http://127.0.0.1:" + port + "/websub/");
    assertThat(request.callback().substring(request.callback().lastIndexOf('/') + 1)).hasSizeGreaterThanOrEqualTo(43);
    assertThat(request.secret()).hasSize(64);
    assertThat(request.leaseSeconds()).isEqualTo("7200");
    assertThat(status().state()).isEqualTo("active");
    assertThat(status().grantedLeaseSeconds()).isEqualTo(3_600);
    assertThat(status().leaseExpiresAt()).isEqualTo(T0.plusSeconds(3_600));
    assertThat(subscriptions.receivesPushes(FEED)).isTrue();
    assertThat(metric("newswatch_ingest_websub_verifications", "mode", "subscribe", "result", "confirmed")).isEqualTo(1);
    assertThat(metric("newswatch_ingest_websub_subscriptions", "state", "active")).isEqualTo(1);
  }

  @Test
  void everySubscriptionHasItsOwnCallbackAndSecret() throws InterruptedException {
    subscriptions.hubSeen(FEED, link());
    subscriptions.hubSeen("https://brestbulletin.example/rss", new HubLink(URI.create(hub.url()),
        URI.create("https://brestbulletin.example/rss")));
    subscriptions.tick();

    assertThat(hub.awaitRequest(r -> r.topic().contains("brest"), WAIT)).isTrue();
    assertThat(hub.awaitRequest(r -> r.topic().contains("grodno"), WAIT)).isTrue();
    assertThat(hub.requests()).extracting(WebSubHub.Request::callback).doesNotHaveDuplicates();
    assertThat(hub.requests()).extracting(WebSubHub.Request::secret).doesNotHaveDuplicates();
  }

  @Test
  void renewsAtEightyFivePercentOfTheGrantedLeaseWithTheSameCallbackAndSecret() throws InterruptedException {
    hub.grantLease(3_600);
    WebSubHub.Request first = subscribed();

    clock.advance(Duration.ofSeconds(3_000));
    subscriptions.tick();
    assertThat(hub.requests()).hasSize(1);

    clock.advance(Duration.ofSeconds(70));
    hub.grantLease(7_200);
    subscriptions.tick();

    assertThat(hub.awaitVerification(v -> v.challengeEchoed() && hub.verifications().size() == 2, WAIT)).isTrue();
    WebSubHub.Request renewal = hub.requests().get(1);
    assertThat(renewal.mode()).isEqualTo("subscribe");
    assertThat(renewal.callback()).isEqualTo(first.callback());
    assertThat(renewal.secret()).isEqualTo(first.secret());
    assertThat(status().leaseExpiresAt()).isEqualTo(T0.plusSeconds(3_070 + 7_200));
    assertThat(status().grantedLeaseSeconds()).isEqualTo(7_200);
  }

  @Test
  void failedRenewalsKeepTheSubscriptionUntilTheLeaseRunsOut() throws InterruptedException {
    hub.grantLease(3_600);
    subscribed();
    hub.failNext(100, 500);

    clock.advance(Duration.ofSeconds(3_100));
    subscriptions.tick();
    assertThat(status().failures()).isEqualTo(1);
    assertThat(status().state()).isEqualTo("active");
    assertThat(status().lastError()).contains("HTTP 500");
    assertThat(subscriptions.receivesPushes(FEED)).isTrue();

    clock.advance(Duration.ofSeconds(510));
    subscriptions.tick();

    assertThat(subscriptions.receivesPushes(FEED)).isFalse();
    assertThat(status().state()).isIn("subscribing", "failing");
    assertThat(metric("newswatch_ingest_websub_subscribe_errors", "reason", "http_status")).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aHubErrorIsRetriedAfterABackoff() throws InterruptedException {
    hub.failNext(1, 503);
    subscriptions.hubSeen(FEED, link());
    subscriptions.tick();

    assertThat(status().state()).isEqualTo("failing");
    assertThat(metric("newswatch_ingest_websub_subscribe_errors", "reason", "http_status")).isEqualTo(1);
    clock.advance(Duration.ofSeconds(30));
    subscriptions.tick();
    assertThat(hub.requests()).hasSize(1);

    clock.advance(Duration.ofSeconds(31));
    subscriptions.tick();

    assertThat(hub.awaitVerification(WebSubHub.Verification::challengeEchoed, WAIT)).isTrue();
    assertThat(status().state()).isEqualTo("active");
    assertThat(status().failures()).isZero();
  }

  @Test
  void aVerificationThatNeverComesCountsAsAFailure() {
    hub.autoVerify(false);
    subscriptions.hubSeen(FEED, link());
    subscriptions.tick();
    assertThat(status().state()).isEqualTo("subscribing");

    clock.advance(HubSubscriptions.VERIFY_TIMEOUT);
    subscriptions.tick();

    assertThat(status().state()).isEqualTo("failing");
    assertThat(metric("newswatch_ingest_websub_subscribe_errors", "reason", "verify_timeout")).isEqualTo(1);
  }

  @Test
  void verificationOfAnUnknownSubscriptionOrAnotherTopicIs404() throws InterruptedException {
    WebSubHub.Request request = subscribed();
    String unknown = config.callback("bm90LWEtc3Vic2NyaXB0aW9uLWlkLWF0LWFsbC0wMDAwMDA").toString();

    assertThat(hub.verify(unknown, "subscribe", TOPIC.toString(), "x")).isEqualTo(404);
    assertThat(hub.verify(request.callback(), "subscribe", "https://evil.example/feed", "x")).isEqualTo(404);
    // Nothing is awaited any more: a replayed verification is not confirmed either.
    assertThat(hub.verify(request.callback(), "subscribe", TOPIC.toString(), "x")).isEqualTo(404);
    assertThat(hub.verify(request.callback(), "unsubscribe", TOPIC.toString(), "x")).isEqualTo(404);
    assertThat(hub.verify(config.callbackUrl() + "short", "subscribe", TOPIC.toString(), "x")).isEqualTo(404);
    assertThat(metric("newswatch_ingest_websub_verifications", "mode", "subscribe", "result", "rejected")).isEqualTo(3);
    assertThat(status().state()).isEqualTo("active");
  }

  @Test
  void aDenialEndsPushesUntilTheLongestBackoffHasPassed() throws InterruptedException {
    WebSubHub.Request request = subscribed();

    assertThat(hub.deny(request.callback(), TOPIC.toString(), "too many\nsubscriptions")).isEqualTo(200);

    assertThat(status().state()).isEqualTo("denied");
    assertThat(status().lastError()).isEqualTo("denied by the hub: too many subscriptions");
    assertThat(subscriptions.receivesPushes(FEED)).isFalse();
    assertThat(hub.deny(request.callback(), "https://evil.example/feed", "x")).isEqualTo(404);
    clock.advance(HubSubscriptions.MAX_RETRY.minusSeconds(1));
    subscriptions.tick();
    assertThat(hub.requests()).hasSize(1);
    clock.advance(Duration.ofSeconds(1));
    subscriptions.tick();
    assertThat(hub.awaitVerification(v -> hub.verifications().size() == 2 && v.challengeEchoed(), WAIT)).isTrue();
    assertThat(status().state()).isEqualTo("active");
  }

  @Test
  void aSignedPushReachesThePollerWithItsContentType() throws InterruptedException {
    subscribed();

    List<Integer> statuses = hub.publish(TOPIC.toString(), "<rss version=\"2.0\"/>", "application/rss+xml");

    assertThat(statuses).containsExactly(202);
    awaitPushes(1);
    assertThat(pushes).containsExactly(new Push(FEED, "<rss version=\"2.0\"/>", "application/rss+xml"));
    awaitMetric("accepted", 1);
  }

  @Test
  void aPushWithAWrongOrMissingSignatureIsAcknowledgedButIgnored() throws InterruptedException {
    WebSubHub.Request request = subscribed();
    byte[] body = "<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8);

    assertThat(hub.push(request.callback(), body, "application/rss+xml",
        WebSubHub.sign("sha256", "not-the-secret", body))).isEqualTo(202);
    assertThat(hub.push(request.callback(), body, "application/rss+xml", null)).isEqualTo(202);

    assertThat(metric("newswatch_ingest_websub_pushes", "outcome", "bad_signature")).isEqualTo(2);
    Thread.sleep(200);
    assertThat(pushes).isEmpty();
  }

  @Test
  void aPushForAnUnknownSubscriptionIsGoneAndAnOversizedOneRefused() throws InterruptedException {
    WebSubHub.Request request = subscribed();
    byte[] big = new byte[64 * 1024 + 1];

    assertThat(hub.push(config.callback("bm90LWEtc3Vic2NyaXB0aW9uLWlkLWF0LWFsbC0wMDAwMDA").toString(),
        new byte[1], "application/rss+xml", null)).isEqualTo(410);
    assertThat(hub.push(request.callback(), big, "application/rss+xml",
        WebSubHub.sign("sha256", request.secret(), big))).isEqualTo(413);

    assertThat(metric("newswatch_ingest_websub_pushes", "outcome", "unknown_subscription")).isEqualTo(1);
    assertThat(metric("newswatch_ingest_websub_pushes", "outcome", "too_large")).isEqualTo(1);
    assertThat(pushes).isEmpty();
  }

  @Test
  void aFeedThatNoLongerNamesAHubIsUnsubscribed() throws InterruptedException {
    WebSubHub.Request request = subscribed();

    subscriptions.hubSeen(FEED, null);
    assertThat(subscriptions.receivesPushes(FEED)).isFalse();
    subscriptions.tick();

    assertThat(hub.awaitVerification(v -> v.mode().equals("unsubscribe") && v.challengeEchoed(), WAIT)).isTrue();
    assertThat(hub.requests().get(1)).satisfies(r -> {
      assertThat(r.mode()).isEqualTo("unsubscribe");
      assertThat(r.callback()).isEqualTo(request.callback());
    });
    assertThat(subscriptions.status()).isEmpty();
    assertThat(hub.subscriptions(TOPIC.toString())).isEmpty();
    assertThat(hub.push(request.callback(), new byte[1], "application/rss+xml", null)).isEqualTo(410);
  }

  @Test
  void aRemovedFeedIsUnsubscribedAndANewHubSubscribedInstead() throws InterruptedException {
    WebSubHub.Request first = subscribed();
    try (WebSubHub other = new WebSubHub()) {
      subscriptions.hubSeen(FEED, new HubLink(URI.create(other.url()), TOPIC));
      subscriptions.tick();

      assertThat(hub.awaitVerification(v -> v.mode().equals("unsubscribe") && v.challengeEchoed(), WAIT)).isTrue();
      assertThat(other.awaitVerification(v -> v.mode().equals("subscribe") && v.challengeEchoed(), WAIT)).isTrue();
      assertThat(other.requests().get(0).callback()).isNotEqualTo(first.callback());
      assertThat(status().hub()).isEqualTo(other.url());

      subscriptions.feedRemoved(FEED);
      subscriptions.tick();
      assertThat(other.awaitVerification(v -> v.mode().equals("unsubscribe") && v.challengeEchoed(), WAIT)).isTrue();
      assertThat(subscriptions.status()).isEmpty();
    }
  }

  @Test
  void closingUnsubscribesEveryActiveSubscription() throws InterruptedException {
    subscribed();

    assertThat(subscriptions.close()).isEqualTo(1);

    assertThat(hub.awaitRequest(r -> r.mode().equals("unsubscribe"), WAIT)).isTrue();
  }

  @Test
  void aHubOnAPrivateAddressIsRefusedByTheSsrfGuard() {
    try (HubClient guarded = new HubClient(FetchConfig.defaults())) {
      HubSubscriptions strict = new HubSubscriptions(config, guarded, new WebSubMetrics(new PrometheusRegistry()),
          clock);
      strict.hubSeen(FEED, link());
      strict.tick();

      assertThat(strict.status().get(0).state()).isEqualTo("failing");
      assertThat(strict.status().get(0).lastError()).contains("refused hub");
      assertThat(hub.requests()).isEmpty();
    }
  }

  private void awaitPushes(int count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (pushes.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  private void awaitMetric(String outcome, double value) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (metric("newswatch_ingest_websub_pushes", "outcome", outcome) < value && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(metric("newswatch_ingest_websub_pushes", "outcome", outcome)).isEqualTo(value);
  }
}
