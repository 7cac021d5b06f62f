package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.extract.ArticleExtractor;
import dev.newswatch.ingest.extract.ExtractedArticle;
import dev.newswatch.ingest.extract.PageFetcher;
import dev.newswatch.ingest.extract.SiteMemory;
import dev.newswatch.ingest.fetch.FetchException;
import dev.newswatch.ingest.fetch.FetchResult;
import dev.newswatch.ingest.fetch.HttpFetcher;
import dev.newswatch.model.Article;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads the page of each new item through the feed fetcher (same size and time caps, same SSRF guard)
 * and attaches the extracted main text and metadata to the article. A page that cannot be fetched or
 * holds no article never costs the item: the article goes out with its feed summary and a
 * {@link Article#pageError() pageError} that says why, and the outcome is counted. The further pages of a
 * multi-page article ({@code rel=next}, same host, a few at most) come through the same fetcher.
 *
 * <p>A page whose fetch broke off or met a server that was briefly down (truncated body, connection
 * failure, timeout, HTTP 5xx or 429), the first page or a further one, is reported as worth another
 * try: the text would be missing or partial, and the poller holds the article back for its next poll
 * ({@link FeedPoller#PAGE_TRIES}) rather than publish it without.
 *
 * <p>Thread-safe: the fetcher and the extractor are.
 */
public final class ArticlePages implements FeedPoller.PageReader {

  /** Values of the {@code outcome} label of page reads. */
  static final String EXTRACTED = "extracted";
  static final String NOT_ARTICLE = "not_article";
  static final String NOT_HTML = "not_html";
  static final String FETCH_ERROR = "fetch_error";
  static final String EXTRACT_ERROR = "extract_error";
  static final String SKIPPED = "skipped";

  private final HttpFetcher fetcher;
  private final ArticleExtractor extractor;
  private final IngestMetrics metrics;
  /** Blocks repeated across a site's pages (newsletter boxes, related-story labels) are left out of the text. */
  private final SiteMemory sites;

  /**
   * @param fetcher   the poller's fetcher
   * @param extractor turns a page into text and metadata
   * @param metrics   receives page outcomes and extraction times
   */
  public ArticlePages(HttpFetcher fetcher, ArticleExtractor extractor, IngestMetrics metrics) {
    this(fetcher, extractor, metrics, new SiteMemory());
  }

  /**
   * @param sites what the extractor remembers of each site's pages, bounded ({@link SiteMemory})
   */
  public ArticlePages(HttpFetcher fetcher, ArticleExtractor extractor, IngestMetrics metrics, SiteMemory sites) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.sites = Objects.requireNonNull(sites, "sites");
  }

  @Override
  public FeedPoller.PageRead read(Article article) {
    FetchResult page;
    URI uri;
    try {
      uri = URI.create(article.url());
    } catch (IllegalArgumentException e) {
      return failed(article, FETCH_ERROR, "invalid URL");
    }
    try {
      page = fetcher.fetch(uri, null, null);
    } catch (FetchException e) {
      metrics.pageFetchError(e.reason().label());
      String detail = e.reason().label() + ": " + e.getMessage();
      if (worthRetrying(e)) {
        return new FeedPoller.PageRead(article.withPageError(FETCH_ERROR + ": " + detail), detail);
      }
      return failed(article, FETCH_ERROR, detail);
    } catch (RuntimeException e) {
      return failed(article, FETCH_ERROR, "unexpected " + e.getClass().getSimpleName());
    }
    if (!isHtml(page.contentType())) {
      return failed(article, NOT_HTML, "content type " + page.contentType());
    }
    AtomicReference<FetchException> brokenNext = new AtomicReference<>();
    long started = System.nanoTime();
    ExtractedArticle extracted = extractor.extract(page.body(), page.contentType(), page.finalUri(),
        next -> nextPage(next, brokenNext), sites);
    metrics.extractSeconds((System.nanoTime() - started) / 1e9);
    if (brokenNext.get() != null) {
      // The text would stop where the broken page begins.
      FetchException e = brokenNext.get();
      String detail = "next page: " + e.reason().label() + ": " + e.getMessage();
      return new FeedPoller.PageRead(article.withPageError(FETCH_ERROR + ": " + detail), detail);
    }
    if (extracted.error() != null) {
      return failed(article, EXTRACT_ERROR, extracted.error());
    }
    if (!extracted.isArticle()) {
      metrics.articlePage(NOT_ARTICLE);
      // No body, but what the page says about itself still fills gaps the feed left.
      return FeedPoller.PageRead.done(article.withPage(null, extracted.byline(), extracted.published(),
          extracted.lang(), extracted.leadImage()).withPageError(NOT_ARTICLE + ": " + extracted.notArticleReason()));
    }
    metrics.articlePage(EXTRACTED);
    return FeedPoller.PageRead.done(article.withPage(extracted.text(), extracted.byline(), extracted.published(),
        extracted.lang(), extracted.leadImage()));
  }

  /**
   * A further page of a multi-page article, through the same fetcher (size cap, timeouts, SSRF guard);
   * the extractor decides which links are worth following and stops after a few. A failure worth another
   * try is noted in {@code broken} (the first one), and no further page is fetched after it.
   */
  private Optional<PageFetcher.FetchedPage> nextPage(URI uri, AtomicReference<FetchException> broken) {
    if (broken.get() != null) {
      return Optional.empty();
    }
    try {
      FetchResult next = fetcher.fetch(uri, null, null);
      return isHtml(next.contentType())
          ? Optional.of(new PageFetcher.FetchedPage(next.body(), next.contentType())) : Optional.empty();
    } catch (FetchException e) {
      metrics.pageFetchError(e.reason().label());
      if (worthRetrying(e)) {
        broken.set(e);
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Failures that say nothing about the page itself and often pass within minutes: the body broke off,
   * the connection failed, it timed out, or the server answered 5xx or 429. A 4xx, a refusal by the
   * address guard, a page over the size cap or in an unknown encoding will fail the same way next time,
   * and so will, most likely, a host name that does not resolve while the feed's own fetch just worked.
   */
  static boolean worthRetrying(FetchException e) {
    return switch (e.reason()) {
      case TRUNCATED, IO, TIMEOUT -> true;
      case HTTP_STATUS -> e.status() >= 500 || e.status() == 429;
      default -> false;
    };
  }

  @Override
  public Article skipped(Article article) {
    metrics.articlePage(SKIPPED);
    return FeedPoller.PageReader.super.skipped(article);
  }

  private FeedPoller.PageRead failed(Article article, String outcome, String detail) {
    metrics.articlePage(outcome);
    return FeedPoller.PageRead.done(article.withPageError(outcome + ": " + detail));
  }

  /** HTML, XHTML, or no type at all (many servers omit it; the extractor copes with what it gets). */
  static boolean isHtml(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return type.equals("text/html") || type.equals("application/xhtml+xml") || type.equals("text/plain")
        || type.isEmpty();
  }
}
