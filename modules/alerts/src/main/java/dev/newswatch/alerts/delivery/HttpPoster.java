package dev.newswatch.alerts.delivery;

import dev.newswatch.model.net.AddressGuard;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * One guarded HTTP POST for the channels that talk HTTP (webhook, Slack, Telegram): the URL is checked by
 * the {@link AddressGuard} before every request, redirects are never followed, the response body is never
 * read, and the outcome is classified the same way for all. Error texts carry only the caller's
 * {@code target} (never a path, query or token) and the exception type.
 */
final class HttpPoster implements AutoCloseable {

  private static final String USER_AGENT = "newswatch/0.1";

  private final HttpClient client;
  private final Duration timeout;
  private final AddressGuard guard;

  HttpPoster(Duration timeout, AddressGuard guard) {
    this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build(),
        timeout, guard);
  }

  HttpPoster(HttpClient client, Duration timeout, AddressGuard guard) {
    this.client = Objects.requireNonNull(client, "client");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.guard = Objects.requireNonNull(guard, "guard");
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
      guard.check(uri);
    } catch (AddressGuard.BlockedAddressException e) {
      return DeliveryResult.permanentFailure(label + " " + target + " refused: " + e.getMessage());
    } catch (UnknownHostException e) {
      return DeliveryResult.retry(label + " " + target + ": " + e.getMessage()); // DNS outages pass; the guard names only the host
    }
    HttpRequest request;
    try {
      HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
          .timeout(timeout)
          .header("Content-Type", contentType)
          .header("User-Agent", USER_AGENT)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body));
      headers.forEach(builder::header);
      request = builder.build();
    } catch (IllegalArgumentException e) {
      return DeliveryResult.permanentFailure(label + " URL is not usable: " + target);
    }
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      // The body is never read: closing the stream at once keeps a chatty or endless response from
      // holding the delivering thread.
      response.body().close();
      return classify(response.statusCode(), label, target);
    } catch (HttpTimeoutException e) {
      return DeliveryResult.retry(label + " " + target + ": no response within " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      // Exception messages may quote the full URL, so only the type is kept.
      return DeliveryResult.retry(label + " " + target + ": " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DeliveryResult.retry(label + " " + target + ": interrupted");
    }
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
    client.shutdownNow();
  }
}
