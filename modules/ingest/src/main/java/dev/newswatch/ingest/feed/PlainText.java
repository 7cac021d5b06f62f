package dev.newswatch.ingest.feed;

import org.jsoup.Jsoup;

/** Turns the HTML that feeds put in titles and descriptions into bounded plain text. */
final class PlainText {

  /** Markup is cut before parsing so a pathological description cannot cost more than this much work. */
  private static final int MARKUP_FACTOR = 10;

  private PlainText() {}

  /**
   * @param html     text that may contain markup and entities, or null
   * @param maxChars longest result
   * @return the visible text with whitespace collapsed, or null when there is none
   */
  static String of(String html, int maxChars) {
    if (html == null || html.isBlank()) {
      return null;
    }
    long markupLimit = (long) maxChars * MARKUP_FACTOR;
    String markup = html.length() > markupLimit ? html.substring(0, (int) markupLimit) : html;
    String text = markup.indexOf('<') < 0 && markup.indexOf('&') < 0
        ? markup.strip().replaceAll("\\s+", " ")
        : Jsoup.parse(markup).text();
    if (text.isEmpty()) {
      return null;
    }
    return text.length() <= maxChars ? text : text.substring(0, maxChars);
  }
}
