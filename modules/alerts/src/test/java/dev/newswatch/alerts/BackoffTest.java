package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30));

  @Test
  void doublesFromTheInitialPauseUpToTheCap() {
    assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.delay(4)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.delay(7)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.delay(1_000)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void totalSumsThePausesBetweenAttempts() {
    assertThat(backoff.total(1)).isEqualTo(Duration.ZERO);
    assertThat(backoff.total(5)).isEqualTo(Duration.ofMillis(500 + 1_000 + 2_000 + 4_000));
  }

  @Test
  void jitterStaysBetweenHalfTheDelayAndTheDelay() {
    for (int attempt = 1; attempt <= 10; attempt++) {
      Duration full = backoff.delay(attempt);
      for (int i = 0; i < 50; i++) {
        Duration pause = backoff.jittered(attempt);
        assertThat(pause).isBetween(full.dividedBy(2), full);
      }
    }
    // Not all equal: the point of jitter.
    assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.jittered(7)).distinct().count())
        .isGreaterThan(1);
  }
}
