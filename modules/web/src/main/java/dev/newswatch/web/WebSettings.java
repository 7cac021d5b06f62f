package dev.newswatch.web;

import java.time.Duration;

/**
 * Settings of the web page ({@code http.web} in the configuration).
 *
 * @param enabled      serve the page at {@code /} (the API is served either way)
 * @param sessionIdle  a session not used for this long ends
 * @param sessionMax   a session ends this long after sign-in, used or not
 * @param maxSessions  sessions held at once; beyond, the least recently used one ends
 * @param secureCookie {@code auto} (Secure when the request came over TLS, as {@code X-Forwarded-Proto: https}
 *                     from a proxy says), {@code always} or {@code never}
 */
public record WebSettings(boolean enabled, Duration sessionIdle, Duration sessionMax, int maxSessions,
    String secureCookie) {

  public WebSettings {
    sessionIdle = sessionIdle == null ? Duration.ofHours(8) : sessionIdle;
    sessionMax = sessionMax == null ? Duration.ofHours(24) : sessionMax;
    secureCookie = secureCookie == null || secureCookie.isBlank() ? "auto" : secureCookie.strip();
    if (sessionIdle.isNegative() || sessionIdle.isZero() || sessionMax.isNegative() || sessionMax.isZero()) {
      throw new IllegalArgumentException("http.web.sessionIdle and sessionMax must be positive");
    }
    if (maxSessions < 1 || maxSessions > 1_000_000) {
      throw new IllegalArgumentException("http.web.maxSessions must be 1-1000000, was " + maxSessions);
    }
    if (!secureCookie.equals("auto") && !secureCookie.equals("always") && !secureCookie.equals("never")) {
      throw new IllegalArgumentException("http.web.secureCookie must be auto, always or never");
    }
  }

  public static WebSettings defaults() {
    return new WebSettings(true, null, null, 10_000, null);
  }
}
