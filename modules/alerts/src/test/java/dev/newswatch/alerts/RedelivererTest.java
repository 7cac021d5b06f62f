package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RedelivererTest {

  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  @Test
  void sinceIsAnInstantOrAnAge() {
    assertThat(Redeliverer.parseSince("2026-11-23T08:00:00Z", NOW)).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    assertThat(Redeliverer.parseSince("90m", NOW)).isEqualTo(Instant.parse("2026-11-23T10:30:00Z"));
    assertThat(Redeliverer.parseSince("24h", NOW)).isEqualTo(Instant.parse("2026-11-22T12:00:00Z"));
    assertThat(Redeliverer.parseSince("7d", NOW)).isEqualTo(Instant.parse("2026-11-16T12:00:00Z"));
    assertThat(Redeliverer.parseSince("PT6H", NOW)).isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
  }

  @Test
  void anythingElseIsRefusedWithTheAcceptedForms() {
    for (String bad : new String[] {"yesterday", "5w", "h", ""}) {
      assertThatThrownBy(() -> Redeliverer.parseSince(bad, NOW)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("90m, 24h, 7d");
    }
  }
}
