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

  private static final String TIME =
      "(\\d{1,2}):?(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(?:([AaPp])\\.?[Mm]\\.?)?\\s*(.*)";

  /**
   * Three-letter month prefixes, English first, then the German, French, Spanish and Portuguese ones that
   * differ (feeds from CMSs set up in those languages write them in RFC 822 dates).
   */
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12),
      Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("mai", 5), Map.entry("okt", 10), Map.entry("dez", 12),
      Map.entry("fév", 2), Map.entry("fev", 2), Map.entry("avr", 4), Map.entry("aoû", 8), Map.entry("aou", 8),
      Map.entry("déc", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8), Map.entry("dic", 12),
      Map.entry("set", 9), Map.entry("out", 10));

  /** Day month year time zone; the time may lack its colon ({@code 1500}) or carry am/pm. */
  private static final Pattern RFC_822 = Pattern.compile(
      "(?:\\p{L}+\\.?,?\\s*)?(\\d{1,2})[\\s-]+(\\p{L}+)\\.?[\\s-]+(\\d{2,4}),?\\s+" + TIME);

  /** Month day year time zone, as in {@code Sat, Dec 16 2023 02:02:33 PM}. */
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?:\\p{L}+\\.?,?\\s*)?(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4}),?\\s+" + TIME);

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
        return dayTime(rfc.group(1), rfc.group(2), rfc.group(3), rfc, 4);
      }
      Matcher monthFirst = MONTH_FIRST.matcher(s);
      if (monthFirst.matches()) {
        return dayTime(monthFirst.group(2), monthFirst.group(1), monthFirst.group(3), monthFirst, 4);
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

  /** The groups from {@code time} on are hour, minute, second, am/pm marker and zone. */
  private static Instant dayTime(String dayText, String monthName, String yearText, Matcher m, int time) {
    int month = month(monthName);
    if (month < 0) {
      return null;
    }
    int year = Integer.parseInt(yearText);
    if (yearText.length() == 2) {
      year += year < 50 ? 2000 : 1900; // RFC 2822 section 4.3
    } else if (yearText.length() == 3) {
      year += 1900;
    }
    int hour = Integer.parseInt(m.group(time));
    String marker = m.group(time + 3);
    if (marker != null) {
      if (hour < 1 || hour > 12) {
        return null;
      }
      hour = hour % 12 + (marker.equalsIgnoreCase("p") ? 12 : 0);
    }
    LocalDateTime at = LocalDateTime.of(year, month, Integer.parseInt(dayText), hour == 24 ? 0 : hour,
        Integer.parseInt(m.group(time + 1)), m.group(time + 2) == null ? 0 : Integer.parseInt(m.group(time + 2)));
    if (hour == 24) {
      at = at.plusDays(1);
    }
    ZoneOffset offset = offset(m.group(time + 4));
    return offset == null ? null : ZonedDateTime.of(at, offset).toInstant();
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
    return n.length() < 3 ? -1 : MONTHS.getOrDefault(n.substring(0, 3), -1);
  }
}
