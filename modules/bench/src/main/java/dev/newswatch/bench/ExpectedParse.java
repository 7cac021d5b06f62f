package dev.newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parse a public test suite expects for one of its input files, reduced to what newswatch compares:
 * the items' titles and links. One reader per suite layout.
 */
final class ExpectedParse {

  private ExpectedParse() {}

  /** One expected item; either field may be null when the suite records none. */
  record Item(String title, String link) {}

  /** The suite a corpus file belongs to, from its path, and the pairing of input and expectation. */
  static Optional<Pair> pairOf(Path root, Path expected) {
    String rel = root.relativize(expected).toString().replace('\\', '/');
    String name = expected.getFileName().toString();
    Path dir = expected.getParent();
    if (rel.startsWith("gofeed/") && name.endsWith(".json") && !rel.contains("/universal/")) {
      if (rel.contains("/json/")) {
        return name.endsWith("_expected.json")
            ? existing("gofeed", dir.resolve(name.replace("_expected.json", ".json")), expected)
            : Optional.empty();
      }
      return existing("gofeed", dir.resolve(name.replace(".json", ".xml")), expected);
    }
    if (rel.startsWith("feed-rs/") && name.endsWith(".serde.json")) {
      String stem = name.substring(0, name.length() - ".serde.json".length());
      Optional<Pair> xml = existing("feed-rs", dir.resolve(stem + ".xml"), expected);
      return xml.isPresent() ? xml : existing("feed-rs", dir.resolve(stem + ".json"), expected);
    }
    if (rel.startsWith("rss-parser/") && rel.contains("/test/output/") && name.endsWith(".json")) {
      String stem = name.substring(0, name.length() - ".json".length());
      Path inputs = dir.resolveSibling("input");
      for (String ext : List.of(".rss", ".atom", ".xml")) {
        Optional<Pair> pair = existing("rss-parser", inputs.resolve(stem + ext), expected);
        if (pair.isPresent()) {
          return pair;
        }
      }
    }
    return Optional.empty();
  }

  /** An input and the file holding its expected parse. */
  record Pair(String suite, Path input, Path expected) {}

  private static Optional<Pair> existing(String suite, Path input, Path expected) {
    return Files.isRegularFile(input) ? Optional.of(new Pair(suite, input, expected)) : Optional.empty();
  }

  /** The expected items of a pair, read from the suite's JSON. */
  static List<Item> items(String suite, JsonNode expected) {
    List<Item> items = new ArrayList<>();
    switch (suite) {
      case "gofeed" -> {
        JsonNode list = expected.has("entries") ? expected.get("entries") : expected.path("items");
        for (JsonNode item : list) {
          String link = text(item.get("link"));
          if (link == null) {
            link = text(item.get("url"));
          }
          if (link == null) {
            link = alternate(item.path("links"), "href", "rel");
          }
          items.add(new Item(text(item.get("title")), link));
        }
      }
      case "feed-rs" -> {
        for (JsonNode entry : expected.path("entries")) {
          items.add(new Item(text(entry.path("title").get("content")), alternate(entry.path("links"), "href", "rel")));
        }
      }
      case "rss-parser" -> {
        for (JsonNode item : expected.path("feed").path("items")) {
          items.add(new Item(text(item.get("title")), text(item.get("link"))));
        }
      }
      default -> throw new IllegalArgumentException("unknown suite " + suite);
    }
    return items;
  }

  /** The first link without rel or with rel alternate; links may be objects or plain strings. */
  private static String alternate(JsonNode links, String hrefField, String relField) {
    for (JsonNode link : links) {
      if (link.isTextual()) {
        return link.asText();
      }
      String rel = text(link.get(relField));
      if (rel == null || rel.equals("alternate")) {
        return text(link.get(hrefField));
      }
    }
    return null;
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
  }
}
