package dev.newswatch.ingest.websub;

import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.ingest.fetch.FetchException;
import dev.newswatch.ingest.fetch.FetchException.Reason;
import dev.newswatch.ingest.fetch.HttpExchange;
import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.model.net.AddressGuard.BlockedAddressException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Sends subscription requests to hubs: a form-encoded POST through the same SSRF guard, timeouts and
 * User-Agent as feed fetches. Redirects are not followed (a hub that moves says so in the feed), and
 * the response body is discarded, so a hostile hub costs at most the request timeout.
 */
final class HubClient implements AutoCloseable {

  private final FetchConfig config;
  private final AddressGuard guard;
  private final HttpClient client;

  HubClient(FetchConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.guard = config.guard();
    // Hub requests follow no redirects at all.
    this.client = config.newClient();
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
      guard.check(hub);
    } catch (BlockedAddressException e) {
      throw new FetchException(Reason.BLOCKED, "refused hub " + where + ": " + e.getMessage(), 0, e);
    } catch (UnknownHostException e) {
      throw new FetchException(Reason.DNS, "cannot reach hub " + where + ": " + e.getMessage(), 0, e);
    }
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(hub)
          .timeout(config.requestTimeout())
          .header("User-Agent", config.userAgent())
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
          .build();
    } catch (IllegalArgumentException e) {
      throw new FetchException(Reason.IO, "cannot request hub " + where + ": " + e.getMessage(), 0, e);
    }
    HttpResponse<Void> response = HttpExchange.await(
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()), config.requestTimeout().toNanos(),
        "interrupted while calling hub " + where, e -> timeout(where, e), e -> {
          if (e.getCause() instanceof HttpTimeoutException) {
            return timeout(where, e.getCause());
          }
          Throwable cause = e.getCause() == null ? e : e.getCause();
          return new FetchException(Reason.IO, "cannot call hub " + where + ": " + cause.getClass().getSimpleName()
              + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), 0, cause);
        });
    int status = response.statusCode();
    if (status < 200 || status > 299) {
      throw new FetchException(Reason.HTTP_STATUS, "HTTP " + status + " from hub " + where, status, null);
    }
    return status;
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
    client.shutdownNow();
    try {
      client.awaitTermination(Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
