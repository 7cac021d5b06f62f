package dev.newswatch.ingest.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.model.Article;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into the same shape as RSS and Atom.
 * Item links resolve against {@code feed_url}, else {@code home_page_url}, else the fetch URL.
 */
final class JsonFeedReader {

  private static final String VERSION_PREFIX = "jsonfeed.org/version/";

  /** Some generators write the bare number ({@code "1.0"}) instead of the version URL. */
  private static final Pattern BARE_VERSION = Pattern.compile("1(\\.\\d)?");

  /** Feeds nest three levels deep; anything much deeper is hostile. */
  private static final int MAX_NESTING = 32;

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
      .build());

  private JsonFeedReader() {}

  static ParsedFeed read(byte[] body, URI feedUri, String where, int maxItems) throws FeedParseException {
    JsonNode root = tree(body, where);
    if (!root.isObject()) {
      throw new FeedParseException("JSON from " + where + " is not a JSON Feed: the top level is not an object");
    }
    String version = text(root, "version");
    if (version == null || !(version.toLowerCase(Locale.ROOT).contains(VERSION_PREFIX)
        || BARE_VERSION.matcher(version.strip()).matches())) {
      throw new FeedParseException("JSON from " + where
          + " is not a JSON Feed: no \"version\" naming https://jsonfeed.org/version/1.x");
    }
    JsonNode items = root.path("items");
    if (!items.isArray()) {
      throw new FeedParseException("JSON Feed from " + where + " has no \"items\" array");
    }
    URI base = base(root, feedUri);
    List<FeedItem> read = new ArrayList<>();
    int skipped = 0;
    for (JsonNode item : items) {
      if (read.size() + skipped >= maxItems) {
        break;
      }
      Optional<FeedItem> parsed = item.isObject() ? item(item, base) : Optional.empty();
      if (parsed.isPresent()) {
        read.add(parsed.get());
      } else {
        skipped++;
      }
    }
    return new ParsedFeed(PlainText.of(text(root, "title"), Article.MAX_TITLE_CHARS),
        PlainText.of(text(root, "language"), FeedParser.MAX_LANGUAGE_CHARS), read, skipped, FeedFormat.JSON,
        hubs(root, feedUri), webUrl(root, "feed_url", feedUri), null);
  }

  /** The {@code hubs} entries of type WebSub (the JSON Feed 1.1 spelling of a WebSub hub link). */
  private static List<URI> hubs(JsonNode root, URI feedUri) {
    List<URI> hubs = new ArrayList<>();
    for (JsonNode hub : root.path("hubs")) {
      String type = text(hub, "type");
      if (type != null && type.strip().equalsIgnoreCase("websub") && hubs.size() < ParsedFeed.MAX_HUBS) {
        URI url = webUrl(hub, "url", feedUri);
        if (url != null && !hubs.contains(url)) {
          hubs.add(url);
        }
      }
    }
    return hubs;
  }

  private static URI webUrl(JsonNode node, String field, URI base) {
    String value = text(node, field);
    return value == null ? null : EntryReader.resolve(base, value).filter(EntryReader::isWebUrl).orElse(null);
  }

  private static JsonNode tree(byte[] body, String where) throws FeedParseException {
    try {
      JsonNode root = MAPPER.readTree(body);
      if (root == null || root.isMissingNode()) {
        throw new FeedParseException("empty document from " + where);
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String position = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new FeedParseException("not valid JSON from " + where + position + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new FeedParseException("cannot read JSON from " + where + ": " + e.getMessage(), e);
    }
  }

  private static URI base(JsonNode root, URI feedUri) {
    for (String field : List.of("feed_url", "home_page_url")) {
      String value = text(root, field);
      if (value != null) {
        Optional<URI> uri = EntryReader.resolve(feedUri, value);
        if (uri.isPresent() && EntryReader.isWebUrl(uri.get())) {
          return uri.get();
        }
      }
    }
    return feedUri;
  }

  private static Optional<FeedItem> item(JsonNode item, URI base) {
    Optional<URI> link = Optional.empty();
    for (String field : List.of("url", "external_url")) {
      String value = text(item, field);
      if (link.isEmpty() && value != null) {
        link = EntryReader.resolve(base, value).filter(EntryReader::isWebUrl);
      }
    }
    if (link.isEmpty()) {
      return Optional.empty();
    }
    String summary = firstText(item, "summary", "content_html", "content_text");
    String date = firstText(item, "date_published", "date_modified");
    String id = text(item, "id");
    return Optional.of(new FeedItem(
        id == null || id.isBlank() ? null : id.strip(),
        link.get().toString(),
        PlainText.of(text(item, "title"), Article.MAX_TITLE_CHARS),
        PlainText.of(summary, Article.MAX_SUMMARY_CHARS),
        PlainText.of(author(item), EntryReader.MAX_AUTHOR_CHARS),
        FeedDates.parse(date)));
  }

  /** 1.1 {@code authors[0].name}, else 1.0 {@code author.name}. */
  private static String author(JsonNode item) {
    JsonNode authors = item.path("authors");
    if (authors.isArray()) {
      for (JsonNode author : authors) {
        String name = text(author, "name");
        if (name != null) {
          return name;
        }
      }
    }
    return text(item.path("author"), "name");
  }

  private static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      String value = text(node, field);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** A string or number field as text; null when absent, null, or of another type. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() || value.isNumber() ? value.asText() : null;
  }
}
