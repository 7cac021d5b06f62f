package dev.newswatch.ingest.extract;

import java.time.Instant;

/**
 * What {@link ArticleExtractor} found on one HTML page.
 *
 * @param url the canonical URL if the page declares one, else the URL it was fetched from (may be null)
 * @param title the article headline without the site-name suffix
 * @param byline the author(s) as printed, without a leading "By"
 * @param published when the article was first published, if the page says
 * @param modified when the article was last changed, if the page says
 * @param siteName the publication's name
 * @param lang the language as a BCP 47 tag (declared by the page, else detected), or null
 * @param description the page's own summary
 * @param leadImage absolute URL of the main image
 * @param text the main text, paragraphs separated by one blank line; empty when none was found
 * @param isArticle whether the page holds a readable article (false for index pages, script shells, paywall
 *     stubs and failures)
 * @param notArticleReason why {@code isArticle} is false, null otherwise
 * @param error what went wrong when the page could not be processed at all, null otherwise
 * @param pages how many pages of a multi-page article the text joins; 1 for a single page
 */
public record ExtractedArticle(String url, String title, String byline, Instant published, Instant modified,
    String siteName, String lang, String description, String leadImage, String text, boolean isArticle,
    String notArticleReason, String error, int pages) {

  public ExtractedArticle {
    text = text == null ? "" : text;
    if (pages < 1) {
      throw new IllegalArgumentException("pages must be at least 1");
    }
    if (isArticle && (notArticleReason != null || error != null)) {
      throw new IllegalArgumentException("an article carries no notArticleReason or error");
    }
  }

  static ExtractedArticle failed(String url, String error) {
    return new ExtractedArticle(url, null, null, null, null, null, null, null, null, "", false,
        "page could not be processed", error, 1);
  }

  /** This first page's result with the text of all pages joined. */
  ExtractedArticle withFollowingPages(String joinedText, int pageCount) {
    return new ExtractedArticle(url, title, byline, published, modified, siteName, lang, description, leadImage,
        joinedText, isArticle, notArticleReason, error, pageCount);
  }
}
