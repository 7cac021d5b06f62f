package dev.newswatch.ingest.feed;

/**
 * One feed of an OPML subscription list.
 *
 * @param xmlUrl   the feed URL, never blank
 * @param title    the outline's title (else its text), or null
 * @param htmlUrl  the site's page, or null
 * @param category the enclosing outlines' titles joined with {@code " / "}, or null at top level
 */
public record OpmlFeed(String xmlUrl, String title, String htmlUrl, String category) {

  public OpmlFeed {
    if (xmlUrl == null || xmlUrl.isBlank()) {
      throw new IllegalArgumentException("an OPML feed needs an xmlUrl");
    }
    xmlUrl = xmlUrl.strip();
    title = blankToNull(title);
    htmlUrl = blankToNull(htmlUrl);
    category = blankToNull(category);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
