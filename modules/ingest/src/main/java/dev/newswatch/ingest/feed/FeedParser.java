package dev.newswatch.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;

/**
 * Reads RSS 0.9x, 1.0 (RDF) and 2.0 and Atom 0.3 and 1.0 documents with Rome, and JSON Feed 1.0 and
 * 1.1 with Jackson. The body decides which: after a byte order mark and whitespace, {@code {} is JSON
 * and {@code <} is XML, unless it is an HTML page, which is refused with the feeds it links to.
 *
 * <p>Safety: XML documents with a DOCTYPE are refused outright, which rules out XML external entities
 * and entity expansion bombs (Rome's own default, set explicitly here so it cannot drift). At most
 * {@value #MAX_ITEMS} entries are read. The character set comes from the byte order mark, the XML
 * declaration and the HTTP Content-Type, in Rome's {@link XmlReader} order; a {@code text/*} type
 * without charset is not taken to mean US-ASCII, because servers send it for UTF-8 feeds all the time.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedParser {

  /** Entries beyond this many are ignored; the poller takes far fewer per poll anyway. */
  public static final int MAX_ITEMS = 5_000;

  static final int MAX_LANGUAGE_CHARS = 35;

  /** How much of the start of a document is looked at to tell an HTML page from a feed. */
  private static final int SNIFF_BYTES = 2_048;

  /**
   * Parses a feed document.
   *
   * @param body        the document bytes, as fetched
   * @param contentType the HTTP Content-Type, or null (for example when reading a file); only a hint
   * @param feedUri     where the document came from; relative item links resolve against it
   * @return the feed's title, language, dialect and usable items
   * @throws FeedParseException when the document is empty, an HTML page (the exception then names the
   *     feeds the page links to), invalid JSON or not a JSON Feed, not well-formed XML, declares a
   *     DOCTYPE, or is XML but neither RSS nor Atom
   */
  public ParsedFeed parse(byte[] body, String contentType, URI feedUri) throws FeedParseException {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(feedUri, "feedUri");
    String where = RedactedUri.of(feedUri);
    int start = firstSignificantByte(body);
    if (start < 0) {
      throw new FeedParseException("empty document from " + where);
    }
    if (body[start] == '{' || body[start] == '[') {
      return JsonFeedReader.read(body, feedUri, where, MAX_ITEMS);
    }
    if (isHtmlPage(body, start, contentType)) {
      throw htmlPage(body, contentType, feedUri, where);
    }
    if (body[start] != '<' && mime(contentType).endsWith("json")) {
      return JsonFeedReader.read(body, feedUri, where, MAX_ITEMS);
    }
    return readXml(body, contentType, feedUri, where);
  }

  private static ParsedFeed readXml(byte[] body, String contentType, URI feedUri, String where)
      throws FeedParseException {
    Document document = document(body, contentType, where);
    String unfit = DocumentRepair.repair(document);
    if (unfit != null) {
      throw new FeedParseException(unfit + " from " + where);
    }
    List<RawEntries.Raw> raws = RawEntries.of(document);
    SyndFeed feed = syndFeed(document, where);
    URI base = feedBase(feed.originalWireFeed(), feedUri);
    List<SyndEntry> entries = feed.getEntries();
    boolean aligned = raws.size() == entries.size();
    List<FeedItem> items = new ArrayList<>();
    int skipped = 0;
    for (int i = 0; i < entries.size() && i < MAX_ITEMS; i++) {
      RawEntries.Raw raw = aligned ? raws.get(i) : new RawEntries.Raw(null, List.of());
      Optional<FeedItem> item = EntryReader.read(entries.get(i), base, raw);
      if (item.isPresent()) {
        items.add(item.get());
      } else {
        skipped++;
      }
    }
    FeedLinks.Links links = FeedLinks.of(document, base);
    return new ParsedFeed(PlainText.of(feed.getTitle(), Article.MAX_TITLE_CHARS),
        PlainText.of(feed.getLanguage(), MAX_LANGUAGE_CHARS), items, skipped,
        FeedFormat.ofRomeType(feed.originalWireFeed().getFeedType()), links.hubs(), links.self(), FeedTtl.of(feed));
  }

  private static Document document(byte[] body, String contentType, String where) throws FeedParseException {
    try (XmlReader reader = reader(new ByteArrayInputStream(body), contentType)) {
      return SafeXml.wellFormedDocument(reader);
    } catch (JDOMException | IOException | RuntimeException e) {
      // Not plain well-formed XML: HTML entities, junk before the prolog and the like; the healer fixes
      // those, and its error is the one worth reporting.
    }
    try (XmlReader reader = reader(new ByteArrayInputStream(body), contentType)) {
      return SafeXml.document(reader);
    } catch (JDOMParseException e) {
      String detail = deepestMessage(e);
      if (detail.contains("DOCTYPE")) {
        throw new FeedParseException("document from " + where
            + " declares a DOCTYPE, which is refused to rule out XML external entities", e);
      }
      throw new FeedParseException("not well-formed XML from " + where + " at line " + e.getLineNumber()
          + ", column " + e.getColumnNumber() + ": " + detail, e);
    } catch (JDOMException e) {
      throw new FeedParseException("cannot read XML from " + where + ": " + deepestMessage(e), e);
    } catch (RuntimeException e) {
      // JDOM reports names it cannot represent (a namespace URI with a leading space) unchecked.
      throw new FeedParseException("not well-formed XML from " + where + ": " + deepestMessage(e), e);
    } catch (IOException e) {
      throw new FeedParseException("cannot decode the characters of " + where + ": " + e.getMessage(), e);
    }
  }

  private static SyndFeed syndFeed(Document document, String where) throws FeedParseException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setPreserveWireFeed(true);
    try {
      return input.build(document);
    } catch (FeedException e) {
      throw new FeedParseException("cannot read feed from " + where + ": " + deepestMessage(e), e);
    } catch (IllegalArgumentException e) {
      // Rome's way of saying that no parser recognised the root element.
      throw new FeedParseException("document from " + where + " is XML but neither RSS nor Atom (root element <"
          + document.getRootElement().getQualifiedName() + ">)", e);
    } catch (RuntimeException e) {
      // A Rome module failing on odd content must not take the caller down with it.
      throw new FeedParseException("cannot read feed from " + where + ": the feed library failed on it ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static FeedParseException htmlPage(byte[] body, String contentType, URI feedUri, String where) {
    List<URI> feeds = FeedDiscovery.discover(body, contentType, feedUri);
    String message = feeds.isEmpty()
        ? "HTML page from " + where + ", not a feed, and it links to no feed (no <link rel=\"alternate\">)"
        : "HTML page from " + where + ", not a feed; it links to these feeds: "
            + feeds.stream().map(RedactedUri::of).collect(Collectors.joining(", "));
    return new FeedParseException(message, null, feeds);
  }

  /**
   * An HTML page: it starts (after an XML declaration, comments and whitespace) with an HTML doctype or
   * an {@code <html>} element, or it is served as {@code text/html} and does not start with a feed's
   * root element. Feeds served as {@code text/html} are common, so the type alone does not decide.
   */
  static boolean isHtmlPage(byte[] body, int start, String contentType) {
    String head = new String(body, start, Math.min(SNIFF_BYTES, body.length - start), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    String root = skipPrologue(head);
    if (root.startsWith("<!doctype html") || root.startsWith("<html")) {
      return true;
    }
    boolean feedRoot = root.startsWith("<rss") || root.startsWith("<feed") || root.startsWith("<rdf")
        || root.startsWith("<channel") || root.startsWith("<!doctype")
        || root.matches("(?s)<[a-z0-9_.-]+:(rdf|feed|rss)\\b.*");
    return !feedRoot && mime(contentType).equals("text/html");
  }

  /** The text from the first element or doctype on, past XML declarations, processing instructions and comments. */
  private static String skipPrologue(String head) {
    String rest = head.strip();
    while (true) {
      if (rest.startsWith("<?")) {
        int end = rest.indexOf("?>");
        if (end < 0) {
          return rest;
        }
        rest = rest.substring(end + 2).strip();
      } else if (rest.startsWith("<!--")) {
        int end = rest.indexOf("-->");
        if (end < 0) {
          return rest;
        }
        rest = rest.substring(end + 3).strip();
      } else {
        return rest;
      }
    }
  }

  private static XmlReader reader(InputStream in, String contentType) throws IOException {
    boolean declaresCharset = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("charset=");
    return declaresCharset ? new XmlReader(in, contentType, true) : new XmlReader(in, true);
  }

  /** The feed URL, or the Atom feed's {@code xml:base} resolved against it. */
  private static URI feedBase(WireFeed wire, URI feedUri) {
    if (wire instanceof Feed atom && atom.getXmlBase() != null) {
      return EntryReader.resolve(feedUri, atom.getXmlBase()).orElse(feedUri);
    }
    return feedUri;
  }

  private static String mime(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
  }

  /** The index of the first byte that is not whitespace or part of a UTF-8 byte order mark, or -1. */
  private static int firstSignificantByte(byte[] body) {
    int i = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf
        ? 3 : 0;
    for (; i < body.length; i++) {
      int b = body[i] & 0xff;
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return i;
      }
    }
    return -1;
  }

  private static String deepestMessage(Throwable e) {
    String message = e.getMessage();
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
