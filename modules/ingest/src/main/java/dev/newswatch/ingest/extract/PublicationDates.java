package dev.newswatch.ingest.extract;

import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Parses the date formats pages put in metadata. A value without an offset is read as UTC, a date without a
 * time as its midnight UTC; anything unreadable gives null.
 */
public final class PublicationDates {

  private static final List<DateTimeFormatter> WITH_OFFSET = List.of(
      DateTimeFormatter.ISO_OFFSET_DATE_TIME,
      pattern("yyyy-MM-dd'T'HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]XX"),
      pattern("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS][ ]XXX"),
      pattern("yyyy-MM-dd HH:mm[:ss][ ]XX"),
      DateTimeFormatter.RFC_1123_DATE_TIME,
      pattern("EEE, d MMM yyyy HH:mm[:ss] z"),
      pattern("EEE MMM d HH:mm:ss z yyyy"));
  private static final List<DateTimeFormatter> LOCAL = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE_TIME,
      pattern("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS]"),
      pattern("yyyy/MM/dd HH:mm[:ss]"),
      pattern("yyyyMMddHHmmss"));
  private static final List<DateTimeFormatter> DATE = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE, pattern("yyyy/MM/dd"), pattern("yyyyMMdd"),
      pattern("MMMM d, yyyy"), pattern("MMM d, yyyy"), pattern("d MMMM yyyy"));

  private PublicationDates() {
  }

  /** The instant the text names, or null. */
  public static Instant parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    if (s.isEmpty() || s.length() > 64) {
      return null;
    }
    if (s.endsWith("Z") && s.indexOf('T') > 0 && !s.contains(" ")) {
      s = s.substring(0, s.length() - 1) + "+00:00";
    }
    for (DateTimeFormatter f : WITH_OFFSET) {
      if (!fits(s, f)) {
        continue;
      }
      try {
        return ZonedDateTime.parse(s, f).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
      try {
        return OffsetDateTime.parse(s, f).toInstant();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    for (DateTimeFormatter f : LOCAL) {
      if (!fits(s, f)) {
        continue;
      }
      try {
        return LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    for (DateTimeFormatter f : DATE) {
      if (!fits(s, f)) {
        continue;
      }
      try {
        return LocalDate.parse(s, f).atStartOfDay().toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    if (s.matches("\\d{10}(\\d{3})?")) {
      long n = Long.parseLong(s);
      return s.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
    }
    return null;
  }

  /**
   * Whether the text reads as the formatter's fields from start to end. A failed {@code parse} throws, and
   * filling in the stack trace of a dozen exceptions per page cost more than the rest of the metadata; the
   * unresolved parse fails without one. What still fails in resolving (a 31st of April) is caught as before.
   */
  private static boolean fits(String s, DateTimeFormatter f) {
    ParsePosition position = new ParsePosition(0);
    return f.parseUnresolved(s, position) != null && position.getErrorIndex() < 0
        && position.getIndex() == s.length();
  }

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
        .parseDefaulting(ChronoField.NANO_OF_SECOND, 0).toFormatter(Locale.ENGLISH);
  }
}
