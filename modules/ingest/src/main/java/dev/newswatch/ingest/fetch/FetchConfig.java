package dev.newswatch.ingest.fetch;

import dev.newswatch.model.net.AddressGuard;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Limits and identity of every HTTP request the ingest side makes.
 *
 * @param connectTimeout       how long to wait for a TCP/TLS connection
 * @param requestTimeout       how long one fetch may take in total, redirects and body included
 * @param maxBodyBytes         largest body accepted, both as sent and after gzip decoding
 * @param maxRedirects         redirects followed before giving up (0 = none)
 * @param userAgent            the User-Agent header, which should name the operator
 * @param allowPrivateNetworks when true, the SSRF guard lets every address through (closed deployments)
 * @param allowedHosts         {@code host} or {@code host:port} entries allowed whatever they resolve to
 */
public record FetchConfig(
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBodyBytes,
    int maxRedirects,
    String userAgent,
    boolean allowPrivateNetworks,
    List<String> allowedHosts) {

  /** 10 MiB: the largest real news feeds are a few hundred KiB; anything bigger is a mistake or an attack. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
  /** The User-Agent sent unless configured otherwise. */
  public static final String DEFAULT_USER_AGENT = "newswatch/0.1 (+https://github.com/newswatch)";

  /** Redirect chains longer than this are refused whatever the configuration says. */
  static final int MAX_REDIRECTS_LIMIT = 20;

  public FetchConfig {
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(requestTimeout, "requestTimeout");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS_LIMIT) {
      throw new IllegalArgumentException(
          "maxRedirects must be between 0 and " + MAX_REDIRECTS_LIMIT + ", was " + maxRedirects);
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
  }

  /** 10 s connect, 30 s per fetch, 10 MiB, 5 redirects, public addresses only. */
  public static FetchConfig defaults() {
    return new FetchConfig(Duration.ofSeconds(10), Duration.ofSeconds(30), DEFAULT_MAX_BODY_BYTES, 5,
        DEFAULT_USER_AGENT, false, List.of());
  }

  /** The SSRF guard this configuration describes. */
  public AddressGuard guard() {
    return new AddressGuard(allowPrivateNetworks, allowedHosts);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
