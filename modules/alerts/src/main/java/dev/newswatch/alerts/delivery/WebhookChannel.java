package dev.newswatch.alerts.delivery;

import dev.newswatch.model.Alert;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Delivers an alert as an HTTP {@code POST} of its JSON ({@link JsonCodec#toBytes(Object)} of the
 * {@link Alert}) with these headers:
 * <ul>
 *   <li>{@code Content-Type: application/json}, {@code User-Agent: newswatch/0.1}</li>
 *   <li>{@code X-Newswatch-Alert-Id}: the alert id, the same on every redelivery of the alert; receivers drop
 *       a request whose id they have already processed</li>
 *   <li>{@code X-Newswatch-Timestamp}: the send time in Unix seconds</li>
 *   <li>{@code X-Newswatch-Signature: sha256=<hex>} when the channel has a secret: the lower-case hex
 *       HMAC-SHA256, keyed with the UTF-8 bytes of the secret, of the UTF-8 timestamp header value, a
 *       {@code "."}, and the raw request body bytes</li>
 * </ul>
 *
 * <p>A receiver verifies a request by recomputing that HMAC over the timestamp header and the body exactly
 * as received (before any JSON parsing), comparing it with the header in constant time (for example
 * {@code MessageDigest.isEqual}), rejecting timestamps more than a few minutes away from its own clock
 * (against replays), and finally ignoring alert ids it has already seen.
 *
 * <p>Outcomes: 2xx is delivered; 408, 429, 5xx, I/O errors and timeouts are worth a retry; any other status,
 * including redirects (which are never followed), is a permanent failure, as is a URL the
 * {@link AddressGuard} refuses. Error texts name only {@link Subscription.Channel#target()}, never the
 * URL's path or query (webhook URLs often embed tokens) nor the secret.
 */
public final class WebhookChannel implements DeliveryChannel, AutoCloseable {

  /** The channel type served. */
  public static final String TYPE = "webhook";
  /** Carries the alert id, the receiver's idempotency key. */
  public static final String ALERT_ID_HEADER = "X-Newswatch-Alert-Id";
  /** Carries the send time in Unix seconds; part of the signed message. */
  public static final String TIMESTAMP_HEADER = "X-Newswatch-Timestamp";
  /** Carries {@code sha256=<hex HMAC>} when the channel has a secret. */
  public static final String SIGNATURE_HEADER = "X-Newswatch-Signature";
  private static final String USER_AGENT = "newswatch/0.1";

  private final HttpClient client;
  private final Duration timeout;
  private final AddressGuard guard;
  private final Clock clock;

  /**
   * @param timeout connect timeout, and the time allowed for the response headers to arrive
   * @param guard   the SSRF policy every webhook URL is checked against before each request
   */
  public WebhookChannel(Duration timeout, AddressGuard guard) {
    this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build(),
        timeout, guard, Clock.systemUTC());
  }

  WebhookChannel(HttpClient client, Duration timeout, AddressGuard guard, Clock clock) {
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
    String target = channel.target();
    URI uri;
    try {
      uri = URI.create(channel.url().strip());
    } catch (IllegalArgumentException e) {
      return DeliveryResult.permanentFailure("webhook URL is not a valid URI: " + target);
    }
    try {
      guard.check(uri);
    } catch (AddressGuard.BlockedAddressException e) {
      return DeliveryResult.permanentFailure("webhook " + target + " refused: " + e.getMessage());
    } catch (java.net.UnknownHostException e) {
      return DeliveryResult.retry("webhook " + target + ": " + e.getMessage()); // DNS outages pass
    }
    HttpRequest request;
    try {
      request = request(uri, alert, channel.secret());
    } catch (IllegalArgumentException e) {
      return DeliveryResult.permanentFailure("webhook URL is not usable: " + target);
    }
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      // The body is never read: closing the stream at once keeps a chatty or endless response from
      // holding the delivery thread.
      response.body().close();
      return classify(response.statusCode(), target);
    } catch (HttpTimeoutException e) {
      return DeliveryResult.retry("webhook " + target + ": no response within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      // Exception messages may quote the full URL, so only the type is kept.
      return DeliveryResult.retry("webhook " + target + ": " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryResult.retry("webhook " + target + ": interrupted");
    }
  }

  @Override
  public String type() {
    return TYPE;
  }

  private HttpRequest request(URI uri, Alert alert, String secret) {
    byte[] body = JsonCodec.toBytes(alert);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", USER_AGENT)
        .header(ALERT_ID_HEADER, alert.alertId())
        .header(TIMESTAMP_HEADER, timestamp)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret != null && !secret.isEmpty()) {
      request.header(SIGNATURE_HEADER, "sha256=" + signature(secret, timestamp, body));
    }
    return request.build();
  }

  /** Stops the HTTP client, abandoning requests in flight. */
  @Override
  public void close() {
    client.shutdownNow();
  }

  static DeliveryResult classify(int status, String target) {
    if (status >= 200 && status < 300) {
      return DeliveryResult.delivered();
    }
    String error = "webhook " + target + " answered HTTP " + status;
    if (status == 408 || status == 429 || status >= 500) {
      return DeliveryResult.retry(error);
    }
    if (status >= 300 && status < 400) {
      return DeliveryResult.permanentFailure(error + " (redirects are not followed)");
    }
    return DeliveryResult.permanentFailure(error);
  }

  /** Lower-case hex HMAC-SHA256 of {@code timestamp + "." + body} keyed with {@code secret}. */
  static String signature(String secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is required of every JDK, so this is a broken runtime, not a delivery problem.
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
