package dev.newswatch.ingest.fetch;

import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.model.net.GuardedHttpClient;
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
  /** Where operators who did not set their own contact URL point outlets to. */
  public static final String DEFAULT_CONTACT_URL = "https://github.com/newswatch";
  /** The User-Agent sent unless configured otherwise. */
  public static final String DEFAULT_USER_AGENT = userAgent("0.1", DEFAULT_CONTACT_URL);

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

  /**
   * The honest User-Agent: {@code newswatch/<version> (+<contactUrl>)}, the form crawlers use so that a
   * webmaster who sees unusual traffic knows whose it is and where to complain.
   *
   * @param version    the newswatch version
   * @param contactUrl an absolute http(s) URL about this deployment or its operator
   * @throws IllegalArgumentException when the version is blank or the contact URL is not an http(s) URL
   *     or contains characters a header value may not
   */
  public static String userAgent(String version, String contactUrl) {
    if (version == null || version.isBlank() || !version.strip().matches("[A-Za-z0-9._+-]+")) {
      throw new IllegalArgumentException("version must be a plain version string, was " + version);
    }
    String contact = contactUrl == null ? "" : contactUrl.strip();
    if (!contact.matches("https?://[\\x21-\\x7E&&[^()]]+")) {
      throw new IllegalArgumentException("contactUrl must be an absolute http(s) URL without spaces or parentheses");
    }
    return "newswatch/" + version.strip() + " (+" + contact + ")";
  }

  /** The SSRF guard this configuration describes. */
  public AddressGuard guard() {
    return new AddressGuard(allowPrivateNetworks, allowedHosts);
  }

  /** A new HTTP client for requests under this configuration, guarded by {@link #guard()}. */
  public GuardedHttpClient newClient() {
    return newClient(guard());
  }

  /**
   * A new HTTP client for requests under this configuration: its connect timeout, HTTP/1.1, no redirects
   * (callers follow them by hand, so that every hop goes through the guard, or not at all), and the
   * guard as its only DNS, so every connection goes to an address the guard checked.
   */
  public GuardedHttpClient newClient(AddressGuard guard) {
    return new GuardedHttpClient(guard, connectTimeout);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
