package dev.newswatch.ingest.feed;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

/**
 * Reads and writes OPML subscription lists, the format feed readers import and export. Reading refuses
 * DOCTYPEs exactly as {@link FeedParser} does and is bounded in size, feeds and nesting.
 */
public final class Opml {

  /** Larger files are refused unread; a list of thousands of feeds is far smaller. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** Feeds beyond this many are refused, not silently cut. */
  public static final int MAX_FEEDS = 10_000;

  static final int MAX_DEPTH = 32;

  private static final int MAX_TEXT_CHARS = 500;

  private Opml() {}

  /**
   * The feeds of an OPML document (1.0 or 2.0): every outline with an {@code xmlUrl}, at any depth, in
   * document order; outlines without one are categories.
   *
   * @throws FeedParseException when the document is too large, not well-formed, declares a DOCTYPE, is
   *     not OPML, or lists more than {@value #MAX_FEEDS} feeds
   */
  public static List<OpmlFeed> read(byte[] opml) throws FeedParseException {
    Objects.requireNonNull(opml, "opml");
    if (opml.length > MAX_BYTES) {
      throw new FeedParseException("OPML file of " + opml.length + " bytes is over the limit of " + MAX_BYTES);
    }
    Element root = document(opml).getRootElement();
    if (!root.getName().equalsIgnoreCase("opml")) {
      throw new FeedParseException("not OPML: the root element is <" + root.getQualifiedName() + ">");
    }
    Element body = root.getChild("body", root.getNamespace());
    List<OpmlFeed> feeds = new ArrayList<>();
    if (body != null) {
      collect(body, List.of(), feeds, 0);
    }
    return List.copyOf(feeds);
  }

  private static Document document(byte[] opml) throws FeedParseException {
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(opml), true)) {
      return SafeXml.document(reader);
    } catch (JDOMParseException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.contains("DOCTYPE")) {
        throw new FeedParseException(
            "OPML document declares a DOCTYPE, which is refused to rule out XML external entities", e);
      }
      throw new FeedParseException("OPML is not well-formed XML at line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": " + (e.getCause() == null ? message : e.getCause().getMessage()), e);
    } catch (JDOMException | IOException | RuntimeException e) {
      throw new FeedParseException("cannot read OPML: " + e.getMessage(), e);
    }
  }

  private static void collect(Element parent, List<String> categories, List<OpmlFeed> feeds, int depth)
      throws FeedParseException {
    if (depth > MAX_DEPTH) {
      throw new FeedParseException("OPML outlines nested deeper than " + MAX_DEPTH + " levels");
    }
    for (Element outline : parent.getChildren()) {
      if (!outline.getName().equalsIgnoreCase("outline")) {
        continue;
      }
      String title = bounded(first(outline.getAttributeValue("title"), outline.getAttributeValue("text")));
      String xmlUrl = attribute(outline, "xmlUrl");
      if (xmlUrl != null && !xmlUrl.isBlank()) {
        if (feeds.size() >= MAX_FEEDS) {
          throw new FeedParseException("OPML lists more than " + MAX_FEEDS + " feeds");
        }
        feeds.add(new OpmlFeed(xmlUrl, title, attribute(outline, "htmlUrl"),
            categories.isEmpty() ? null : String.join(" / ", categories)));
      }
      List<String> inner = categories;
      if (xmlUrl == null && title != null) {
        inner = new ArrayList<>(categories);
        inner.add(title);
      }
      collect(outline, inner, feeds, depth + 1);
    }
  }

  /** Attribute names are case-insensitive in the OPML found in the wild ({@code xmlurl}, {@code XMLURL}). */
  private static String attribute(Element outline, String name) {
    String value = outline.getAttributeValue(name);
    if (value != null) {
      return value;
    }
    for (var attribute : outline.getAttributes()) {
      if (attribute.getName().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return attribute.getValue();
      }
    }
    return null;
  }

  private static String first(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  private static String bounded(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String plain = text.strip().replaceAll("\\s+", " ");
    return plain.length() <= MAX_TEXT_CHARS ? plain : plain.substring(0, MAX_TEXT_CHARS);
  }

  /**
   * An OPML 2.0 document listing the feeds, grouped by category in order of first appearance; feeds
   * without a category come first, at top level.
   *
   * @param title the list's title (for example "newswatch feeds")
   * @param feeds the feeds
   */
  public static String write(String title, List<OpmlFeed> feeds) {
    Map<String, List<OpmlFeed>> byCategory = new LinkedHashMap<>();
    byCategory.put("", new ArrayList<>());
    for (OpmlFeed feed : feeds) {
      byCategory.computeIfAbsent(feed.category() == null ? "" : feed.category(), c -> new ArrayList<>()).add(feed);
    }
    StringBuilder out = new StringBuilder(256 + feeds.size() * 160);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    <title>")
        .append(escape(title == null ? "" : title)).append("</title>\n  </head>\n  <body>\n");
    for (Map.Entry<String, List<OpmlFeed>> category : byCategory.entrySet()) {
      String indent = "    ";
      if (!category.getKey().isEmpty()) {
        out.append(indent).append("<outline text=\"").append(escape(category.getKey())).append("\">\n");
        indent = "      ";
      }
      for (OpmlFeed feed : category.getValue()) {
        String name = feed.title() == null ? feed.xmlUrl() : feed.title();
        out.append(indent).append("<outline type=\"rss\" text=\"").append(escape(name))
            .append("\" title=\"").append(escape(name))
            .append("\" xmlUrl=\"").append(escape(feed.xmlUrl())).append('"');
        if (feed.htmlUrl() != null) {
          out.append(" htmlUrl=\"").append(escape(feed.htmlUrl())).append('"');
        }
        out.append("/>\n");
      }
      if (!category.getKey().isEmpty()) {
        out.append("    </outline>\n");
      }
    }
    return out.append("  </body>\n</opml>\n").toString();
  }

  /** Escapes for text and double-quoted attributes; drops characters XML 1.0 cannot carry at all. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> {
          boolean legal = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
          if (legal) {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
