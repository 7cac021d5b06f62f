package dev.newswatch.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What Rome drops from each entry, read from the document in document order: the date text exactly as
 * written (for dates Rome cannot parse; it keeps only a {@link java.util.Date}), and the {@code xml:base}
 * attributes in scope (Rome honours them for Atom only, while RSS feeds use them too).
 */
final class RawEntries {

  /**
   * @param date     the entry's date text, or null
   * @param xmlBases the {@code xml:base} values from the root down to the entry, outermost first
   */
  record Raw(String date, List<String> xmlBases) {}

  /** Preferred first: publication dates, then creation, then modification. */
  private static final List<String> DATE_ELEMENTS =
      List.of("pubdate", "date", "published", "issued", "created", "updated", "modified");

  private RawEntries() {}

  /** One per item or entry element, in document order. */
  static List<Raw> of(Document document) {
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
    List<Raw> raws = new ArrayList<>(entries.size());
    for (Element entry : entries) {
      raws.add(new Raw(date(entry), xmlBases(entry)));
    }
    return raws;
  }

  private static List<String> xmlBases(Element entry) {
    List<String> bases = new ArrayList<>();
    for (Element e = entry; e != null; e = e.getParentElement()) {
      String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
      if (base != null && !base.isBlank()) {
        bases.addFirst(base);
      }
    }
    return bases;
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

  /** The direct children of {@code parent} with local name {@code name}, ignoring case and namespace. */
  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Element child : parent.getChildren()) {
      if (child.getName().equalsIgnoreCase(name)) {
        found.add(child);
      }
    }
    return found;
  }
}
