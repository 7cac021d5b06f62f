package dev.newswatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
  /**
   * Markup that holds bylines, most specific first: {@code [rel=author]}, {@code [itemprop=author]
   * [itemprop=name]}, {@code [itemprop=author]}, the classes {@code byline}, {@code author}, {@code byline-name},
   * {@code author-name}, then any class containing "byline" or "author". Plain predicates, not shared jsoup
   * {@code Evaluator}s: structural evaluators memoise per document and would keep every page alive.
   */
  private static final List<Predicate<Element>> BYLINE_MARKUP = List.of(
      e -> attrIs(e, "rel", "author"),
      e -> attrIs(e, "itemprop", "name") && hasAncestorWithItemprop(e, "author"),
      e -> attrIs(e, "itemprop", "author"),
      e -> e.hasClass("byline") || e.hasClass("author") || e.hasClass("byline-name") || e.hasClass("author-name"),
      e -> e.className().toLowerCase(Locale.ROOT).contains("byline"),
      e -> e.className().toLowerCase(Locale.ROOT).contains("author"));
  /** "Tech Industry by Steven Musil": a section label before the byline. */
  private static final Pattern INNER_BY = Pattern.compile("^.{1,40}?\\s+[Bb]y\\s+(.+)$");
  private static final Pattern COMMENTS = Pattern.compile("(?:^|[-_\\s])(?:comments?|disqus)(?:$|[-_\\s])",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTHOR_PAGE = Pattern.compile("/(?:authors?|writers?|people|profiles?|staff)/");
  /** A "by" that starts a credit: "By A", "Edited by B", "photographs by C". */
  private static final Pattern CREDIT = Pattern.compile("(?:^|\\s)by:?\\s", Pattern.CASE_INSENSITIVE);
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LANG_TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*");

  private MetadataReader() {
  }

  static PageMetadata read(Document doc, PageSurvey s) {
    JsonLd ld = JsonLd.of(s.jsonLdScripts());
    String siteName = first(meta(s, "og:site_name"), ld.names("publisher"), meta(s, "application-name"));
    String title = TitleChooser.choose(doc, s.firstH1(), first(ld.text("headline"), ld.text("name")),
        first(meta(s, "dc:title"), meta(s, "dc.title"), meta(s, "dcterm:title"), meta(s, "dcterms.title"),
            meta(s, "og:title"), meta(s, "twitter:title"), meta(s, "parsely-title")),
        siteName);
    String published = first(ld.text("datePublished"), meta(s, "article:published_time"),
        meta(s, "og:published_time"), meta(s, "datePublished"), meta(s, "dc.date.issued"),
        meta(s, "dcterms.created"), meta(s, "dc.date"), meta(s, "date"), meta(s, "pubdate"),
        meta(s, "publish-date"), meta(s, "sailthru.date"), meta(s, "parsely-pub-date"),
        itemprop(s, "datePublished"), timeElement(s));
    String modified = first(ld.text("dateModified"), meta(s, "article:modified_time"),
        meta(s, "og:updated_time"), meta(s, "dateModified"), itemprop(s, "dateModified"));
    Boolean free = ld.bool("isAccessibleForFree");
    return new PageMetadata(
        absolute(doc, first(s.canonical(), meta(s, "og:url"))),
        title,
        byline(s, ld),
        PublicationDates.parse(published),
        PublicationDates.parse(modified),
        siteName,
        declaredLang(doc, s, ld),
        first(meta(s, "og:description"), meta(s, "description"), meta(s, "twitter:description"),
            ld.text("description")),
        absolute(doc, first(meta(s, "og:image"), meta(s, "twitter:image"), meta(s, "twitter:image:src"),
            ld.url("image"))),
        ld.text("articleBody"),
        Boolean.FALSE.equals(free),
        ld.present() || "article".equalsIgnoreCase(meta(s, "og:type")));
  }

  private static String byline(PageSurvey s, JsonLd ld) {
    String fromLd = ld.names("author");
    String fromMeta = first(authors(s, "dc:creator"), authors(s, "dc.creator"), authors(s, "dcterm:creator"),
        authors(s, "author"), authors(s, "parsely-author"), authors(s, "sailthru.author"), authors(s, "byl"));
    String articleAuthor = first(authors(s, "article:author"), authors(s, "og:article:author"));
    if (articleAuthor != null && articleAuthor.startsWith("http")) {
      articleAuthor = null;
    }
    String chosen = first(fromLd, fromMeta, articleAuthor);
    for (int i = 0; chosen == null && i < BYLINE_MARKUP.size(); i++) {
      chosen = bylineIn(s.bylineCandidates(), BYLINE_MARKUP.get(i));
    }
    if (chosen == null || chosen.startsWith("http")) {
      return null;
    }
    String byline = SPACES.matcher(chosen).replaceAll(" ").strip();
    if (isCreditList(byline)) {
      // "Written by A Edited by B": cutting the first role would make the second read as part of A's name.
      return TRAILING_SEPARATORS.matcher(byline).replaceFirst("");
    }
    byline = BY_PREFIX.matcher(byline).replaceFirst("");
    // "Name - Apr 16, 2015" or "Name • 8h": what follows a separator is a date or a role, not the name.
    byline = AFTER_SEPARATOR.matcher(byline).replaceFirst("");
    return TRAILING_SEPARATORS.matcher(byline).replaceFirst("");
  }

  /**
   * The authors a {@code <meta>} key names, joined: pages with several authors repeat the tag once per name
   * ({@code DC.Creator} on IETF documents). Names written "Surname, Given" are joined with "; " so that the
   * list stays readable; others with ", " as JSON-LD author lists are. Profile addresses
   * ({@code article:author} often holds one) are not names and are left out, unless they are all there is.
   */
  private static String authors(PageSurvey s, String key) {
    List<String> values = s.metaAll(key);
    if (values.size() < 2) {
      return values.isEmpty() ? null : values.get(0);
    }
    List<String> names = new ArrayList<>(values.size());
    boolean commas = false;
    for (String v : values) {
      String name = v.strip();
      if (!name.isEmpty() && !name.startsWith("http") && !names.contains(name)) {
        names.add(name);
        commas |= name.indexOf(',') >= 0;
      }
    }
    return names.isEmpty() ? values.get(0) : String.join(commas ? "; " : ", ", names);
  }

  /** Two or more credits in one line: "Written by A Edited by B", "By A, photographs by B". */
  private static boolean isCreditList(String byline) {
    var m = CREDIT.matcher(byline);
    return m.find() && m.find();
  }

  private static boolean attrIs(Element e, String attr, String value) {
    return e.attr(attr).trim().equalsIgnoreCase(value);
  }

  private static boolean hasAncestorWithItemprop(Element e, String value) {
    for (Element up = e.parent(); up != null; up = up.parent()) {
      if (attrIs(up, "itemprop", value)) {
        return true;
      }
    }
    return false;
  }

  private static String bylineIn(List<Element> candidates, Predicate<Element> markup) {
    for (Element e : candidates) {
      if (!markup.test(e) || inWidget(e)) {
        continue;
      }
      String text = e.text().strip();
      // "About the author" boxes are not bylines; two letters are the initials of an avatar.
      if (text.length() > 2 && text.length() < 100 && !text.toLowerCase(Locale.ROOT).startsWith("about")) {
        Element link = soleAuthorLink(e);
        if (link != null) {
          // A link candidate (rel=author) may sit in a credit line one level up; a block is its own limit.
          String line = creditLine(link, link == e ? e.parent() : e);
          return line != null ? line : link.text().strip();
        }
        var by = INNER_BY.matcher(text);
        return !isCreditList(text) && by.matches() ? by.group(1) : text;
      }
    }
    return null;
  }

  /**
   * The credit line an author link is printed in: the nearest element around it, up to {@code top}, whose own
   * text with the link's reads "By …". "By <a>Name, MA</a><br>Outlet News" is the byline as the page prints
   * it, and the link alone would drop the outlet. Only the line's own words count, not its other elements:
   * a {@code <time>} or a social handle beside the name is not part of the byline. A link with no "By" around
   * it ("<a>Name</a> Games Editor", a profile card) is the name and what follows is a role. Null when there is
   * no such line.
   */
  private static String creditLine(Element link, Element top) {
    Element holding = link;
    for (Element up = link.parent(); up != null; holding = up, up = up.parent()) {
      String text = ownTextWith(up, holding);
      if (text.length() >= 100) {
        return null;
      }
      if (BY_PREFIX.matcher(text).lookingAt()) {
        return text;
      }
      if (up == top) {
        return null;
      }
    }
    return null;
  }

  /** The element's own text nodes and line breaks, with the whole text of one child, in document order. */
  private static String ownTextWith(Element line, Element child) {
    StringBuilder text = new StringBuilder();
    for (Node node : line.childNodes()) {
      if (node instanceof TextNode t) {
        text.append(t.text());
      } else if (node == child) {
        text.append(' ').append(child.text()).append(' ');
      } else if (node instanceof Element e && e.nameIs("br")) {
        text.append(' ');
      }
    }
    return SPACES.matcher(text).replaceAll(" ").strip();
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
   * rest a role. Only a single author link is trusted; several are joined by words the link texts lack. The
   * element itself counts when it is the link.
   */
  private static Element soleAuthorLink(Element byline) {
    Element found = null;
    for (Element a : byline.getElementsByTag("a")) {
      String href = a.attr("href").toLowerCase(Locale.ROOT);
      if (a.attr("rel").toLowerCase(Locale.ROOT).contains("author") || AUTHOR_PAGE.matcher(href).find()) {
        if (found != null) {
          return null;
        }
        found = a;
      }
    }
    int length = found == null ? 0 : found.text().strip().length();
    return length < 3 || length > 60 ? null : found;
  }

  private static String declaredLang(Document doc, PageSurvey s, JsonLd ld) {
    Element html = rootHtml(doc);
    String lang = first(html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
        meta(s, "og:locale"), ld.text("inLanguage"), s.httpEquiv("content-language"), meta(s, "language"));
    if (lang == null || !LANG_TAG.matcher(lang).matches()) {
      return null;
    }
    return lang.replace('_', '-');
  }

  /** The {@code <html>} element: the document's first child element, found without parsing a selector. */
  private static Element rootHtml(Document doc) {
    for (Element child : doc.children()) {
      if (child.nameIs("html")) {
        return child;
      }
    }
    return doc.selectFirst("html");
  }

  private static String meta(PageSurvey s, String key) {
    return s.meta(key);
  }

  private static String itemprop(PageSurvey s, String name) {
    Element e = s.itemprop(name);
    if (e == null) {
      return null;
    }
    return first(blankToNull(e.attr("datetime")), blankToNull(e.attr("content")));
  }

  private static String timeElement(PageSurvey s) {
    Element e = s.firstTime();
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
