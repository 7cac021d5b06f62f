package dev.newswatch.ingest.extract;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Follows the {@code rel=next} links of a multi-page article and joins the pages' text. Guards: at most
 * {@link #MAX_PAGES} pages; only http(s) addresses on the first page's host and port whose path continues the
 * first page's (same path with another query, or a longer path) with a digit in what differs, so that a blog's
 * "next post" link is not mistaken for page two; no address twice; a page whose text repeats an earlier page
 * ends the walk.
 */
final class Pagination {

  /** Pages joined at most, the first included. */
  static final int MAX_PAGES = 5;

  private Pagination() {
  }

  /** What one page gave: its result and the next page's address, if it names one. */
  record Page(ExtractedArticle article, URI next) {
  }

  /** Interface to the per-page extraction, so this class stays free of parsing. */
  @FunctionalInterface
  interface PageExtraction {
    Page extract(byte[] html, String contentType, URI url);
  }

  static ExtractedArticle follow(Page first, URI firstUrl, PageFetcher fetcher, PageExtraction extraction) {
    ExtractedArticle article = first.article();
    if (!article.isArticle() || first.next() == null || firstUrl == null) {
      return article;
    }
    Set<String> seen = new HashSet<>();
    seen.add(key(firstUrl));
    Set<String> texts = new HashSet<>();
    texts.add(article.text());
    StringBuilder text = new StringBuilder(article.text());
    int pages = 1;
    URI next = first.next();
    while (next != null && pages < MAX_PAGES && continues(firstUrl, next) && seen.add(key(next))) {
      Optional<PageFetcher.FetchedPage> fetched;
      try {
        fetched = fetcher.fetch(next);
      } catch (RuntimeException e) {
        break;
      }
      if (fetched == null || fetched.isEmpty()) {
        break;
      }
      Page page = extraction.extract(fetched.get().body(), fetched.get().contentType(), next);
      String pageText = page.article().text();
      if (page.article().error() != null || pageText.isBlank() || !texts.add(pageText)) {
        break;
      }
      text.append("\n\n").append(pageText);
      pages++;
      next = page.next();
    }
    return pages == 1 ? article : article.withFollowingPages(text.toString(), pages);
  }

  /**
   * Whether {@code next} is a further page of the article at {@code first}: same scheme family, host and port,
   * and a path that is the first page's path with another query or the first page's path (without extension
   * or trailing slash) extended, with a digit in the part that differs.
   */
  static boolean continues(URI first, URI next) {
    if (!isHttp(first) || !isHttp(next) || first.getHost() == null || next.getHost() == null
        || !first.getHost().equalsIgnoreCase(next.getHost()) || port(first) != port(next)) {
      return false;
    }
    String firstPath = first.getPath() == null ? "" : first.getPath();
    String nextPath = next.getPath() == null ? "" : next.getPath();
    if (firstPath.equals(nextPath)) {
      String query = next.getQuery();
      return query != null && !query.equals(first.getQuery()) && hasDigit(query);
    }
    String stem = stem(firstPath);
    return nextPath.startsWith(stem) && hasDigit(nextPath.substring(stem.length()));
  }

  private static String stem(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    int slash = p.lastIndexOf('/');
    int dot = p.lastIndexOf('.');
    return dot > slash ? p.substring(0, dot) : p;
  }

  private static boolean isHttp(URI uri) {
    String scheme = uri.getScheme();
    return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The address without fragment, host in lower case: the identity of a page for loop detection. */
  private static String key(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return uri.getScheme() + "://" + host + ":" + port(uri) + uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }
}
