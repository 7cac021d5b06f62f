package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Subscription;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DigestScheduleTest {

  @Test
  void dailySlotIsTheNextLocalTimeInTheZone() {
    Subscription.Digest minsk = new Subscription.Digest("daily", "08:00", "Europe/Minsk"); // UTC+3

    assertSlot(minsk, "2026-11-23T04:59:00Z", "2026-11-23T05:00:00Z");
    assertSlot(minsk, "2026-11-23T05:00:00Z", "2026-11-24T05:00:00Z");
  }

  @Test
  void hourlySlotIsTheNextHourAtTheGivenMinute() {
    Subscription.Digest hourly = new Subscription.Digest("hourly", "00:15", "UTC");

    assertSlot(hourly, "2026-11-23T10:14:59Z", "2026-11-23T10:15:00Z");
    assertSlot(hourly, "2026-11-23T10:20:00Z", "2026-11-23T11:15:00Z");
  }

  @Test
  void aLocalTimeSkippedByDaylightSavingStillYieldsOneSlot() {
    Subscription.Digest berlin = new Subscription.Digest("daily", "02:30", "Europe/Berlin");

    // 2026-03-29 02:30 does not exist in Berlin; the slot is the instant just after the gap.
    assertSlot(berlin, "2026-03-28T12:00:00Z", "2026-03-29T01:30:00Z");
  }

  private static void assertSlot(Subscription.Digest digest, String after, String slot) {
    assertThat(DigestSchedule.nextSlot(digest, Instant.parse(after))).as("next slot after %s", after)
        .isEqualTo(Instant.parse(slot));
  }
}
