package dev.newswatch.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * The date text of each entry exactly as the document wrote it, in document order, for the entries
 * whose date Rome could not parse. Rome keeps only the parsed {@link java.util.Date} and drops the text.
 */
final class RawDates {

  /** Preferred first: publication dates, then creation, then modification. */
  private static final List<String> DATE_ELEMENTS =
      List.of("pubdate", "date", "published", "issued", "created", "updated", "modified");

  private RawDates() {}

  /** One entry (null when it has no date element) per item or entry element, in document order. */
  static List<String> of(Document document) {
    Element root = document.getRootElement();
    List<Element> entries = switch (root.getName().toLowerCase(Locale.ROOT)) {
      case "feed" -> children(root, "entry");
      case "rdf" -> children(root, "item");
      case "rss" -> {
        List<Element> items = new ArrayList<>();
        for (Element channel : children(root, "channel")) {
          items.addAll(children(channel, "item"));
        }
        items.addAll(children(root, "item"));
        yield items;
      }
      default -> List.of();
    };
    List<String> dates = new ArrayList<>(entries.size());
    for (Element entry : entries) {
      dates.add(date(entry));
    }
    return dates;
  }

  private static String date(Element entry) {
    for (String name : DATE_ELEMENTS) {
      for (Element child : entry.getChildren()) {
        if (child.getName().equalsIgnoreCase(name) && !child.getTextTrim().isEmpty()) {
          return child.getTextTrim();
        }
      }
    }
    return null;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Element child : parent.getChildren()) {
      if (child.getName().equalsIgnoreCase(name)) {
        found.add(child);
      }
    }
    return found;
  }
}
