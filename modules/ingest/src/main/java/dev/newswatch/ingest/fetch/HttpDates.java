package dev.newswatch.ingest.fetch;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the response headers that say when to come back: {@code Retry-After} (RFC 9110 §10.2.3) and the
 * freshness lifetime from {@code Cache-Control: max-age} or {@code Expires} (RFC 9111 §4.2.1). Only the
 * IMF-fixdate form of HTTP-date ({@code Sun, 06 Nov 1994 08:49:37 GMT}) is read; the obsolete RFC 850
 * and asctime forms count as absent, which only makes us poll at our own pace.
 */
final class HttpDates {

  private HttpDates() {}

  /**
   * The delay a {@code Retry-After} value asks for: delay-seconds, or an HTTP-date relative to now.
   * Empty when absent or unreadable; a date in the past is a zero delay.
   */
  static Optional<Duration> retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      return Optional.of(seconds(v));
    }
    return date(v).map(at -> nonNegative(Duration.between(now, at)));
  }

  /**
   * How long the response stays fresh: {@code max-age} of Cache-Control when given (it overrides
   * Expires), else Expires minus the response's Date (or now). {@code s-maxage} is for shared caches and
   * ignored. Empty when neither header says anything usable; an invalid Expires means already stale.
   */
  static Optional<Duration> freshness(HttpHeaders headers, Instant now) {
    for (String cacheControl : headers.allValues("Cache-Control")) {
      for (String directive : cacheControl.split(",")) {
        String d = directive.strip().toLowerCase(Locale.ROOT);
        if (d.startsWith("max-age=")) {
          String n = d.substring("max-age=".length()).replace("\"", "").strip();
          if (!n.isEmpty() && n.chars().allMatch(Character::isDigit)) {
            return Optional.of(seconds(n));
          }
        }
      }
    }
    Optional<String> expires = headers.firstValue("Expires");
    if (expires.isEmpty()) {
      return Optional.empty();
    }
    Instant base = headers.firstValue("Date").flatMap(HttpDates::date).orElse(now);
    return Optional.of(date(expires.get().strip()).map(at -> nonNegative(Duration.between(base, at)))
        .orElse(Duration.ZERO));
  }

  private static Optional<Instant> date(String value) {
    try {
      return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Digits as seconds; absurdly long values saturate instead of overflowing. */
  private static Duration seconds(String digits) {
    if (digits.length() > 12) {
      return Duration.ofSeconds(999_999_999_999L);
    }
    return Duration.ofSeconds(Long.parseLong(digits));
  }

  private static Duration nonNegative(Duration d) {
    return d.isNegative() ? Duration.ZERO : d;
  }
}
