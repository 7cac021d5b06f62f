package dev.newswatch.ingest.feed;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a feed, normalised: plain text instead of HTML, an absolute link, one date.
 *
 * @param guid        the feed's own id for the item (RSS guid, Atom id), or null when it gives none
 * @param link        absolute http(s) URL of the article
 * @param title       plain-text title, possibly empty
 * @param summary     plain-text summary, or null
 * @param author      the author as the feed names them, or null
 * @param publishedAt when the item was published, else when it was updated, else null
 */
public record FeedItem(String guid, String link, String title, String summary, String author, Instant publishedAt) {

  public FeedItem {
    Objects.requireNonNull(link, "link");
    title = title == null ? "" : title;
  }
}
