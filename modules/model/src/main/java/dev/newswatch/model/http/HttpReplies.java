package dev.newswatch.model.http;

import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.model.JsonCodec;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Small helpers shared by the HTTP handlers of the alerts and operations APIs (on the JDK's
 * {@code com.sun.net.httpserver}): answers are never cached.
 */
public final class HttpReplies {

  private HttpReplies() {}

  /** Sends a one-line plain-text answer. */
  public static void text(HttpExchange exchange, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  /** Sends {@code value} as JSON. */
  public static void json(HttpExchange exchange, int status, Object value) throws IOException {
    byte[] body = JsonCodec.toBytes(value);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  /**
   * Answers 429 Too Many Requests with {@code Retry-After} (whole seconds) and a JSON body
   * {@code {"error": message, "retryAfterSeconds": n}}.
   */
  public static void tooManyRequests(HttpExchange exchange, RateLimiter.Decision decision, String message)
      throws IOException {
    exchange.getResponseHeaders().set("Retry-After", Long.toString(decision.retryAfterSeconds()));
    json(exchange, 429, tooManyRequestsBody(decision, message));
  }

  /** The JSON body of {@link #tooManyRequests}, for handlers that send their answers themselves. */
  public static java.util.Map<String, Object> tooManyRequestsBody(RateLimiter.Decision decision, String message) {
    java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("error", message);
    body.put("retryAfterSeconds", decision.retryAfterSeconds());
    return body;
  }

  /** The first value of a query parameter, decoded, or null. */
  public static String query(HttpExchange exchange, String name) {
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.length() > 4096) {
      return null;
    }
    try {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        if (key.equals(name)) {
          return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }
      }
    } catch (IllegalArgumentException e) {
      return null; // a malformed %-escape: as if the parameter were absent
    }
    return null;
  }

  /** A client-supplied id echoed in an error, cut short and reduced to harmless characters. */
  public static String echo(String text) {
    String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
    return cut.replaceAll("[^A-Za-z0-9._~-]", "?");
  }
}
