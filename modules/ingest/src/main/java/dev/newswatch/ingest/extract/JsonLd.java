package dev.newswatch.ingest.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The schema.org article object of a page's JSON-LD, looked for in top-level objects, arrays and
 * {@code @graph}. Broken JSON-LD (trailing commas, raw newlines) is common and simply ignored when unreadable.
 */
final class JsonLd {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();
  private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting",
      "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
      "ScholarlyArticle", "TechArticle", "Report", "SocialMediaPosting", "LiveBlogPosting", "Blog", "Recipe");

  private final JsonNode article;

  private JsonLd(JsonNode article) {
    this.article = article;
  }

  static JsonLd of(List<Element> scripts) {
    for (Element script : scripts) {
      try {
        JsonNode root = MAPPER.readTree(unwrapped(script.data()));
        List<JsonNode> objects = new ArrayList<>();
        flatten(root, objects, 0);
        for (JsonNode node : objects) {
          if (isArticle(node)) {
            return new JsonLd(node);
          }
        }
      } catch (JsonProcessingException e) {
        // unreadable JSON-LD: the page's other metadata still counts
      }
    }
    return new JsonLd(null);
  }

  /** XHTML-era pages wrap script bodies in CDATA or comment markers to hide them from old parsers. */
  private static String unwrapped(String data) {
    String s = data.strip();
    for (String[] wrap : new String[][] {{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"//<![CDATA[", "//]]>"}}) {
      if (s.startsWith(wrap[0])) {
        s = s.substring(wrap[0].length());
        int end = s.lastIndexOf(wrap[1]);
        s = (end >= 0 ? s.substring(0, end) : s).strip();
      }
    }
    return s;
  }

  boolean present() {
    return article != null;
  }

  String text(String field) {
    return article == null ? null : textOf(article.get(field));
  }

  /** A name: a string, an object's {@code name}, or names of an array joined by commas. */
  String names(String field) {
    if (article == null) {
      return null;
    }
    JsonNode v = article.get(field);
    if (v == null) {
      return null;
    }
    if (v.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode item : v) {
        String n = nameOf(item);
        if (n != null && !names.contains(n)) {
          names.add(n);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return nameOf(v);
  }

  /** A URL: a string, an object's {@code url} or {@code @id}, or the first of an array. */
  String url(String field) {
    if (article == null) {
      return null;
    }
    JsonNode v = article.get(field);
    while (v != null && v.isArray()) {
      v = v.isEmpty() ? null : v.get(0);
    }
    if (v == null) {
      return null;
    }
    if (v.isObject()) {
      return textOf(v.has("url") ? v.get("url") : v.get("@id"));
    }
    return textOf(v);
  }

  Boolean bool(String field) {
    JsonNode v = article == null ? null : article.get(field);
    if (v == null) {
      return null;
    }
    return v.isBoolean() ? v.booleanValue() : Boolean.valueOf("true".equalsIgnoreCase(v.asText()));
  }

  private static String nameOf(JsonNode v) {
    if (v.isObject()) {
      return textOf(v.get("name"));
    }
    return textOf(v);
  }

  private static String textOf(JsonNode v) {
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      flatten(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode node) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return isArticleType(type.asText());
  }

  /** schema.org has many article subtypes ({@code ReportageNewsArticle}, {@code SatiricalArticle}...). */
  private static boolean isArticleType(String type) {
    String t = type.substring(type.lastIndexOf('/') + 1);
    return t.endsWith("Article") || ARTICLE_TYPES.contains(t);
  }
}
