package dev.newswatch.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One item as the poller found it in a feed: the record type of {@link Topics#ARTICLES_RAW}.
 *
 * @param id           stable article id, {@link ArticleIds#fromCanonicalUrl(String)} of the canonical URL
 * @param url          the link exactly as the feed gave it (resolved against the feed URL)
 * @param canonicalUrl the link with tracking parameters, fragments and case noise removed ({@link CanonicalUrl})
 * @param guid         the feed's own item identifier (RSS guid / Atom id), or null when the feed gives none
 * @param feedUrl      the feed the item came from
 * @param feedTitle    the feed's title, or null
 * @param title        the item title, plain text
 * @param summary      the item description/summary as plain text (HTML stripped), or null
 * @param author       the item author, or null
 * @param publishedAt  when the outlet says it published the item, or null when the feed gives no usable date
 * @param fetchedAt    when the poller fetched the feed
 * @param language     the feed's declared language (BCP 47), else the article page's declared or detected
 *                     language, or null
 * @param body         the article's main text as extracted from its page, paragraphs separated by a blank
 *                     line; null when the page was not fetched or held no article ({@code pageError} says why)
 * @param pageError    why {@code body} is null, for example {@code fetch_error: HTTP 404} or
 *                     {@code not_article: index page}; null when the body was extracted or no page was tried
 * @param imageUrl     the page's lead image, absolute, or null
 * @param updatedAt    null for an item's first version; when the poller found the item edited (same item
 *                     identity, changed title or summary) the time it saw the edit: such a record is an
 *                     update of the article with the same id, not a new article
 */
public record Article(
    String id,
    String url,
    String canonicalUrl,
    String guid,
    String feedUrl,
    String feedTitle,
    String title,
    String summary,
    String author,
    Instant publishedAt,
    Instant fetchedAt,
    String language,
    String body,
    String pageError,
    String imageUrl,
    Instant updatedAt) {

  /** Upper bound on title length; longer titles are cut, so one bad feed cannot blow up a record. */
  public static final int MAX_TITLE_CHARS = 1_000;
  /** Upper bound on summary length. */
  public static final int MAX_SUMMARY_CHARS = 20_000;
  /** Upper bound on body length: far more than any news article, well under Kafka's 1 MB record limit. */
  public static final int MAX_BODY_CHARS = 100_000;
  /** Upper bound on the page error and image URL. */
  public static final int MAX_NOTE_CHARS = 2_000;

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(feedUrl, "feedUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    title = cut(title == null ? "" : title, MAX_TITLE_CHARS);
    summary = summary == null ? null : cut(summary, MAX_SUMMARY_CHARS);
    body = body == null || body.isBlank() ? null : cut(body, MAX_BODY_CHARS);
    pageError = pageError == null ? null : cut(pageError, MAX_NOTE_CHARS);
    imageUrl = imageUrl == null || imageUrl.length() > MAX_NOTE_CHARS ? null : imageUrl;
    if (id.isBlank() || canonicalUrl.isBlank()) {
      throw new IllegalArgumentException("article id and canonicalUrl must not be blank");
    }
  }

  /** An article as the feed gave it, before its page is read. */
  public Article(String id, String url, String canonicalUrl, String guid, String feedUrl, String feedTitle,
      String title, String summary, String author, Instant publishedAt, Instant fetchedAt, String language) {
    this(id, url, canonicalUrl, guid, feedUrl, feedTitle, title, summary, author, publishedAt, fetchedAt, language,
        null, null, null, null);
  }

  /**
   * The text tagging and matching look at: the title, the summary, and the page's main text when there
   * is one. The summary is kept beside the body because a teaser often names what the body only implies.
   */
  public String text() {
    StringBuilder text = new StringBuilder(title);
    if (summary != null && !summary.isBlank()) {
      text.append('\n').append(summary);
    }
    if (body != null) {
      text.append('\n').append(body);
    }
    return text.toString();
  }

  /** This article with its page's text and metadata; fields the feed already gave win over the page's. */
  public Article withPage(String pageBody, String pageAuthor, Instant pagePublished, String pageLanguage,
      String pageImage) {
    return new Article(id, url, canonicalUrl, guid, feedUrl, feedTitle, title, summary,
        author != null ? author : pageAuthor, publishedAt != null ? publishedAt : pagePublished, fetchedAt,
        language != null ? language : pageLanguage, pageBody, null, pageImage, updatedAt);
  }

  /** This article without a page body, and why. */
  public Article withPageError(String error) {
    return new Article(id, url, canonicalUrl, guid, feedUrl, feedTitle, title, summary, author, publishedAt,
        fetchedAt, language, null, error, imageUrl, updatedAt);
  }

  /** This article marked as an edit of the one with the same id, seen at {@code at}. */
  public Article asUpdate(Instant at) {
    return new Article(id, url, canonicalUrl, guid, feedUrl, feedTitle, title, summary, author, publishedAt,
        fetchedAt, language, body, pageError, imageUrl, Objects.requireNonNull(at, "at"));
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
