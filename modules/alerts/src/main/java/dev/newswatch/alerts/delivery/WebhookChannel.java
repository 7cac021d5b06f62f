package dev.newswatch.alerts.delivery;

import dev.newswatch.model.Alert;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
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

  private final HttpPoster poster;
  private final Clock clock;

  /**
   * @param timeout connect timeout, and the time allowed for the response headers to arrive
   * @param guard   the SSRF policy every webhook URL is checked against before each request
   */
  public WebhookChannel(Duration timeout, AddressGuard guard) {
    this(new HttpPoster(timeout, guard), Clock.systemUTC());
  }

  WebhookChannel(HttpPoster poster, Clock clock) {
    this.poster = Objects.requireNonNull(poster, "poster");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
    return send(alert.alertId(), JsonCodec.toBytes(alert), channel);
  }

  /**
   * POSTs the digest as {@code {"digestId", "subscriptionId", "slot", "alerts": [...], "omitted"}} with the
   * digest id in {@value #ALERT_ID_HEADER}, signed like a single alert.
   */
  @Override
  public DeliveryResult deliverDigest(AlertDigest digest, Subscription.Channel channel) {
    return send(digest.digestId(), JsonCodec.toBytes(digest), channel);
  }

  @Override
  public String type() {
    return TYPE;
  }

  private DeliveryResult send(String id, byte[] body, Subscription.Channel channel) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(ALERT_ID_HEADER, id);
    headers.put(TIMESTAMP_HEADER, timestamp);
    String secret = channel.secret();
    if (secret != null && !secret.isEmpty()) {
      headers.put(SIGNATURE_HEADER, "sha256=" + signature(secret, timestamp, body));
    }
    return poster.post(TYPE, channel.target(), channel.url(), body, "application/json", headers);
  }

  /** Stops the HTTP client, abandoning requests in flight. */
  @Override
  public void close() {
    poster.close();
  }

  static DeliveryResult classify(int status, String target) {
    return HttpPoster.classify(status, TYPE, target);
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
