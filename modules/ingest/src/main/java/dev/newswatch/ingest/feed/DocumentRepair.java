package dev.newswatch.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Mends the slips of real feeds that make Rome refuse or fail on a document other readers take, before
 * Rome sees it, and names the ones that cannot be mended. Works on the parsed JDOM tree only.
 */
final class DocumentRepair {

  private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");

  private static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");

  private static final Set<String> RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");

  private DocumentRepair() {}

  /**
   * @return null when the document is fit for Rome, else why it is not a usable feed
   */
  static String repair(Document document) {
    Element root = document.getRootElement();
    String name = root.getName().toLowerCase(Locale.ROOT);
    switch (name) {
      case "rss" -> {
        if (RawEntries.children(root, "channel").isEmpty()) {
          return "RSS document without a <channel>";
        }
        // Rome picks its parser by the version attribute and knows no other; 2.0 reads them all.
        String version = root.getAttributeValue("version");
        if (version != null && !RSS_VERSIONS.contains(version.strip())) {
          root.setAttribute("version", "2.0");
        }
      }
      case "rdf" -> {
        if (RawEntries.children(root, "channel").isEmpty()) {
          return "RSS 1.0 (RDF) document without a <channel>";
        }
      }
      case "feed" -> {
        if (root.getNamespace() == Namespace.NO_NAMESPACE) {
          // Atom written without its namespace: every reader but Rome takes it as Atom 1.0.
          moveToAtom(root);
        }
        dropLinksWithoutHref(root);
        if (root.getNamespace().getURI().equals(ATOM_03.getURI())) {
          defaultLinkRelToAlternate(root);
        }
      }
      default -> {
        // Rome names what it does not know.
      }
    }
    return null;
  }

  private static boolean isAtom(Namespace namespace) {
    return namespace.equals(ATOM) || namespace.equals(ATOM_03);
  }

  private static void moveToAtom(Element element) {
    if (element.getNamespace() == Namespace.NO_NAMESPACE) {
      element.setNamespace(ATOM);
    }
    for (Element child : element.getChildren()) {
      moveToAtom(child);
    }
  }

  /** Rome fails with a NullPointerException on an Atom {@code <link>} without {@code href}. */
  private static void dropLinksWithoutHref(Element element) {
    List<Element> doomed = new ArrayList<>();
    for (Element child : element.getChildren()) {
      if (child.getName().equals("link") && isAtom(child.getNamespace()) && child.getAttribute("href") == null) {
        doomed.add(child);
      } else if (child.getName().equals("entry") || child.getName().equals("source")) {
        dropLinksWithoutHref(child);
      }
    }
    doomed.forEach(element::removeContent);
  }

  /** Atom 0.3 requires {@code rel}; feeds leave it out meaning the page itself, as Atom 1.0 defines it. */
  private static void defaultLinkRelToAlternate(Element feed) {
    for (Element entry : feed.getChildren("entry", ATOM_03)) {
      for (Element link : entry.getChildren("link", ATOM_03)) {
        if (link.getAttribute("rel") == null && link.getAttribute("href") != null) {
          link.setAttribute("rel", "alternate");
        }
      }
    }
  }
}
