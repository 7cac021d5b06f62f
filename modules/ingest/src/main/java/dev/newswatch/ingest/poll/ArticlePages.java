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

/**
 * Reads the page of each new item through the feed fetcher (same size and time caps, same SSRF guard)
 * and attaches the extracted main text and metadata to the article. A page that cannot be fetched or
 * holds no article never costs the item: the article goes out with its feed summary and a
 * {@link Article#pageError() pageError} that says why, and the outcome is counted. The further pages of a
 * multi-page article ({@code rel=next}, same host, a few at most) come through the same fetcher.
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
  public Article read(Article article) {
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
      return failed(article, FETCH_ERROR, e.reason().label() + ": " + e.getMessage());
    } catch (RuntimeException e) {
      return failed(article, FETCH_ERROR, "unexpected " + e.getClass().getSimpleName());
    }
    if (!isHtml(page.contentType())) {
      return failed(article, NOT_HTML, "content type " + page.contentType());
    }
    long started = System.nanoTime();
    ExtractedArticle extracted = extractor.extract(page.body(), page.contentType(), page.finalUri(),
        this::nextPage, sites);
    metrics.extractSeconds((System.nanoTime() - started) / 1e9);
    if (extracted.error() != null) {
      return failed(article, EXTRACT_ERROR, extracted.error());
    }
    if (!extracted.isArticle()) {
      metrics.articlePage(NOT_ARTICLE);
      // No body, but what the page says about itself still fills gaps the feed left.
      return article.withPage(null, extracted.byline(), extracted.published(), extracted.lang(),
          extracted.leadImage()).withPageError(NOT_ARTICLE + ": " + extracted.notArticleReason());
    }
    metrics.articlePage(EXTRACTED);
    return article.withPage(extracted.text(), extracted.byline(), extracted.published(), extracted.lang(),
        extracted.leadImage());
  }

  /**
   * A further page of a multi-page article, through the same fetcher (size cap, timeouts, SSRF guard);
   * the extractor decides which links are worth following and stops after a few.
   */
  private Optional<PageFetcher.FetchedPage> nextPage(URI uri) {
    try {
      FetchResult next = fetcher.fetch(uri, null, null);
      return isHtml(next.contentType())
          ? Optional.of(new PageFetcher.FetchedPage(next.body(), next.contentType())) : Optional.empty();
    } catch (FetchException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public Article skipped(Article article) {
    metrics.articlePage(SKIPPED);
    return FeedPoller.PageReader.super.skipped(article);
  }

  private Article failed(Article article, String outcome, String detail) {
    metrics.articlePage(outcome);
    return article.withPageError(outcome + ": " + detail);
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
