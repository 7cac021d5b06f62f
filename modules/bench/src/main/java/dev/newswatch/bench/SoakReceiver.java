package dev.newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The soak's webhook receiver on 127.0.0.1: checks each request's HMAC signature with the subscription's
 * secret (path {@code /hook/<subscription id>}), records every alert it accepts (a digest's alerts one by
 * one) with the time it arrived, and can be told to misbehave for a while: answer 500, answer 429 with
 * {@code Retry-After}, or answer only after the sender's timeout.
 */
final class SoakReceiver implements AutoCloseable {

  /** How the receiver answers. */
  enum Mode { OK, ERROR_500, TOO_MANY, TIMEOUT }

  /** One alert received. */
  record Receipt(String alertId, String subscriptionId, String storyId, Integer revision, String url,
      Instant createdAt, Instant receivedAt, boolean digest) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService pool;
  private final Function<String, String> secrets;
  private final long timeoutMillis;
  private final List<Receipt> receipts = new ArrayList<>();
  private volatile Mode mode = Mode.OK;
  final AtomicLong requests = new AtomicLong();
  final AtomicLong refused = new AtomicLong();
  final AtomicLong badSignatures = new AtomicLong();
  final AtomicLong unreadable = new AtomicLong();

  /**
   * @param secrets       the webhook secret of a subscription id
   * @param timeoutMillis how long a {@link Mode#TIMEOUT} answer waits (longer than the sender's timeout)
   */
  SoakReceiver(Function<String, String> secrets, long timeoutMillis) throws IOException {
    this.secrets = secrets;
    this.timeoutMillis = timeoutMillis;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    pool = Executors.newFixedThreadPool(48, r -> {
      Thread t = new Thread(r, "soak-receiver");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/hook/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  String url(String subscriptionId) {
    return "http://127.0.0.1:" + port() + "/hook/" + subscriptionId;
  }

  void mode(Mode m) {
    mode = m;
  }

  synchronized List<Receipt> receipts() {
    return List.copyOf(receipts);
  }

  synchronized int count() {
    return receipts.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      byte[] body = exchange.getRequestBody().readAllBytes();
      Instant now = Instant.now();
      Mode m = mode;
      if (m != Mode.OK) {
        refused.incrementAndGet();
        switch (m) {
          case ERROR_500 -> exchange.sendResponseHeaders(500, -1);
          case TOO_MANY -> {
            exchange.getResponseHeaders().set("Retry-After", "2");
            exchange.sendResponseHeaders(429, -1);
          }
          default -> {
            try {
              Thread.sleep(timeoutMillis);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(503, -1);
          }
        }
        return;
      }
      String subscription = exchange.getRequestURI().getPath().substring("/hook/".length());
      String ts = exchange.getRequestHeaders().getFirst("X-Newswatch-Timestamp");
      String signature = exchange.getRequestHeaders().getFirst("X-Newswatch-Signature");
      String secret = secrets.apply(subscription);
      if (secret == null || ts == null || signature == null || !verify(secret, ts, body, signature)) {
        badSignatures.incrementAndGet();
        exchange.sendResponseHeaders(401, -1);
        return;
      }
      List<Receipt> got = new ArrayList<>();
      try {
        JsonNode node = JSON.readTree(body);
        if (node.has("digestId")) {
          for (JsonNode a : node.path("alerts")) {
            got.add(receipt(a, now, true));
          }
        } else {
          got.add(receipt(node, now, false));
        }
      } catch (IOException | RuntimeException e) {
        unreadable.incrementAndGet();
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      synchronized (this) {
        receipts.addAll(got);
      }
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private static Receipt receipt(JsonNode a, Instant now, boolean digest) {
    return new Receipt(a.path("alertId").asText(), a.path("subscriptionId").asText(),
        a.hasNonNull("storyId") ? a.get("storyId").asText() : null,
        a.hasNonNull("storyRevision") ? a.get("storyRevision").asInt() : null, a.path("url").asText(),
        a.hasNonNull("createdAt") ? Instant.parse(a.get("createdAt").asText()) : null, now, digest);
  }

  static boolean verify(String secret, String timestamp, byte[] body, String signature) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) '.');
      String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
      return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
          signature.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.GeneralSecurityException e) {
      return false;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
