package dev.newswatch.alerts;

import dev.newswatch.model.Subscription;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When digests go out. A digest subscription's alert belongs to the first send time ("slot") strictly after
 * the alert was created; the batch of a slot is every alert created before it that has not been sent. The
 * slot depends only on the alert, so a batch rebuilt after a restart is the same batch.
 */
public final class DigestSchedule {

  private DigestSchedule() {}

  /** The first slot of {@code digest} strictly after {@code time}. */
  public static Instant nextSlot(Subscription.Digest digest, Instant time) {
    ZoneId zone = digest.zoneId();
    LocalTime at = digest.localTime();
    ZonedDateTime now = time.atZone(zone);
    if (digest.every().equals("hourly")) {
      ZonedDateTime slot = now.truncatedTo(ChronoUnit.HOURS).withMinute(at.getMinute());
      return (slot.isAfter(now) ? slot : slot.plusHours(1)).toInstant();
    }
    // atZone resolves a local time skipped by a DST change to the instant just after the gap.
    ZonedDateTime slot = now.toLocalDate().atTime(at).atZone(zone);
    if (!slot.isAfter(now)) {
      slot = now.toLocalDate().plusDays(1).atTime(at).atZone(zone);
    }
    return slot.toInstant();
  }
}
