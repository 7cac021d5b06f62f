package dev.newswatch.pipeline.dedup;

import dev.newswatch.model.Article;
import java.net.URI;
import java.util.Locale;

/** Record keys the pipeline derives from an article. */
final class ArticleKeys {

  private ArticleKeys() {}

  /**
   * The key of the GUID dedup stage: {@code "guid:" + guid} when the feed gives a globally unique
   * GUID, {@code "url:" + canonicalUrl} when it gives none.
   *
   * <p>A GUID is taken as global when it is itself a URI with a scheme ({@code https://…},
   * {@code urn:…}, {@code tag:…}), which is what feeds are asked to use. Many feeds emit bare CMS ids
   * ({@code "48213"}) instead; two outlets can share those, so a bare GUID is scoped by the host of the
   * article URL: {@code "guid:" + host + "/" + guid}. Section feeds of one outlet still share it.
   */
  static String guidKey(Article article) {
    String guid = article.guid() == null ? "" : article.guid().strip();
    if (guid.isEmpty()) {
      return "url:" + article.canonicalUrl();
    }
    if (isGlobal(guid)) {
      return "guid:" + guid;
    }
    return "guid:" + host(article.canonicalUrl()) + "/" + guid;
  }

  private static boolean isGlobal(String guid) {
    String lower = guid.toLowerCase(Locale.ROOT);
    return lower.contains("://") || lower.startsWith("urn:") || lower.startsWith("tag:");
  }

  private static String host(String canonicalUrl) {
    try {
      String host = URI.create(canonicalUrl).getHost();
      return host == null ? canonicalUrl : host;
    } catch (IllegalArgumentException e) {
      // Canonical URLs always parse; fall back to the whole URL rather than merging unrelated outlets.
      return canonicalUrl;
    }
  }
}
