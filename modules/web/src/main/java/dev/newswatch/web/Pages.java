package dev.newswatch.web;

import dev.newswatch.alerts.DeliveryJournal;
import dev.newswatch.alerts.stories.StoryBoard;
import dev.newswatch.model.Subscription;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The models the page templates render (public: the compiled templates live in another package). */
public final class Pages {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private Pages() {}

  /**
   * What every page's header needs.
   *
   * @param owner  the signed-in owner
   * @param admin  whether it is the admin (sees the feeds page)
   * @param csrf   the session's CSRF token, for forms and fetch
   * @param active the current section: board, subscriptions or feeds
   */
  public record Nav(String owner, boolean admin, String csrf, String active) {}

  public record SignIn(String csrf, String error) {}

  public record Message(Nav nav, String title, String message) {}

  public record Board(Nav nav, StoryBoard.Page page, StoryBoard.Filter filter, String since, List<String> tags,
      boolean unavailable) {}

  public record Subscriptions(Nav nav, List<Subscription> subscriptions, boolean unavailable) {}

  /** One row of the editor's channel table; secrets are never rendered, only whether one is stored. */
  public record ChannelRow(int index, String type, String url, boolean hasSecret, String to) {}

  public record Editor(Nav nav, Subscription subscription, List<ChannelRow> channels, List<String> types) {
    public boolean isNew() {
      return subscription == null;
    }
  }

  public record History(Nav nav, Subscription subscription, List<DeliveryJournal.Entry> entries) {}

  public record Feeds(Nav nav, List<FeedRow> feeds) {}

  /** {@code instant} as the page shows it, or an empty string. */
  public static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** {@code instant} as an ISO-8601 string for a {@code <time datetime>} attribute, or an empty string. */
  public static String iso(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  /**
   * A feed-supplied link made safe for an {@code href}: http and https URLs as they are, anything else
   * ({@code javascript:}, {@code data:}, relative) replaced by {@code #}. The template engine escapes it
   * for the attribute on top.
   */
  public static String href(String url) {
    if (url == null) {
      return "#";
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && !u.contains("\n") ? u : "#";
  }

  /** Newline-separated list text (for a textarea). */
  public static String lines(List<String> values) {
    return values == null ? "" : String.join("\n", values);
  }
}
