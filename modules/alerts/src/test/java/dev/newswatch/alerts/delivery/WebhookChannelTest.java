package dev.newswatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.delivery.DeliveryResult.Outcome;
import dev.newswatch.model.Alert;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.testkit.WebhookReceiver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookChannelTest {

  private static final String SECRET = "s3cr3t-shared-with-the-subscriber";
  private static final String TOKEN_PATH = "/hooks/T0KEN-in-path";
  private static final Alert ALERT = new Alert(Alert.idFor("releases", "4e14f7b794b1ce4a6866fff947add1ed"), "releases",
      "4e14f7b794b1ce4a6866fff947add1ed", "Lukashenko pardons 16 prisoners on Independence Day",
      "https://minskmonitor.example/2025/07/03/lukashenko-pardons-16-independence-day", "Minsk Monitor",
      List.of("pardon"), List.of("Białiatski"), "tagged pardon (pardoned); mentions Białiatski",
      Instant.parse("2025-07-03T09:12:00Z"), Instant.parse("2025-07-03T09:21:00Z"));

  private final WebhookReceiver receiver = new WebhookReceiver();
  private final WebhookChannel channel =
      new WebhookChannel(Duration.ofSeconds(5), new AddressGuard(false, List.of("127.0.0.1")));

  @AfterEach
  void stop() {
    channel.close();
    receiver.close();
  }

  private Subscription.Channel webhook(String url, String secret) {
    return new Subscription.Channel("webhook", url, secret);
  }

  @Test
  void postsTheAlertJsonWithIdempotencyKeyAndVerifiableSignature() throws Exception {
    long before = Instant.now().getEpochSecond();

    DeliveryResult result = channel.deliver(ALERT, webhook(receiver.url(TOKEN_PATH), SECRET));

    assertThat(result).isEqualTo(DeliveryResult.delivered());
    WebhookReceiver.Request request = receiver.requests().get(0);
    assertThat(request.path()).isEqualTo(TOKEN_PATH);
    assertThat(request.body()).isEqualTo(new String(JsonCodec.toBytes(ALERT), StandardCharsets.UTF_8));
    assertThat(JsonCodec.fromBytes(request.body().getBytes(StandardCharsets.UTF_8), Alert.class)).isEqualTo(ALERT);
    assertThat(request.header("Content-Type")).isEqualTo("application/json");
    assertThat(request.header("User-Agent")).isEqualTo("newswatch/0.1");
    assertThat(request.header("X-Newswatch-Alert-Id")).isEqualTo(ALERT.alertId());
    String timestamp = request.header("X-Newswatch-Timestamp");
    assertThat(Long.parseLong(timestamp)).isBetween(before, Instant.now().getEpochSecond());
    String expected = "sha256=" + hmacSha256Hex(SECRET, timestamp + "." + request.body());
    assertThat(MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        request.header("X-Newswatch-Signature").getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void sendsNoSignatureWithoutSecret() {
    assertThat(channel.deliver(ALERT, webhook(receiver.url("/plain"), null)).outcome()).isEqualTo(Outcome.DELIVERED);

    assertThat(receiver.requests().get(0).header("X-Newswatch-Signature")).isNull();
  }

  /** One delivery to the token path with the secret, which the receiver answers with {@code status}. */
  private DeliveryResult deliverAnswered(int status) {
    receiver.failNext(1, status);
    return channel.deliver(ALERT, webhook(receiver.url(TOKEN_PATH), SECRET));
  }

  @Test
  void serverErrorsAndThrottlingAreRetried() {
    DeliveryResult unavailable = deliverAnswered(503);
    DeliveryResult throttled = deliverAnswered(429);

    assertThat(unavailable.outcome()).isEqualTo(Outcome.RETRY);
    assertThat(unavailable.error()).contains("HTTP 503").doesNotContain(TOKEN_PATH);
    assertThat(throttled.outcome()).isEqualTo(Outcome.RETRY);
  }

  @Test
  void clientErrorsAndRedirectsFailPermanently() {
    DeliveryResult rejected = deliverAnswered(400);
    DeliveryResult redirected = deliverAnswered(302);

    assertThat(rejected.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
    assertThat(rejected.error()).contains("HTTP 400").doesNotContain(TOKEN_PATH).doesNotContain(SECRET);
    assertThat(redirected.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
    assertThat(redirected.error()).contains("redirects are not followed");
  }

  @Test
  void defaultPolicyRefusesLoopbackWithoutLeakingPathOrSecret() {
    try (WebhookChannel publicOnly = new WebhookChannel(Duration.ofSeconds(5), AddressGuard.publicOnly())) {
      DeliveryResult result = publicOnly.deliver(ALERT, webhook(receiver.url(TOKEN_PATH + "?key=abc"), SECRET));

      assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
      assertThat(result.error()).contains("127.0.0.1").contains("loopback")
          .doesNotContain(TOKEN_PATH).doesNotContain("key=abc").doesNotContain(SECRET);
      assertThat(receiver.requests()).isEmpty();
    }
  }

  @Test
  void unresolvableHostIsRetriedNotDeadLettered() {
    try (WebhookChannel publicOnly = new WebhookChannel(Duration.ofSeconds(5), AddressGuard.publicOnly())) {
      DeliveryResult result = publicOnly.deliver(ALERT, webhook("https://hooks.no-such-desk.invalid" + TOKEN_PATH, SECRET));

      assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
      assertThat(result.error()).contains("does not resolve").doesNotContain(TOKEN_PATH).doesNotContain(SECRET);
    }
  }

  @Test
  void unreachableReceiverIsRetriedWithoutLeakingPath() {
    String url = receiver.url(TOKEN_PATH);
    receiver.close();

    DeliveryResult result = channel.deliver(ALERT, webhook(url, SECRET));

    assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
    assertThat(result.error()).doesNotContain(TOKEN_PATH);
  }

  @Test
  void silentReceiverTimesOutAndIsRetried() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
         WebhookChannel impatient =
             new WebhookChannel(Duration.ofMillis(300), new AddressGuard(false, List.of("127.0.0.1")))) {
      Thread acceptor = Thread.ofVirtual().start(() -> {
        try (Socket ignored = silent.accept()) {
          Thread.sleep(5_000);
        } catch (IOException | InterruptedException e) {
          // the test is over
        }
      });

      DeliveryResult result = impatient.deliver(ALERT,
          webhook("http://127.0.0.1:" + silent.getLocalPort() + TOKEN_PATH, SECRET));

      assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
      assertThat(result.error()).contains("no response within 300 ms").doesNotContain(TOKEN_PATH);
      acceptor.interrupt();
    }
  }

  private static String hmacSha256Hex(String secret, String message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }
}
