package dev.newswatch.ingest.websub;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How newswatch subscribes to WebSub hubs and where it receives their callbacks.
 *
 * @param callbackUrl           the public URL under which the callback server's {@value CallbackServer#PATH}
 *                              path is reachable from the internet, for example
 *                              {@code https://watch.example.org/websub/}; each subscription's callback is
 *                              this URL plus an unguessable id. https unless {@code allowInsecureCallback}
 * @param bindHost              the address the callback server listens on
 * @param port                  its port, 0 for a free one
 * @param lease                 the lease asked of hubs; hubs may grant another, which is the one used
 * @param maxQueuedPushes       verified pushes waiting to be processed; more are refused (and counted)
 * @param allowInsecureCallback allow an http callback URL (tests and closed networks only: the hub's
 *                              pushes, signatures included, then travel in clear text)
 */
public record WebSubConfig(URI callbackUrl, String bindHost, int port, Duration lease, int maxQueuedPushes,
    boolean allowInsecureCallback) {

  /** A subscription is renewed when this fraction of its granted lease has passed. */
  public static final double RENEW_AT = 0.85;
  /** Shortest lease asked for: hubs grant at least minutes, and shorter means constant renewals. */
  public static final Duration MIN_LEASE = Duration.ofMinutes(5);
  /** Longest lease asked for. */
  public static final Duration MAX_LEASE = Duration.ofDays(30);
  /** Default lease asked for: ten days, so a renewal is a rare event. */
  public static final Duration DEFAULT_LEASE = Duration.ofDays(10);
  public static final int DEFAULT_MAX_QUEUED_PUSHES = 64;

  public WebSubConfig {
    Objects.requireNonNull(callbackUrl, "callbackUrl");
    Objects.requireNonNull(lease, "lease");
    String scheme = callbackUrl.getScheme() == null ? "" : callbackUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || callbackUrl.getHost() == null) {
      throw new IllegalArgumentException("callbackUrl must be an absolute https URL");
    }
    if (scheme.equals("http") && !allowInsecureCallback) {
      throw new IllegalArgumentException("callbackUrl must be https (hubs would push content and signatures in "
          + "clear text); allowInsecureCallback permits http for tests and closed networks");
    }
    if (callbackUrl.getRawQuery() != null || callbackUrl.getRawFragment() != null
        || callbackUrl.getRawUserInfo() != null) {
      throw new IllegalArgumentException("callbackUrl must have no query, fragment or user info");
    }
    String path = callbackUrl.getRawPath() == null || callbackUrl.getRawPath().isEmpty()
        ? "/" : callbackUrl.getRawPath();
    callbackUrl = URI.create(callbackUrl.getScheme() + "://" + callbackUrl.getRawAuthority()
        + (path.endsWith("/") ? path : path + "/"));
    bindHost = bindHost == null || bindHost.isBlank() ? "127.0.0.1" : bindHost.strip();
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0-65535, was " + port);
    }
    if (lease.compareTo(MIN_LEASE) < 0 || lease.compareTo(MAX_LEASE) > 0) {
      throw new IllegalArgumentException("lease must be between " + MIN_LEASE + " and " + MAX_LEASE
          + ", was " + lease);
    }
    if (maxQueuedPushes < 1 || maxQueuedPushes > 10_000) {
      throw new IllegalArgumentException("maxQueuedPushes must be 1-10000, was " + maxQueuedPushes);
    }
  }

  /** The callback URL of one subscription. */
  URI callback(String subscriptionId) {
    return callbackUrl.resolve(subscriptionId);
  }
}
