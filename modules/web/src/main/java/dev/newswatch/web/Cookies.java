package dev.newswatch.web;

import com.sun.net.httpserver.HttpExchange;
import java.time.Duration;

/** Reading and writing the page's cookies. */
final class Cookies {

  static final String SESSION = "nw_session";
  static final String SIGNIN = "nw_signin";

  private Cookies() {}

  /** The value of cookie {@code name} in the request, or null. */
  static String get(HttpExchange exchange, String name) {
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
          return part.substring(eq + 1).strip();
        }
      }
    }
    return null;
  }

  /** True when the request came over TLS as far as can be told (a proxy's {@code X-Forwarded-Proto}). */
  static boolean overTls(HttpExchange exchange) {
    String proto = exchange.getRequestHeaders().getFirst("X-Forwarded-Proto");
    return exchange instanceof com.sun.net.httpserver.HttpsExchange
        || (proto != null && proto.strip().equalsIgnoreCase("https"));
  }

  /** Sets cookie {@code name}: HttpOnly, SameSite=Strict, Secure as the settings say; null value deletes it. */
  static void set(HttpExchange exchange, WebSettings settings, String name, String value, String path, Duration maxAge) {
    boolean secure = switch (settings.secureCookie()) {
      case "always" -> true;
      case "never" -> false;
      default -> overTls(exchange);
    };
    StringBuilder c = new StringBuilder(name).append('=').append(value == null ? "" : value)
        .append("; Path=").append(path).append("; HttpOnly; SameSite=Strict");
    c.append("; Max-Age=").append(value == null ? 0 : maxAge.toSeconds());
    if (secure) {
      c.append("; Secure");
    }
    exchange.getResponseHeaders().add("Set-Cookie", c.toString());
  }
}
