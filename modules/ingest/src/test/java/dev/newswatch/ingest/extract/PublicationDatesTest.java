package dev.newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-11-17T09:30:00+02:00 | 2026-11-17T07:30:00Z",
      "2026-11-17T09:30:00+0200 | 2026-11-17T07:30:00Z",
      "2026-11-17T07:30:00.123Z | 2026-11-17T07:30:00.123Z",
      "2026-11-17T07:30 | 2026-11-17T07:30:00Z",
      "2026-11-17 07:30:00 | 2026-11-17T07:30:00Z",
      "2026-11-17 | 2026-11-17T00:00:00Z",
      "'Tue, 17 Nov 2026 07:30:00 GMT' | 2026-11-17T07:30:00Z",
      "'November 17, 2026' | 2026-11-17T00:00:00Z"})
  void readsCommonMetadataForms(String raw, String expected) {
    assertThat(PublicationDates.parse(raw)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"yesterday", "2026-13-45", "''"})
  void givesNullForUnreadableDates(String raw) {
    assertThat(PublicationDates.parse(raw)).isNull();
  }
}
