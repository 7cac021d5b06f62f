package dev.newswatch.app.tools;

import dev.newswatch.ingest.extract.PublicationDates;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;

/**
 * The matching rules of the extraction benchmark's metadata check, one per field.
 *
 * <ul>
 *   <li>title and byline: equal after normalising (NFKC, lower case, quotes and dashes unified, whitespace
 *       collapsed, a leading "by" and trailing punctuation dropped);
 *   <li>lang: the same primary language subtag ({@code en-US} matches {@code en});
 *   <li>publishedTime: the same instant, both sides parsed by {@link PublicationDates} (no offset = UTC).
 * </ul>
 */
final class MetadataMatch {

  private MetadataMatch() {
  }

  static boolean text(String expected, String actual) {
    return actual != null && normal(expected).equals(normal(actual));
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
