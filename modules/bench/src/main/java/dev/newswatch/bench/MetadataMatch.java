package dev.newswatch.bench;

import dev.newswatch.ingest.extract.PublicationDates;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching rules of the extraction benchmark's metadata check, one per field.
 *
 * <ul>
 *   <li>title and byline: equal after normalising (NFKC, lower case, quotes and dashes unified, whitespace
 *       collapsed, a leading "by" and trailing punctuation dropped);
 *   <li>title also counts as right when one side is the other minus a leading or trailing segment set off by
 *       a separator ({@code " | "}, {@code " - "}, {@code " – "}, {@code " — "}, {@code " · "}, {@code " :: "}):
 *       extractors differ on whether the site name belongs to the title, and neither choice is wrong.
 *       The bench also reports strict equality;
 *   <li>lang: the same primary language subtag ({@code en-US} matches {@code en});
 *   <li>publishedTime: the same instant, both sides parsed by {@link PublicationDates} (no offset = UTC).
 * </ul>
 */
final class MetadataMatch {

  private static final Pattern SEGMENT_AFTER = Pattern.compile("\\s+(?:\\||-|·|::|/)\\s+.+");
  private static final Pattern SEGMENT_BEFORE = Pattern.compile(".+\\s+(?:\\||-|·|::|/)\\s+");

  private MetadataMatch() {
  }

  static boolean text(String expected, String actual) {
    return actual != null && normal(expected).equals(normal(actual));
  }

  static boolean title(String expected, String actual) {
    if (text(expected, actual)) {
      return true;
    }
    if (actual == null) {
      return false;
    }
    String a = normal(expected);
    String b = normal(actual);
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    if (shorter.isEmpty()) {
      return false;
    }
    return SEGMENT_AFTER.matcher(longer.startsWith(shorter) ? longer.substring(shorter.length()) : "x").matches()
        || SEGMENT_BEFORE.matcher(longer.endsWith(shorter) ? longer.substring(0, longer.length() - shorter.length())
            : "x").matches();
  }

  static boolean lang(String expected, String actual) {
    return actual != null && primary(expected).equals(primary(actual));
  }

  static boolean instant(String expected, Instant actual) {
    Instant want = PublicationDates.parse(expected);
    return actual != null && want != null && want.equals(actual);
  }

  private static String primary(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  static String normal(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[‘’‚‛`´]", "'").replaceAll("[“”„‟«»]", "\"").replaceAll("[‐-―−]", "-")
        .replaceAll("\\s+", " ").strip();
    n = n.replaceFirst("^by\\s+", "");
    return n.replaceAll("[\\s.,;:|]+$", "");
  }
}
