package dev.newswatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PipelineConfigTest {

  @Test
  void defaultsToSevenDayDedupWindow() {
    assertThat(PipelineConfig.defaults().dedupWindow()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void rejectsDedupWindowShorterThanASecond() {
    assertThatThrownBy(() -> new PipelineConfig(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PipelineConfig(Duration.ofMillis(-5))).isInstanceOf(IllegalArgumentException.class);
  }
}
