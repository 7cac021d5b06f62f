package dev.newswatch.ingest.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.model.Article;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads RSS 0.9x, 1.0 (RDF) and 2.0 and Atom 0.3 and 1.0 documents with Rome.
 *
 * <p>Safety: documents with a DOCTYPE are refused outright, which rules out XML external entities and
 * entity expansion bombs (Rome's own default, set explicitly here so it cannot drift). The character
 * set comes from the byte order mark, the XML declaration and the HTTP Content-Type, in Rome's
 * {@link XmlReader} order; a {@code text/*} type without charset is not taken to mean US-ASCII, because
 * servers send it for UTF-8 feeds all the time.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedParser {

  private static final int MAX_LANGUAGE_CHARS = 35;

  /**
   * Parses a feed document.
   *
   * @param body        the document bytes, as fetched
   * @param contentType the HTTP Content-Type, or null (for example when reading a file)
   * @param feedUri     where the document came from; relative item links resolve against it
   * @return the feed's title, language and usable items
   * @throws FeedParseException when the document is empty, JSON, not well-formed, declares a DOCTYPE, or
   *     is XML but neither RSS nor Atom
   */
  public ParsedFeed parse(byte[] body, String contentType, URI feedUri) throws FeedParseException {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(feedUri, "feedUri");
    String where = RedactedUri.of(feedUri);
    int first = firstSignificantByte(body);
    if (first < 0) {
      throw new FeedParseException("empty document from " + where);
    }
    if (first == '{' || first == '[' || mime(contentType).endsWith("json")) {
      throw new FeedParseException("JSON Feed is not supported yet (" + where + " sent JSON)");
    }
    SyndFeed feed = read(body, contentType, where);
    URI base = feedBase(feed.originalWireFeed(), feedUri);
    List<FeedItem> items = new ArrayList<>();
    int skipped = 0;
    for (SyndEntry entry : feed.getEntries()) {
      Optional<FeedItem> item = EntryReader.read(entry, base);
      if (item.isPresent()) {
        items.add(item.get());
      } else {
        skipped++;
      }
    }
    return new ParsedFeed(PlainText.of(feed.getTitle(), Article.MAX_TITLE_CHARS),
        PlainText.of(feed.getLanguage(), MAX_LANGUAGE_CHARS), items, skipped);
  }

  private static SyndFeed read(byte[] body, String contentType, String where) throws FeedParseException {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setPreserveWireFeed(true);
    try (XmlReader reader = reader(new ByteArrayInputStream(body), contentType)) {
      return input.build(reader);
    } catch (ParsingFeedException e) {
      String detail = deepestMessage(e);
      if (detail.contains("DOCTYPE")) {
        throw new FeedParseException("document from " + where
            + " declares a DOCTYPE, which is refused to rule out XML external entities", e);
      }
      throw new FeedParseException("not well-formed XML from " + where + " at line " + e.getLineNumber()
          + ", column " + e.getColumnNumber() + ": " + detail, e);
    } catch (FeedException e) {
      throw new FeedParseException("cannot read feed from " + where + ": " + deepestMessage(e), e);
    } catch (IllegalArgumentException e) {
      // Rome's way of saying that no parser recognised the root element.
      throw new FeedParseException("document from " + where + " is XML but neither RSS nor Atom", e);
    } catch (IOException e) {
      throw new FeedParseException("cannot decode the characters of " + where + ": " + e.getMessage(), e);
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

  /** The first byte that is not whitespace or part of a UTF-8 byte order mark, or -1. */
  private static int firstSignificantByte(byte[] body) {
    int i = body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf
        ? 3 : 0;
    for (; i < body.length; i++) {
      int b = body[i] & 0xff;
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b;
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
