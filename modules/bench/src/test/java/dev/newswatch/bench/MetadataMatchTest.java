package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MetadataMatchTest {

  @Test
  void titleMayDifferBySiteSegmentOnly() {
    assertThat(MetadataMatch.title("Minsk frees 14 | Baltic Wire", "Minsk frees 14")).isTrue();
    assertThat(MetadataMatch.title("Minsk frees 14", "Baltic Wire – Minsk frees 14")).isTrue();
    assertThat(MetadataMatch.title("Minsk frees 14", "Minsk frees 140")).isFalse();
    assertThat(MetadataMatch.title("Minsk frees 14", null)).isFalse();
    assertThat(MetadataMatch.text("Minsk frees 14 | Baltic Wire", "Minsk frees 14")).isFalse();
  }

  @Test
  void bylineIgnoresLeadingByAndSpacing() {
    assertThat(MetadataMatch.text("By\n   Ona  Petrauskaite", "Ona Petrauskaite")).isTrue();
    assertThat(MetadataMatch.text("Ona Petrauskaite", "Tom Reed")).isFalse();
  }

  @Test
  void langComparesPrimarySubtagAndDatesCompareInstants() {
    assertThat(MetadataMatch.lang("en-US", "en")).isTrue();
    assertThat(MetadataMatch.lang("be", "ru")).isFalse();
    assertThat(MetadataMatch.instant("2026-11-17T09:30:00+02:00", Instant.parse("2026-11-17T07:30:00Z"))).isTrue();
    assertThat(MetadataMatch.instant("2026-11-17T09:30:00+02:00", Instant.parse("2026-11-17T09:30:00Z"))).isFalse();
  }
}
