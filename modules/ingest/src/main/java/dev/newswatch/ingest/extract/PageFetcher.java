package dev.newswatch.ingest.extract;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Fetches the further pages of a multi-page article for {@link ArticleExtractor}, which does no network I/O
 * of its own. The caller decides how: the poller passes its SSRF-guarded, size- and time-limited HTTP client.
 * The extractor asks only for same-host addresses that continue the first page's, at most a few per article.
 */
@FunctionalInterface
public interface PageFetcher {

  /**
   * The page at {@code uri}, or empty when it cannot or may not be fetched. Should not throw; if it does, the
   * extractor stops following pages and keeps what it has.
   */
  Optional<FetchedPage> fetch(URI uri);

  /**
   * One fetched page.
   *
   * @param body the raw response body
   * @param contentType the HTTP {@code Content-Type} header, or null
   */
  record FetchedPage(byte[] body, String contentType) {
    public FetchedPage {
      Objects.requireNonNull(body, "body");
    }
  }
}
