package dev.newswatch.ingest.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and metadata of a news article from its HTML.
 *
 * <p>The page is decoded (BOM, HTTP charset, {@code <meta>} charset), its metadata read, its chrome removed,
 * the container with the most prose chosen and its leftover link lists and captions pruned; see
 * {@code DESIGN.md}. Pages that are not articles (index pages, script shells, paywall stubs) still come back
 * with their metadata and {@code isArticle=false}. Instances are immutable and thread-safe.
 */
public final class ArticleExtractor {

  /** 5 MiB: more than any article page needs; larger inputs are cut, not rejected. */
  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
  /**
   * 10 s: a warm JVM extracts a 1.3 MB page in about 0.3 s on a shared core, a cold one in about 3 s; the
   * budget is there for pathological pages, not for the first page after start-up.
   */
  public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);
  private static final int MAX_ELEMENTS = 200_000;
  private static final int MIN_ARTICLE_CHARS = 250;

  private final int maxBytes;
  private final Duration timeBudget;
  private final LanguageGuesser languages;

  /** An extractor with the default size cap and time budget. */
  public ArticleExtractor() {
    this(DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET);
  }

  /**
   * @param maxBytes bytes of HTML read at most; the rest of a larger page is ignored
   * @param timeBudget wall time one extraction may take before it gives up with an error
   */
  public ArticleExtractor(int maxBytes, Duration timeBudget) {
    if (maxBytes <= 0 || timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("maxBytes and timeBudget must be positive");
    }
    this.maxBytes = maxBytes;
    this.timeBudget = timeBudget;
    this.languages = new LanguageGuesser();
  }

  /**
   * Extracts one page. Never throws: failures come back as a result with {@code error} set.
   *
   * @param html the raw response body
   * @param contentType the HTTP {@code Content-Type} header, or null
   * @param url where the page was fetched from, used to resolve relative links; may be null
   */
  public ExtractedArticle extract(byte[] html, String contentType, URI url) {
    return extractPage(html, contentType, url).article();
  }

  /**
   * Extracts an article that may run over several pages: when the page links to its next page
   * ({@code rel=next}) on the same host, that page is asked of {@code fetcher} and its text joined, up to 5
   * pages, never the same address twice. Metadata comes from the first page. Each page has the time budget of
   * one extraction; the fetcher bounds its own time. Never throws; a further page that cannot be fetched or
   * read ends the article where it is.
   *
   * @param html the raw response body of the first page
   * @param contentType its HTTP {@code Content-Type} header, or null
   * @param url where the first page was fetched from; without it no further page is followed
   * @param fetcher fetches further pages; the extractor itself does no network I/O
   */
  public ExtractedArticle extract(byte[] html, String contentType, URI url, PageFetcher fetcher) {
    return extract(html, contentType, url, fetcher, null);
  }

  /**
   * As {@link #extract(byte[], String, URI, PageFetcher)}, and leaves out the text blocks that other pages of
   * the same host also held, by {@code memory}, which learns this page's blocks in turn. Nothing is left out
   * when the repeated blocks are half the text or more: that is the same article again, not furniture.
   *
   * @param memory the caller's memory of sites, shared across pages; null remembers nothing
   */
  public ExtractedArticle extract(byte[] html, String contentType, URI url, PageFetcher fetcher,
      SiteMemory memory) {
    Pagination.Page first = extractPage(html, contentType, url, memory);
    if (fetcher == null) {
      return first.article();
    }
    return Pagination.follow(first, url, fetcher, (h, c, u) -> extractPage(h, c, u, memory));
  }

  private Pagination.Page extractPage(byte[] html, String contentType, URI url) {
    return extractPage(html, contentType, url, null);
  }

  private Pagination.Page extractPage(byte[] html, String contentType, URI url, SiteMemory memory) {
    String location = url == null ? null : url.toString();
    if (html == null || html.length == 0) {
      return new Pagination.Page(ExtractedArticle.failed(location, "empty document"), null);
    }
    try {
      Budget budget = new Budget(timeBudget.toNanos());
      byte[] capped = html.length > maxBytes ? Arrays.copyOf(html, maxBytes) : html;
      String decoded = CharsetSniffer.decode(capped, contentType);
      Document doc = Jsoup.parse(decoded, location == null ? "" : location);
      budget.check();
      PageSurvey survey = PageSurvey.of(doc);
      if (survey.elements() > MAX_ELEMENTS) {
        return new Pagination.Page(ExtractedArticle.failed(location,
            "page too complex: more than " + MAX_ELEMENTS + " elements"), null);
      }
      // Resolved before cleaning, which detaches the <link> elements from the document and so from its address.
      URI next = nextPage(survey);
      SiteFurniture furniture = memory == null || url == null || url.getHost() == null ? null
          : new SiteFurniture(memory, url.getHost(), SiteMemory.fingerprint(location));
      return new Pagination.Page(extract(doc, survey, location, budget, furniture,
          () -> Jsoup.parse(decoded, location == null ? "" : location)), next);
    } catch (Budget.Exceeded e) {
      return new Pagination.Page(ExtractedArticle.failed(location,
          "time budget of " + timeBudget.toMillis() + " ms exceeded"), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Pagination.Page(ExtractedArticle.failed(location, "extraction failed: " + e), null);
    }
  }

  /** The absolute address of the page's {@code rel=next} link, or null. */
  private static URI nextPage(PageSurvey survey) {
    Element link = survey.nextLink();
    if (link == null) {
      return null;
    }
    String href = link.absUrl("href");
    try {
      return href.isEmpty() ? null : new URI(href);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private ExtractedArticle extract(Document doc, PageSurvey survey, String location, Budget budget,
      SiteFurniture furniture, Supplier<Document> reparse) {
    PageMetadata meta = MetadataReader.read(doc, survey);
    boolean paywallMarked = meta.paywalled() || survey.paywallMarked();
    int linksBefore = survey.links();
    int scripts = survey.scripts();
    budget.check();
    String text = mainText(doc, budget, furniture, false);
    if (text.length() < MIN_ARTICLE_CHARS) {
      // Next to nothing: the cleaning may have taken the article with a widget (a class word that names
      // what the element holds, "has-ads") or the page prints its text only in <noscript>. A second look at a
      // fresh parse, cleaned leniently, is taken when it finds more.
      String second = mainText(reparse.get(), budget, furniture, true);
      if (second.length() >= MIN_ARTICLE_CHARS && second.length() > text.length()) {
        text = second;
      }
    }
    text = withoutLeadingTitle(text, meta.title());
    text = preferJsonLdBody(text, meta.articleBody());
    String lang = languages.choose(meta.declaredLang(), text);
    String reason = notArticleReason(text, meta, paywallMarked, linksBefore, scripts);
    return new ExtractedArticle(meta.canonicalUrl() != null ? meta.canonicalUrl() : location, meta.title(),
        meta.byline(), meta.published(), meta.modified(), meta.siteName(), lang, meta.description(),
        meta.leadImage(), text, reason == null, reason, null, 1);
  }

  /**
   * Cleans, locates, prunes and renders; {@code lenient} cleans as
   * {@link PageCleaner#clean(Document, Budget, boolean)}.
   */
  private static String mainText(Document doc, Budget budget, SiteFurniture furniture, boolean lenient) {
    PageCleaner.clean(doc, budget, lenient);
    // Measured once after cleaning: locating reads the figures and pruning, which changes nothing before it
    // reads an element's figures (it visits parents before their children), reads the same ones.
    TextBlocks.Measures measures = TextBlocks.measure(doc.body() == null ? doc : doc.body());
    List<Element> roots = ContentLocator.locate(doc, measures, budget);
    if (roots.isEmpty() && doc.body() != null) {
      roots = List.of(doc.body());
    }
    ContentPruner.prune(roots, measures);
    if (furniture != null) {
      roots = furniture.drop(roots);
    }
    budget.check();
    return ArticleText.render(roots);
  }

  private static String notArticleReason(String text, PageMetadata meta, boolean paywallMarked, int links,
      int scripts) {
    int proseParagraphs = proseParagraphs(text);
    if (paywallMarked && text.length() < 1500) {
      return "paywall stub: only a teaser is readable";
    }
    if (text.length() < MIN_ARTICLE_CHARS) {
      if (scripts > 0 && links < 10) {
        return "no readable text: the page is rendered by scripts";
      }
      return links >= 10 ? "index page: links without article text" : "no article text found";
    }
    if (!meta.articleTyped() && proseParagraphs < 2 && links > 30) {
      return "index page: links without article text";
    }
    return null;
  }

  /** Paragraphs of 150 characters or more. */
  private static int proseParagraphs(String text) {
    int count = 0;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf("\n\n", start);
      end = end < 0 ? text.length() : end;
      count += end - start >= 150 ? 1 : 0;
      start = end + 2;
    }
    return count;
  }

  private static String withoutLeadingTitle(String text, String title) {
    if (title == null || text.isEmpty()) {
      return text;
    }
    int end = text.indexOf("\n\n");
    String first = end < 0 ? text : text.substring(0, end);
    if (first.strip().toLowerCase(Locale.ROOT).equals(title.strip().toLowerCase(Locale.ROOT))) {
      return end < 0 ? "" : text.substring(end + 2);
    }
    return text;
  }

  /** JSON-LD's articleBody wins only when the markup gave much less text, e.g. a body rendered by scripts. */
  private static String preferJsonLdBody(String text, String articleBody) {
    if (articleBody == null || articleBody.length() < 2 * MIN_ARTICLE_CHARS
        || text.length() * 2 >= articleBody.length()) {
      return text;
    }
    if (articleBody.contains("</p>") || articleBody.contains("<br")) {
      return ArticleText.render(List.of(Jsoup.parseBodyFragment(articleBody).body()));
    }
    return String.join("\n\n", Arrays.stream(articleBody.split("\\s*\\n\\s*"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList());
  }
}
