package dev.newswatch.analysis.cluster;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One article as the clustering code sees it.
 *
 * @param id        article id, unique
 * @param url       article address (its host names the outlet); may be empty
 * @param title     headline; may be empty
 * @param text      body text (or the summary when the page gave none); may be empty
 * @param published event time used for windows
 * @param lang      language code or null
 * @param tags      tags already attached (merged into the story); may be empty
 */
public record ClusterInput(String id, String url, String title, String text, Instant published, String lang,
    List<String> tags) {

  public ClusterInput {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    url = url == null ? "" : url;
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The outlet: the URL's host without a leading "www.", or "unknown". */
  public String outlet() {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return "unknown";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return "unknown";
    }
  }
}
