package dev.newswatch.model.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client for every request to a URL that a user or a feed chose (feeds, pages, hubs, webhooks):
 * its only DNS is the {@link GuardedDnsResolver}, so each connection goes to an address the
 * {@link AddressGuard} checked when that connection was opened, and a name that answers differently the
 * second time (DNS rebinding) cannot steer it to loopback, a private network or the metadata address.
 *
 * <p>It follows no redirects (callers do, checking each hop), retries nothing, keeps no cookies or
 * credentials, uses no proxy, asks for no compression of its own and leaves the body encoded, so callers
 * cap the size as sent and decoded. TLS verifies the certificate against the host name of the URL, which
 * is also the SNI name. Each exchange has a deadline after which it is aborted, body reading included.
 *
 * <p>Thread-safe: one instance serves all requests of its owner.
 */
public final class GuardedHttpClient implements AutoCloseable {

  /** The body is longer than the caller accepts. */
  public static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long maxBytes) {
      super("response body exceeds " + maxBytes + " bytes");
    }
  }

  /**
   * The body ended before it was complete: the connection was closed or reset in the middle of it, it was
   * shorter than its Content-Length, or its chunked coding stopped before the last chunk.
   */
  public static final class IncompleteBodyException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long received;

    IncompleteBodyException(long received, IOException cause) {
      super("response body incomplete, connection ended after " + received + " bytes: "
          + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
      this.received = received;
    }

    /** Bytes of the body (as sent) that arrived before it broke off. */
    public long received() {
      return received;
    }
  }

  /** The exchange did not complete before its deadline and was aborted. */
  public static final class DeadlineExceededException extends InterruptedIOException {
    private static final long serialVersionUID = 1L;

    DeadlineExceededException() {
      super("deadline passed");
    }
  }

  private static final int CHUNK = 8192;
  private static final int MAX_CONNECTIONS = 200;
  private static final int MAX_CONNECTIONS_PER_HOST = 20;

  private final CloseableHttpClient client;
  private final ScheduledThreadPoolExecutor deadlines;

  /**
   * @param guard          decides which addresses connections may go to
   * @param connectTimeout how long opening one TCP connection (and TLS handshake) may take
   */
  public GuardedHttpClient(AddressGuard guard, Duration connectTimeout) {
    Objects.requireNonNull(guard, "guard");
    Timeout connect = Timeout.ofMilliseconds(Math.max(1, connectTimeout.toMillis()));
    this.client = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(new GuardedDnsResolver(guard))
            .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connect).build())
            .setMaxConnTotal(MAX_CONNECTIONS)
            .setMaxConnPerRoute(MAX_CONNECTIONS_PER_HOST)
            .build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableContentCompression()
        .disableCookieManagement()
        .disableAuthCaching()
        .disableConnectionState()
        .disableDefaultUserAgent()
        .evictExpiredConnections()
        .evictIdleConnections(TimeValue.ofSeconds(30))
        .build();
    this.deadlines = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "newswatch-http-deadlines");
      t.setDaemon(true);
      return t;
    });
    deadlines.setRemoveOnCancelPolicy(true);
  }

  /**
   * Sends one request and returns once the response headers are in; the body stays unread until
   * {@link Exchange#body} is called. The returned exchange must be closed.
   *
   * @param method        GET, POST, ...
   * @param uri           absolute http(s) URL, already checked with {@link AddressGuard#checkTarget}
   * @param headers       request headers
   * @param body          request body, or null for none
   * @param contentType   the body's Content-Type, or null
   * @param deadlineNanos {@link System#nanoTime()} value at which the whole exchange is aborted
   * @throws DeadlineExceededException when the deadline passed first
   * @throws GuardedDnsResolver.RefusedAddressException when the guard refused the host's addresses
   * @throws java.net.UnknownHostException when the host does not resolve
   * @throws IOException on any other network or protocol failure
   */
  public Exchange send(String method, URI uri, Map<String, String> headers, byte[] body, String contentType,
      long deadlineNanos) throws IOException {
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0) {
      throw new DeadlineExceededException();
    }
    HttpUriRequestBase request = new HttpUriRequestBase(method, uri);
    headers.forEach(request::addHeader);
    if (body != null) {
      request.setEntity(new ByteArrayEntity(body, contentType == null ? null : ContentType.parse(contentType)));
    }
    Timeout remaining = Timeout.ofMilliseconds(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    request.setConfig(RequestConfig.custom()
        .setConnectionRequestTimeout(remaining)
        .setResponseTimeout(remaining)
        .setRedirectsEnabled(false)
        .setProtocolUpgradeEnabled(false)
        .build());
    AtomicBoolean expired = new AtomicBoolean();
    ScheduledFuture<?> timer = deadlines.schedule(() -> {
      expired.set(true);
      request.cancel();
    }, left, TimeUnit.NANOSECONDS);
    ClassicHttpResponse response;
    try {
      response = client.executeOpen(null, request, HttpClientContext.create());
    } catch (IOException | RuntimeException e) {
      timer.cancel(false);
      if (expired.get()) {
        DeadlineExceededException timeout = new DeadlineExceededException();
        timeout.initCause(e);
        throw timeout;
      }
      throw e;
    }
    return new Exchange(request, response, timer, expired);
  }

  /** Aborts exchanges still running and closes every connection. */
  @Override
  public void close() {
    deadlines.shutdownNow();
    client.close(CloseMode.IMMEDIATE);
  }

  /** One response: status and headers at once, the body on demand, capped. */
  public static final class Exchange implements AutoCloseable {
    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;
    private final ScheduledFuture<?> timer;
    private final AtomicBoolean expired;
    private boolean bodyRead;

    private Exchange(HttpUriRequestBase request, ClassicHttpResponse response, ScheduledFuture<?> timer,
        AtomicBoolean expired) {
      this.request = request;
      this.response = response;
      this.timer = timer;
      this.expired = expired;
    }

    public int status() {
      return response.getCode();
    }

    /** The response headers, names compared without regard to case. */
    public HttpHeaders headers() {
      Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (Header header : response.getHeaders()) {
        map.computeIfAbsent(header.getName(), k -> new ArrayList<>()).add(header.getValue());
      }
      return HttpHeaders.of(map, (name, value) -> true);
    }

    /**
     * Reads the whole body as sent (still content-encoded), refusing at once a declared length over the
     * cap and stopping as soon as more than {@code maxBytes} arrived.
     *
     * @throws BodyTooLargeException     when the body is longer than {@code maxBytes}
     * @throws DeadlineExceededException when the deadline passed while reading
     * @throws IncompleteBodyException   when the connection ended (closed early, reset, short of its
     *                                   Content-Length or last chunk) before the whole body arrived
     */
    public byte[] body(long maxBytes) throws IOException {
      HttpEntity entity = response.getEntity();
      if (entity == null) {
        bodyRead = true;
        return new byte[0];
      }
      if (entity.getContentLength() > maxBytes) {
        throw new BodyTooLargeException(maxBytes);
      }
      // No try-with-resources: closing the stream of an unfinished body would drain it; on failure the
      // request is cancelled first, which drops the connection.
      long total = 0;
      try {
        InputStream in = entity.getContent();
        ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK);
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = in.read(chunk)) != -1) {
          total += n;
          if (total > maxBytes) {
            throw new BodyTooLargeException(maxBytes);
          }
          out.write(chunk, 0, n);
        }
        bodyRead = true;
        in.close();
        return out.toByteArray();
      } catch (BodyTooLargeException e) {
        request.cancel();
        throw e;
      } catch (IOException e) {
        request.cancel();
        if (expired.get()) {
          DeadlineExceededException timeout = new DeadlineExceededException();
          timeout.initCause(e);
          throw timeout;
        }
        if (e instanceof InterruptedIOException) {
          throw e;
        }
        throw new IncompleteBodyException(total, e);
      }
    }

    /**
     * Ends the exchange. A body that was not read to its end is not downloaded: the connection is
     * dropped instead of drained, so an endless or huge body costs nothing.
     */
    @Override
    public void close() {
      timer.cancel(false);
      if (!bodyRead) {
        request.cancel();
      }
      try {
        response.close();
      } catch (IOException e) {
        // the connection is gone either way
      }
    }
  }
}
