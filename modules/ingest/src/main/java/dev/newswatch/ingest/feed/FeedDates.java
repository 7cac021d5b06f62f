package dev.newswatch.ingest.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates real feeds write when Rome's own parser gives up: RFC 822/1123 with or without weekday
 * and seconds, two-digit years, named North American zones, and ISO-8601/RFC 3339 with or without
 * seconds, fractions or offset. A date without a zone is taken as UTC, which is what feeds that omit it
 * almost always mean.
 */
public final class FeedDates {

  private static final int MAX_INPUT_CHARS = 100;

  private static final Pattern RFC_822 = Pattern.compile(
      "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]+)\\.?[\\s-]+(\\d{2,4}),?\\s+"
          + "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(.*)");

  private static final Pattern ISO_8601 = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ]+(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?\\s*(.*)");

  private static final Pattern OFFSET = Pattern.compile("(?:(?:GMT|UTC|UT)\\s*)?([+-])(\\d{1,2}):?(\\d{2})?");

  private static final Map<String, Integer> ZONE_HOURS = Map.ofEntries(
      Map.entry("", 0), Map.entry("Z", 0), Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0),
      Map.entry("WET", 0), Map.entry("BST", 1), Map.entry("CET", 1), Map.entry("CEST", 2),
      Map.entry("MEZ", 1), Map.entry("MESZ", 2), Map.entry("EET", 2), Map.entry("EEST", 3),
      Map.entry("MSK", 3), Map.entry("IST", 5), Map.entry("JST", 9),
      Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6), Map.entry("CDT", -5),
      Map.entry("MST", -7), Map.entry("MDT", -6), Map.entry("PST", -8), Map.entry("PDT", -7),
      Map.entry("AKST", -9), Map.entry("AKDT", -8), Map.entry("HST", -10));

  private FeedDates() {}

  /**
   * @param text a date as a feed wrote it, or null
   * @return the instant, or null when the text is not a date this method knows
   */
  public static Instant parse(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.isEmpty() || s.length() > MAX_INPUT_CHARS) {
      return null;
    }
    try {
      Matcher iso = ISO_8601.matcher(s);
      if (iso.matches()) {
        return iso(iso);
      }
      Matcher rfc = RFC_822.matcher(s);
      if (rfc.matches()) {
        return rfc822(rfc);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static Instant iso(Matcher m) {
    LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
    if (m.group(4) == null) {
      return m.group(8).isEmpty() ? day.atStartOfDay(ZoneOffset.UTC).toInstant() : null;
    }
    String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
    LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), Integer.parseInt(fraction));
    ZoneOffset offset = offset(m.group(8));
    return offset == null ? null : OffsetDateTime.of(time, offset).toInstant();
  }

  private static Instant rfc822(Matcher m) {
    int month = month(m.group(2));
    if (month < 0) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < 50 ? 2000 : 1900; // RFC 2822 section 4.3
    } else if (m.group(3).length() == 3) {
      year += 1900;
    }
    int hour = Integer.parseInt(m.group(4));
    LocalDateTime time = LocalDateTime.of(year, month, Integer.parseInt(m.group(1)), hour == 24 ? 0 : hour,
        Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
    if (hour == 24) {
      time = time.plusDays(1);
    }
    ZoneOffset offset = offset(m.group(7));
    return offset == null ? null : ZonedDateTime.of(time, offset).toInstant();
  }

  /** A numeric offset or a zone name; trailing text in parentheses, as in {@code +0000 (UTC)}, is ignored. */
  private static ZoneOffset offset(String zone) {
    String z = zone.replaceAll("\\(.*\\)", "").strip().toUpperCase(Locale.ROOT);
    Integer hours = ZONE_HOURS.get(z);
    if (hours != null) {
      return ZoneOffset.ofHours(hours);
    }
    Matcher m = OFFSET.matcher(z);
    if (!m.matches()) {
      return null;
    }
    int h = Integer.parseInt(m.group(2));
    int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int sign = m.group(1).equals("-") ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.length() < 3) {
      return -1;
    }
    String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < months.length; i++) {
      if (n.startsWith(months[i])) {
        return i + 1;
      }
    }
    return -1;
  }
}
