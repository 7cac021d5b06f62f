package dev.newswatch.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A WebSub hub on 127.0.0.1 for tests, the hub side of the W3C recommendation in small: it takes
 * form-encoded subscribe and unsubscribe requests at {@link #url()}, answers 202, then verifies intent by
 * calling the callback with a random {@code hub.challenge} (and the lease it grants) and keeps the
 * subscription when the challenge comes back. {@link #publish} pushes content to the verified
 * subscribers of a topic with {@code X-Hub-Signature: sha256=...}; {@link #push} and {@link #deny}
 * send raw requests for the failure cases.
 */
public final class WebSubHub implements AutoCloseable {

  /** A subscription request as received. */
  public record Request(String mode, String topic, String callback, String secret, String leaseSeconds) {}

  /** A verification the hub made: the mode, the callback, the status it got and whether the challenge came back. */
  public record Verification(String mode, String callback, int status, boolean challengeEchoed) {}

  /** A verified subscription. */
  public record Subscription(String topic, String callback, String secret, long leaseSeconds) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private final ExecutorService verifier = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "websub-test-hub-verifier");
    thread.setDaemon(true);
    return thread;
  });
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Verification> verifications = new CopyOnWriteArrayList<>();
  private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureStatus = 503;
  private volatile long grantedLease = 3_600;
  private volatile boolean autoVerify = true;

  public WebSubHub() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hub", this::handle);
    server.start();
  }

  /** The hub URL to name in feeds. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hub";
  }

  /** The lease granted in verifications from now on (default 3600 s). */
  public WebSubHub grantLease(long seconds) {
    grantedLease = seconds;
    return this;
  }

  /** When false, requests are only recorded; call {@link #verify(Request)} by hand. */
  public WebSubHub autoVerify(boolean on) {
    autoVerify = on;
    return this;
  }

  /** Answers the next {@code count} requests with {@code status} (and does not verify them). */
  public void failNext(int count, int status) {
    failureStatus = status;
    failuresLeft.set(count);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Verification> verifications() {
    return List.copyOf(verifications);
  }

  /** The verified subscriptions of a topic. */
  public List<Subscription> subscriptions(String topic) {
    return subscriptions.values().stream().filter(s -> s.topic().equals(topic)).toList();
  }

  /** Waits until a recorded request satisfies the predicate. */
  public boolean awaitRequest(Predicate<Request> predicate, Duration timeout) throws InterruptedException {
    return Await.until(() -> requests.stream().anyMatch(predicate), timeout);
  }

  /** Waits until a verification satisfies the predicate. */
  public boolean awaitVerification(Predicate<Verification> predicate, Duration timeout) throws InterruptedException {
    return Await.until(() -> verifications.stream().anyMatch(predicate), timeout);
  }

  /**
   * Verifies intent for a recorded request: GET on its callback with the mode, topic, a random challenge
   * and (for subscribe) the granted lease. The subscription is kept (or removed) when the callback
   * answers 2xx with the challenge.
   *
   * @return the status the callback answered
   */
  public int verify(Request request) {
    return verify(request.callback(), request.mode(), request.topic(), request.secret());
  }

  /** Verifies intent for any callback, mode and topic (a forged or stale verification, for example). */
  public int verify(String callback, String mode, String topic, String secret) {
    String challenge = HexFormat.of().formatHex(randomBytes(16));
    Map<String, String> query = new HashMap<>();
    query.put("hub.mode", mode);
    query.put("hub.topic", topic);
    query.put("hub.challenge", challenge);
    if (mode.equals("subscribe")) {
      query.put("hub.lease_seconds", Long.toString(grantedLease));
    }
    HttpResponse<String> response = get(callback, query);
    boolean echoed = response.statusCode() / 100 == 2 && challenge.equals(response.body());
    verifications.add(new Verification(mode, callback, response.statusCode(), echoed));
    if (echoed && mode.equals("subscribe")) {
      subscriptions.put(callback, new Subscription(topic, callback, secret, grantedLease));
    } else if (echoed && mode.equals("unsubscribe")) {
      subscriptions.remove(callback);
    }
    return response.statusCode();
  }

  /** Tells a callback that its subscription is denied; returns the status it answered. */
  public int deny(String callback, String topic, String reason) {
    subscriptions.remove(callback);
    return get(callback, Map.of("hub.mode", "denied", "hub.topic", topic, "hub.reason", reason)).statusCode();
  }

  /**
   * Pushes content to every verified subscriber of the topic, signed with each one's secret.
   *
   * @return the status each subscriber answered
   */
  public List<Integer> publish(String topic, String body, String contentType) {
    List<Integer> statuses = new ArrayList<>();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    for (Subscription s : subscriptions(topic)) {
      statuses.add(push(s.callback(), bytes, contentType, sign("sha256", s.secret(), bytes)));
    }
    return statuses;
  }

  /** POSTs a body to a callback with the given X-Hub-Signature (none when null); returns the status. */
  public int push(String callback, byte[] body, String contentType, String signature) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(callback)).timeout(Duration.ofSeconds(5))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header("X-Hub-Signature", signature);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code <method>=<hex HMAC of body with secret>}, method one of sha1, sha256, sha384, sha512. */
  public static String sign(String method, String secret, byte[] body) {
    String algorithm = "Hmac" + method.toUpperCase(Locale.ROOT);
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
      return method + "=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("cannot sign with " + method, e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      Request request = new Request(form.get("hub.mode"), form.get("hub.topic"), form.get("hub.callback"),
          form.get("hub.secret"), form.get("hub.lease_seconds"));
      requests.add(request);
      if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        exchange.sendResponseHeaders(failureStatus, -1);
        return;
      }
      if (request.mode() == null || request.topic() == null || request.callback() == null) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      exchange.sendResponseHeaders(202, -1);
      if (autoVerify) {
        verifier.execute(() -> {
          try {
            verify(request);
          } catch (RuntimeException e) {
            // The subscriber is gone (a test ended); an unanswered verification is what a real hub sees too.
            verifications.add(new Verification(request.mode(), request.callback(), 0, false));
          }
        });
      }
    }
  }

  private HttpResponse<String> get(String callback, Map<String, String> query) {
    StringBuilder uri = new StringBuilder(callback).append(callback.contains("?") ? '&' : '?');
    query.forEach((k, v) -> uri.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
    uri.setLength(uri.length() - 1);
    try {
      return client.send(HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(5)).GET()
          .build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  @Override
  public void close() {
    verifier.shutdownNow();
    server.stop(0);
    client.close();
  }
}
