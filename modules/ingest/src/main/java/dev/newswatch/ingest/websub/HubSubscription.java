package dev.newswatch.ingest.websub;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One feed's subscription at one hub. Mutable; every field is read and written only while holding the
 * lock of the {@link HubSubscriptions} that owns it. The id and the secret are fixed for the life of
 * the subscription, renewals included, and never logged.
 */
final class HubSubscription {

  /** Where a subscription stands. */
  enum State {
    /** Not yet verified: a subscribe request is due, in flight, or awaiting the hub's verification. */
    SUBSCRIBING,
    /** Verified and within its lease (a renewal may be under way). */
    ACTIVE,
    /** The last request failed; retried after a backoff. */
    FAILING,
    /** The hub refused it; retried after the longest backoff in case the hub changes its mind. */
    DENIED,
    /** Being ended: an unsubscribe request was sent and awaits the hub's verification. */
    UNSUBSCRIBING;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Random bytes in a callback id: 256 bits, as unguessable as the secret itself. */
  private static final int ID_BYTES = 32;
  /** Random bytes in a secret (the recommendation asks for less than 200 bytes; hex doubles it). */
  private static final int SECRET_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  final String id;
  final String feedUrl;
  final HubLink link;
  /** The secret as sent in {@code hub.secret} (hex text); its bytes are the HMAC key. */
  final String secret;

  State state = State.SUBSCRIBING;
  /** The mode of the request whose verification is awaited ({@code subscribe}/{@code unsubscribe}), or null. */
  String awaiting;
  Instant awaitingSince;
  /** When the next subscribe request is due (first attempt, retry, or renewal). */
  Instant nextAttemptAt;
  Instant leaseExpiresAt;
  long grantedLeaseSeconds;
  int failures;
  String lastError;
  /**
   * False for a subscription restored from the state file until the poller names its feed's hub again:
   * until then it verifies pushes but is not renewed, and it is forgotten when its lease ends.
   */
  boolean claimed = true;

  /** A subscription stored before a restart, with its id, secret and lease. */
  HubSubscription(WebSubStateFile.Entry stored) {
    this.id = stored.id();
    this.feedUrl = stored.feedUrl();
    this.link = new HubLink(stored.hub(), stored.topic());
    this.secret = stored.secret();
    this.state = "unsubscribing".equals(stored.state()) ? State.UNSUBSCRIBING : State.ACTIVE;
    this.leaseExpiresAt = stored.leaseExpiresAt();
    this.grantedLeaseSeconds = stored.grantedLeaseSeconds();
    this.nextAttemptAt = stored.nextAttemptAt();
    this.claimed = false;
  }

  /** What the state file keeps of it (the secret in clear; the file seals it). */
  WebSubStateFile.Entry stored() {
    return new WebSubStateFile.Entry(id, feedUrl, link.hub(), link.topic(), secret, state.label(), leaseExpiresAt,
        grantedLeaseSeconds, nextAttemptAt);
  }

  HubSubscription(String feedUrl, HubLink link, Instant now) {
    this.id = randomId();
    this.feedUrl = feedUrl;
    this.link = link;
    byte[] secretBytes = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secretBytes);
    this.secret = HexFormat.of().formatHex(secretBytes);
    this.nextAttemptAt = now;
  }

  byte[] key() {
    return secret.getBytes(StandardCharsets.US_ASCII);
  }

  /** True while pushes are expected: verified and the lease not over. */
  boolean active(Instant now) {
    return state == State.ACTIVE && leaseExpiresAt != null && now.isBefore(leaseExpiresAt);
  }

  private static String randomId() {
    byte[] bytes = new byte[ID_BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    // Never the id or the secret: both are credentials of the callback.
    return "subscription of " + feedUrl + " at " + link.hub() + " (" + state.label() + ")";
  }
}
