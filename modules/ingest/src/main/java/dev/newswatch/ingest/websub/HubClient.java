package dev.newswatch.ingest.websub;

import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.ingest.fetch.FetchException;
import dev.newswatch.ingest.fetch.FetchException.Reason;
import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.model.net.AddressGuard.BlockedAddressException;
import dev.newswatch.model.net.GuardedDnsResolver;
import dev.newswatch.model.net.GuardedHttpClient;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Sends subscription requests to hubs: a form-encoded POST through the same SSRF guard (the connection
 * goes to an address it checked), timeouts and User-Agent as feed fetches. Redirects are not followed (a hub that moves says so in the feed), and
 * the response body is discarded, so a hostile hub costs at most the request timeout.
 */
final class HubClient implements AutoCloseable {

  private final FetchConfig config;
  private final AddressGuard guard;
  private final GuardedHttpClient client;

  HubClient(FetchConfig config) {
    this(config, config.guard());
  }

  /** With a guard of its own instead of the one the configuration describes (tests give it their DNS). */
  HubClient(FetchConfig config, AddressGuard guard) {
    this.config = Objects.requireNonNull(config, "config");
    this.guard = Objects.requireNonNull(guard, "guard");
    // Hub requests follow no redirects at all.
    this.client = config.newClient(guard);
  }

  /**
   * POSTs the form to the hub.
   *
   * @return the 2xx status the hub answered (202 Accepted is the usual one)
   * @throws FetchException when the guard refuses the hub, the host does not resolve, the request times
   *     out or fails, or the hub answers anything but 2xx
   */
  int post(URI hub, Map<String, String> form) throws FetchException {
    String where = RedactedUri.of(hub);
    try {
      guard.checkTarget(hub);
    } catch (BlockedAddressException e) {
      throw blocked(where, e);
    }
    long deadline = System.nanoTime() + config.requestTimeout().toNanos();
    byte[] body = encode(form).getBytes(StandardCharsets.UTF_8);
    // The response body is never read: closing the exchange drops the connection.
    try (GuardedHttpClient.Exchange response = client.send("POST", hub, Map.of("User-Agent", config.userAgent()),
        body, "application/x-www-form-urlencoded", deadline)) {
      int status = response.status();
      if (status < 200 || status > 299) {
        throw new FetchException(Reason.HTTP_STATUS, "HTTP " + status + " from hub " + where, status, null);
      }
      return status;
    } catch (IOException | IllegalArgumentException e) {
      BlockedAddressException refusal = GuardedDnsResolver.refusalIn(e);
      if (refusal != null) {
        throw blocked(where, refusal);
      }
      if (e instanceof UnknownHostException) {
        throw new FetchException(Reason.DNS, "cannot reach hub " + where + ": " + e.getMessage(), 0, e);
      }
      if (e instanceof InterruptedIOException && !Thread.currentThread().isInterrupted()) {
        throw timeout(where, e);
      }
      throw new FetchException(Reason.IO, "cannot call hub " + where + ": " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()), 0, e);
    }
  }

  private static FetchException blocked(String where, BlockedAddressException e) {
    return new FetchException(Reason.BLOCKED, "refused hub " + where + ": " + e.getMessage(), 0, e);
  }

  private FetchException timeout(String where, Throwable cause) {
    return new FetchException(Reason.TIMEOUT, "no response from hub " + where + " within "
        + config.requestTimeout(), 0, cause);
  }

  static String encode(Map<String, String> form) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return body.toString();
  }

  @Override
  public void close() {
    client.close();
  }
}
