package dev.newswatch.ingest.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the headline. Metadata titles (JSON-LD, OpenGraph) are written for sharing and usually clean; the
 * {@code <title>} often carries the site name after a separator. The site part is cut only when there is
 * evidence for it: it equals the site name, or the page's {@code <h1>} equals the rest.
 */
final class TitleChooser {

  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—/:»·•]\\s+");

  private TitleChooser() {
  }

  static String choose(Document doc, Element heading, String fromJsonLd, String fromMeta, String siteName) {
    String docTitle = doc.title().strip();
    String h1 = null;
    if (heading != null) {
      h1 = heading.text().strip();
    }
    String chosen = MetadataReader.first(fromMeta, fromJsonLd, docTitle.isEmpty() ? null : docTitle, h1);
    if (chosen == null) {
      return null;
    }
    chosen = chosen.replaceAll("\\s+", " ");
    return withoutSiteName(chosen, siteName, h1);
  }

  private static String withoutSiteName(String title, String siteName, String h1) {
    var m = SEPARATOR.matcher(title);
    int lastStart = -1;
    int lastEnd = -1;
    int firstStart = -1;
    int firstEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) {
      return title;
    }
    String head = title.substring(0, lastStart);
    String tail = title.substring(lastEnd);
    String lead = title.substring(0, firstStart);
    String rest = title.substring(firstEnd);
    if (h1 != null && !h1.isEmpty()) {
      if (same(h1, head)) {
        return head;
      }
      if (same(h1, rest)) {
        return rest;
      }
      if (same(h1, lead)) {
        return lead;
      }
    }
    if (siteName != null) {
      if (same(siteName, tail)) {
        return head;
      }
      if (same(siteName, lead)) {
        return rest;
      }
    }
    return title;
  }

  private static boolean same(String a, String b) {
    return normal(a).equals(normal(b));
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
