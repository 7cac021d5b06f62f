package dev.newswatch.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
  private static final List<Evaluator> BYLINE_MARKUP = Stream.of("[rel=author]",
      "[itemprop=author] [itemprop=name]", "[itemprop=author]", ".byline, .author, .byline-name, .author-name",
      "[class*=byline]", "[class*=author]").map(QueryParser::parse).toList();
  /** "Tech Industry by Steven Musil": a section label before the byline. */
  private static final Pattern INNER_BY = Pattern.compile("^.{1,40}?\\s+[Bb]y\\s+(.+)$");
  private static final Pattern COMMENTS = Pattern.compile("(?:^|[-_\\s])(?:comments?|disqus)(?:$|[-_\\s])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHOR_PAGE = Pattern.compile("/(?:authors?|writers?|people|profiles?|staff)/");
  private static final Pattern LANG_TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");

  private MetadataReader() {
  }

  static PageMetadata read(Document doc, PageSurvey survey) {
    JsonLd ld = JsonLd.of(survey.jsonLdScripts());
    String siteName = first(meta(survey, "og:site_name"), ld.names("publisher"), meta(survey, "application-name"));
    String title = TitleChooser.choose(doc, survey.firstH1(), first(ld.text("headline"), ld.text("name")),
        first(meta(survey, "dc:title"), meta(survey, "dc.title"), meta(survey, "dcterm:title"), meta(survey, "dcterms.title"),
            meta(survey, "og:title"), meta(survey, "twitter:title"), meta(survey, "parsely-title")),
        siteName);
    String published = first(ld.text("datePublished"), meta(survey, "article:published_time"),
        meta(survey, "og:published_time"), meta(survey, "datePublished"), meta(survey, "dc.date.issued"),
        meta(survey, "dcterms.created"), meta(survey, "dc.date"), meta(survey, "date"), meta(survey, "pubdate"),
        meta(survey, "publish-date"), meta(survey, "sailthru.date"), meta(survey, "parsely-pub-date"),
        itemprop(survey, "datePublished"), timeElement(survey));
    String modified = first(ld.text("dateModified"), meta(survey, "article:modified_time"),
        meta(survey, "og:updated_time"), meta(survey, "dateModified"), itemprop(survey, "dateModified"));
    Boolean free = ld.bool("isAccessibleForFree");
    return new PageMetadata(
        absolute(doc, first(survey.canonical(), meta(survey, "og:url"))),
        title,
        byline(doc, survey, ld),
        PublicationDates.parse(published),
        PublicationDates.parse(modified),
        siteName,
        declaredLang(doc, survey, ld),
        first(meta(survey, "og:description"), meta(survey, "description"), meta(survey, "twitter:description"),
            ld.text("description")),
        absolute(doc, first(meta(survey, "og:image"), meta(survey, "twitter:image"), meta(survey, "twitter:image:src"),
            ld.url("image"))),
        ld.text("articleBody"),
        Boolean.FALSE.equals(free),
        ld.present() || "article".equalsIgnoreCase(meta(survey, "og:type")));
  }

  private static String byline(Document doc, PageSurvey survey, JsonLd ld) {
    String fromLd = ld.names("author");
    String fromMeta = first(meta(survey, "dc:creator"), meta(survey, "dc.creator"), meta(survey, "dcterm:creator"),
        meta(survey, "author"), meta(survey, "parsely-author"),
        meta(survey, "sailthru.author"), meta(survey, "byl"));
    String articleAuthor = first(meta(survey, "article:author"), meta(survey, "og:article:author"));
    if (articleAuthor != null && articleAuthor.startsWith("http")) {
      articleAuthor = null;
    }
    String chosen = first(fromLd, fromMeta, articleAuthor);
    for (int i = 0; chosen == null && i < BYLINE_MARKUP.size(); i++) {
      chosen = bylineIn(survey.bylineCandidates(), BYLINE_MARKUP.get(i));
    }
    if (chosen == null || chosen.startsWith("http")) {
      return null;
    }
    String byline = BY_PREFIX.matcher(chosen.replaceAll("\\s+", " ").strip()).replaceFirst("");
    // "Name - Apr 16, 2015" or "Name • 8h": what follows a separator is a date or a role, not the name.
    byline = AFTER_SEPARATOR.matcher(byline).replaceFirst("");
    return TRAILING_SEPARATORS.matcher(byline).replaceFirst("");
  }

  private static String bylineIn(List<Element> candidates, Evaluator markup) {
    for (Element e : candidates) {
      if (!e.is(markup) || inWidget(e)) {
        continue;
      }
      String text = e.text().strip();
      // "About the author" boxes are not bylines; two letters are the initials of an avatar.
      if (text.length() > 2 && text.length() < 100 && !text.toLowerCase(Locale.ROOT).startsWith("about")) {
        String linked = soleAuthorLink(e);
        if (linked != null) {
          return linked;
        }
        var by = INNER_BY.matcher(text);
        return by.matches() ? by.group(1) : text;
      }
    }
    return null;
  }

  /** Bylines inside a comment thread name commenters, not the author. */
  private static boolean inWidget(Element e) {
    for (Element up = e; up != null; up = up.parent()) {
      String marks = MarkWords.marks(up);
      if (!marks.isEmpty() && COMMENTS.matcher(marks).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Ben Silverman Games Editor" with the name linked to the author's page: the link text is the name and the
   * rest a role. Only a single author link is trusted; several are joined by words the link texts lack.
   */
  private static String soleAuthorLink(Element byline) {
    String found = null;
    for (Element a : byline.getElementsByTag("a")) {
      String href = a.attr("href").toLowerCase(Locale.ROOT);
      if (a.attr("rel").toLowerCase(Locale.ROOT).contains("author") || AUTHOR_PAGE.matcher(href).find()) {
        if (found != null) {
          return null;
        }
        found = a.text().strip();
      }
    }
    return found == null || found.length() < 3 || found.length() > 60 ? null : found;
  }

  private static String declaredLang(Document doc, PageSurvey survey, JsonLd ld) {
    Element html = doc.selectFirst("html");
    String lang = first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
        meta(survey, "og:locale"), ld.text("inLanguage"), survey.httpEquiv("content-language"), meta(survey, "language"));
    if (lang == null || !LANG_TAG.matcher(lang).matches()) {
      return null;
    }
    return lang.replace('_', '-');
  }

  private static String meta(PageSurvey survey, String key) {
    return survey.meta(key);
  }

  private static String itemprop(PageSurvey survey, String name) {
    Element e = survey.itemprop(name);
    if (e == null) {
      return null;
    }
    return first(blankToNull(e.attr("datetime")), blankToNull(e.attr("content")));
  }

  private static String timeElement(PageSurvey survey) {
    Element e = survey.firstTime();
    return e == null ? null : blankToNull(e.attr("datetime"));
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
