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
 * @param language     the feed's declared language (BCP 47), or null
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
    String language) {

  /** Upper bound on title length; longer titles are cut, so one bad feed cannot blow up a record. */
  public static final int MAX_TITLE_CHARS = 1_000;
  /** Upper bound on summary length. */
  public static final int MAX_SUMMARY_CHARS = 20_000;

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    Objects.requireNonNull(feedUrl, "feedUrl");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    title = cut(title == null ? "" : title, MAX_TITLE_CHARS);
    summary = summary == null ? null : cut(summary, MAX_SUMMARY_CHARS);
    if (id.isBlank() || canonicalUrl.isBlank()) {
      throw new IllegalArgumentException("article id and canonicalUrl must not be blank");
    }
  }

  /** Title and summary joined, the text the first tagging rules look at. */
  public String text() {
    return summary == null || summary.isBlank() ? title : title + "\n" + summary;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
