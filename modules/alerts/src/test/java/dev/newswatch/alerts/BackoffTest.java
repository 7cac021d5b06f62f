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
  void pollIntervalCoversTwoWorstCaseAlertsAndBatchesStopInTime() {
    PollBudget budget = PollBudget.of(AlertsConfig.defaults(), 2);

    // 2 channels × (5 attempts × 2 × 10 s + 7.5 s backoff + 30 s dead-letter write)
    assertThat(budget.worstCasePerAlert()).isEqualTo(Duration.ofMillis(275_000));
    assertThat(budget.maxPollInterval()).isGreaterThanOrEqualTo(budget.worstCasePerAlert().multipliedBy(2));
    assertThat(budget.batchBudget().plus(budget.worstCasePerAlert())).isLessThan(budget.maxPollInterval());
    AlertsConfig quick = new AlertsConfig(Duration.ofDays(1), 1, Duration.ofMillis(10), Duration.ofMillis(10),
        Duration.ofSeconds(1), false, java.util.List.of());
    assertThat(PollBudget.of(quick, 0).maxPollInterval()).isEqualTo(Duration.ofMinutes(5));
  }
}
