package dev.newswatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpDatesTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  private static HttpHeaders headers(String... nameValues) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      map.computeIfAbsent(nameValues[i], k -> new java.util.ArrayList<>()).add(nameValues[i + 1]);
    }
    return HttpHeaders.of(map, (a, b) -> true);
  }

  @Test
  void readsRetryAfterAsSeconds() {
    assertThat(HttpDates.retryAfter(" 120 ", NOW)).contains(Duration.ofSeconds(120));
  }

  @Test
  void readsRetryAfterAsAnHttpDateRelativeToNow() {
    assertThat(HttpDates.retryAfter("Fri, 20 Nov 2026 11:30:00 GMT", NOW)).contains(Duration.ofMinutes(90));
  }

  @Test
  void treatsARetryAfterDateInThePastAsNoWait() {
    assertThat(HttpDates.retryAfter("Fri, 20 Nov 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @Test
  void ignoresUnreadableOrMissingRetryAfter() {
    assertThat(HttpDates.retryAfter("soon", NOW)).isEmpty();
    assertThat(HttpDates.retryAfter("-5", NOW)).isEmpty();
    assertThat(HttpDates.retryAfter(null, NOW)).isEmpty();
  }

  @Test
  void saturatesAHugeRetryAfterInsteadOfOverflowing() {
    assertThat(HttpDates.retryAfter("99999999999999999999999", NOW).orElseThrow()).isGreaterThan(Duration.ofDays(365));
  }

  @Test
  void takesFreshnessFromMaxAge() {
    assertThat(HttpDates.freshness(headers("Cache-Control", "public, max-age=600"), NOW))
        .contains(Duration.ofMinutes(10));
  }

  @Test
  void maxAgeWinsOverExpires() {
    assertThat(HttpDates.freshness(headers("Expires", "Fri, 20 Nov 2026 12:00:00 GMT",
        "Cache-Control", "max-age=60"), NOW)).contains(Duration.ofSeconds(60));
  }

  @Test
  void ignoresSharedCacheMaxAge() {
    assertThat(HttpDates.freshness(headers("Cache-Control", "s-maxage=900"), NOW)).isEmpty();
  }

  @Test
  void measuresExpiresFromTheResponseDate() {
    assertThat(HttpDates.freshness(headers("Date", "Fri, 20 Nov 2026 09:00:00 GMT",
        "Expires", "Fri, 20 Nov 2026 09:15:00 GMT"), NOW)).contains(Duration.ofMinutes(15));
  }

  @Test
  void measuresExpiresFromNowWithoutADate() {
    assertThat(HttpDates.freshness(headers("Expires", "Fri, 20 Nov 2026 10:05:00 GMT"), NOW))
        .contains(Duration.ofMinutes(5));
  }

  @Test
  void treatsAnInvalidExpiresAsAlreadyStale() {
    assertThat(HttpDates.freshness(headers("Expires", "0"), NOW)).contains(Duration.ZERO);
  }

  @Test
  void saysNothingWithoutCachingHeaders() {
    assertThat(HttpDates.freshness(headers("Cache-Control", "no-cache"), NOW)).isEmpty();
  }
}
