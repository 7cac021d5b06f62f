package dev.newswatch.alerts.delivery;

import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.model.net.GuardedDnsResolver;
import dev.newswatch.model.net.GuardedHttpClient;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One guarded HTTP POST for the channels that talk HTTP (webhook, Slack, Telegram): the URL is checked by
 * the {@link AddressGuard} before every request and the connection goes only to an address the guard
 * checked ({@link GuardedHttpClient}), redirects are never followed, the response body is never
 * read, and the outcome is classified the same way for all. Error texts carry only the caller's
 * {@code target} (never a path, query or token) and the exception type.
 */
final class HttpPoster implements AutoCloseable {

  private static final String USER_AGENT = "newswatch/0.1";

  private final GuardedHttpClient client;
  private final Duration timeout;
  private final AddressGuard guard;

  HttpPoster(Duration timeout, AddressGuard guard) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.client = new GuardedHttpClient(guard, timeout);
  }

  /**
   * POSTs {@code body} to {@code url}.
   *
   * @param label   channel name for error texts ("webhook", "slack")
   * @param target  what may be shown of the destination
   * @param url     the full URL (may hold tokens; never shown)
   * @param headers extra request headers
   */
  DeliveryResult post(String label, String target, String url, byte[] body, String contentType,
      Map<String, String> headers) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      return DeliveryResult.permanentFailure(label + " URL is not a valid URI: " + target);
    }
    try {
      guard.checkTarget(uri);
    } catch (AddressGuard.BlockedAddressException e) {
      return refused(label, target, e);
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put("User-Agent", USER_AGENT);
    all.putAll(headers);
    long deadline = System.nanoTime() + timeout.toNanos();
    // The body is never read: closing the exchange drops the connection, so a chatty or endless
    // response cannot hold the delivering thread.
    try (GuardedHttpClient.Exchange response = client.send("POST", uri, all, body, contentType, deadline)) {
      return classify(response.status(), label, target);
    } catch (IllegalArgumentException e) {
      return DeliveryResult.permanentFailure(label + " URL is not usable: " + target);
    } catch (IOException e) {
      AddressGuard.BlockedAddressException refusal = GuardedDnsResolver.refusalIn(e);
      if (refusal != null) {
        return refused(label, target, refusal);
      }
      if (e instanceof UnknownHostException) {
        return DeliveryResult.retry(label + " " + target + ": " + e.getMessage()); // DNS outages pass; the guard names only the host
      }
      if (e instanceof InterruptedIOException) {
        if (Thread.currentThread().isInterrupted()) {
          return DeliveryResult.retry(label + " " + target + ": interrupted");
        }
        return DeliveryResult.retry(label + " " + target + ": no response within " + timeout.toMillis() + " ms");
      }
      // Exception messages may quote the full URL, so only the type is kept.
      return DeliveryResult.retry(label + " " + target + ": " + e.getClass().getSimpleName());
    }
  }

  private static DeliveryResult refused(String label, String target, AddressGuard.BlockedAddressException e) {
    return DeliveryResult.permanentFailure(label + " " + target + " refused: " + e.getMessage());
  }

  /** 2xx delivered; 408, 429 and 5xx retry; anything else (redirects included) permanent. */
  static DeliveryResult classify(int status, String label, String target) {
    if (status >= 200 && status < 300) {
      return DeliveryResult.delivered();
    }
    String error = label + " " + target + " answered HTTP " + status;
    if (status == 408 || status == 429 || status >= 500) {
      return DeliveryResult.retry(error);
    }
    if (status >= 300 && status < 400) {
      return DeliveryResult.permanentFailure(error + " (redirects are not followed)");
    }
    return DeliveryResult.permanentFailure(error);
  }

  @Override
  public void close() {
    client.close();
  }
}
