package dev.newswatch.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads article metadata from JSON-LD, OpenGraph, Twitter cards, Dublin Core and plain {@code <meta>} tags and
 * the markup ({@code <time>}, {@code rel=author}, {@code <html lang>}), taking per field the most specific
 * source present. Must run on the unmodified document: cleaning removes the scripts and heads it reads.
 */
final class MetadataReader {

  private static final Pattern BY_PREFIX = Pattern.compile("^(?:by|от|by:|written by|автор:?|av|von|par|por)\\s+",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|,;:·•—–-]+$");
  private static final Pattern AFTER_SEPARATOR = Pattern.compile("\\s+[-–—•|·]\\s+.*$");
  /** Markup that holds bylines, most specific first. */
  private static final List<String> BYLINE_MARKUP = List.of("[rel=author]", "[itemprop=author] [itemprop=name]",
      "[itemprop=author]", ".byline, .author, .byline-name, .author-name", "[class*=byline]", "[class*=author]");
  /** "Tech Industry by Steven Musil": a section label before the byline. */
  private static final Pattern INNER_BY = Pattern.compile("^.{1,40}?\\s+[Bb]y\\s+(.+)$");
  private static final Pattern LANG_TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");

  private MetadataReader() {
  }

  static PageMetadata read(Document doc) {
    JsonLd ld = JsonLd.of(doc);
    String siteName = first(meta(doc, "og:site_name"), ld.names("publisher"), meta(doc, "application-name"));
    String title = TitleChooser.choose(doc, first(ld.text("headline"), ld.text("name")),
        first(meta(doc, "dc:title"), meta(doc, "dc.title"), meta(doc, "dcterm:title"), meta(doc, "dcterms.title"),
            meta(doc, "og:title"), meta(doc, "twitter:title"), meta(doc, "parsely-title")),
        siteName);
    String published = first(ld.text("datePublished"), meta(doc, "article:published_time"),
        meta(doc, "og:published_time"), meta(doc, "datePublished"), meta(doc, "dc.date.issued"),
        meta(doc, "dcterms.created"), meta(doc, "dc.date"), meta(doc, "date"), meta(doc, "pubdate"),
        meta(doc, "publish-date"), meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"),
        itemprop(doc, "datePublished"), timeElement(doc));
    String modified = first(ld.text("dateModified"), meta(doc, "article:modified_time"),
        meta(doc, "og:updated_time"), meta(doc, "dateModified"), itemprop(doc, "dateModified"));
    Boolean free = ld.bool("isAccessibleForFree");
    return new PageMetadata(
        absolute(doc, first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"))),
        title,
        byline(doc, ld),
        PublicationDates.parse(published),
        PublicationDates.parse(modified),
        siteName,
        declaredLang(doc, ld),
        first(meta(doc, "og:description"), meta(doc, "description"), meta(doc, "twitter:description"),
            ld.text("description")),
        absolute(doc, first(meta(doc, "og:image"), meta(doc, "twitter:image"), meta(doc, "twitter:image:src"),
            ld.url("image"))),
        ld.text("articleBody"),
        Boolean.FALSE.equals(free),
        ld.present() || "article".equalsIgnoreCase(meta(doc, "og:type")));
  }

  private static String byline(Document doc, JsonLd ld) {
    String fromLd = ld.names("author");
    String fromMeta = first(meta(doc, "dc:creator"), meta(doc, "dc.creator"), meta(doc, "dcterm:creator"),
        meta(doc, "author"), meta(doc, "parsely-author"),
        meta(doc, "sailthru.author"), meta(doc, "byl"));
    String articleAuthor = first(meta(doc, "article:author"), meta(doc, "og:article:author"));
    if (articleAuthor != null && articleAuthor.startsWith("http")) {
      articleAuthor = null;
    }
    String fromMarkup = null;
    for (String css : BYLINE_MARKUP) {
      fromMarkup = bylineIn(doc, css);
      if (fromMarkup != null) {
        break;
      }
    }
    String chosen = first(fromLd, fromMeta, articleAuthor, fromMarkup);
    if (chosen == null || chosen.startsWith("http")) {
      return null;
    }
    String byline = BY_PREFIX.matcher(chosen.replaceAll("\\s+", " ").strip()).replaceFirst("");
    // "Name - Apr 16, 2015" or "Name • 8h": what follows a separator is a date or a role, not the name.
    byline = AFTER_SEPARATOR.matcher(byline).replaceFirst("");
    return TRAILING_SEPARATORS.matcher(byline).replaceFirst("");
  }

  private static String bylineIn(Document doc, String css) {
    for (Element e : doc.select(css)) {
      String text = e.text().strip();
      // "About the author" boxes are not bylines; two letters are the initials of an avatar.
      if (text.length() > 2 && text.length() < 100 && !text.toLowerCase(Locale.ROOT).startsWith("about")) {
        var by = INNER_BY.matcher(text);
        return by.matches() ? by.group(1) : text;
      }
    }
    return null;
  }

  private static String declaredLang(Document doc, JsonLd ld) {
    Element html = doc.selectFirst("html");
    String lang = first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
        meta(doc, "og:locale"), ld.text("inLanguage"), httpEquiv(doc, "content-language"), meta(doc, "language"));
    if (lang == null || !LANG_TAG.matcher(lang).matches()) {
      return null;
    }
    return lang.replace('_', '-');
  }

  static String meta(Document doc, String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    for (Element m : doc.select("meta[content]")) {
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        String v = m.attr(attr);
        if (v.isEmpty()) {
          continue;
        }
        // RDFa allows several space-separated properties in one attribute.
        for (String token : v.toLowerCase(Locale.ROOT).split("\\s+")) {
          if (token.equals(lower)) {
            String content = m.attr("content").strip();
            if (!content.isEmpty()) {
              return content;
            }
          }
        }
      }
    }
    return null;
  }

  private static String httpEquiv(Document doc, String name) {
    Element m = doc.selectFirst("meta[http-equiv=" + name + "]");
    return m == null ? null : blankToNull(m.attr("content"));
  }

  private static String itemprop(Document doc, String name) {
    Element e = doc.selectFirst("[itemprop=" + name + "]");
    if (e == null) {
      return null;
    }
    return first(blankToNull(e.attr("datetime")), blankToNull(e.attr("content")));
  }

  private static String timeElement(Document doc) {
    Element e = doc.selectFirst("time[pubdate][datetime], article time[datetime], time[datetime]");
    return e == null ? null : blankToNull(e.attr("datetime"));
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String absolute(Document doc, String url) {
    if (url == null) {
      return null;
    }
    try {
      String base = doc.location();
      return base == null || base.isEmpty() ? url : java.net.URI.create(base).resolve(url.strip()).toString();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }

  static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
