package dev.newswatch.ingest.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;

/**
 * The feed-level links WebSub needs from an XML document: {@code rel="hub"} and {@code rel="self"}.
 * Atom has them as {@code <link>} children of {@code <feed>}; RSS 2.0 and RSS 1.0 borrow
 * {@code <atom:link>} inside {@code <channel>}. Only elements with a {@code rel} attribute count, which
 * leaves out RSS's own {@code <link>} (the site's home page) whatever namespace it is in.
 */
final class FeedLinks {

  /**
   * @param hubs absolute http(s) hub URLs in document order
   * @param self the self URL, or null
   */
  record Links(List<URI> hubs, URI self) {}

  private FeedLinks() {}

  /**
   * @param document the feed document
   * @param base     what relative hrefs resolve against (the feed URL or Atom {@code xml:base})
   */
  static Links of(Document document, URI base) {
    Element root = document.getRootElement();
    List<Element> holders = new ArrayList<>();
    if (root.getName().equalsIgnoreCase("feed")) {
      holders.add(root);
    } else {
      holders.addAll(RawEntries.children(root, "channel"));
    }
    List<URI> hubs = new ArrayList<>();
    URI self = null;
    for (Element holder : holders) {
      for (Element link : RawEntries.children(holder, "link")) {
        String rel = link.getAttributeValue("rel");
        String href = link.getAttributeValue("href");
        if (rel == null || href == null || href.isBlank()) {
          continue;
        }
        Optional<URI> uri = EntryReader.resolve(base, href).filter(EntryReader::isWebUrl);
        if (uri.isEmpty()) {
          continue;
        }
        for (String token : rel.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
          if (token.equals("hub") && !hubs.contains(uri.get()) && hubs.size() < ParsedFeed.MAX_HUBS) {
            hubs.add(uri.get());
          } else if (token.equals("self") && self == null) {
            self = uri.get();
          }
        }
      }
    }
    return new Links(hubs, self);
  }
}
