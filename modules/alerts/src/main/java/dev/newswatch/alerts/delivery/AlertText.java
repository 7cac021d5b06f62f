package dev.newswatch.alerts.delivery;

import dev.newswatch.model.Alert;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders alerts for people: plain text, HTML and chat markup. Every piece of feed-supplied text is
 * escaped for the target format and flattened to one line, so an article title can neither inject markup
 * nor forge extra lines; links are only ever http(s).
 */
final class AlertText {

  private static final int MAX_FIELD = 500;

  private AlertText() {}

  /** A subject or heading line: "Update: <title>" for updates. */
  static String headline(Alert alert) {
    return (alert.isUpdate() ? "Update: " : "") + clean(alert.title().isBlank() ? alert.url() : alert.title());
  }

  /** Subject of a digest mail. */
  static String digestHeadline(AlertDigest digest) {
    return "newswatch digest: " + digest.size() + " alert" + (digest.size() == 1 ? "" : "s") + " for "
        + clean(digest.subscriptionId());
  }

  /** The lines after the headline: source, reason, changes, link. */
  static List<String> details(Alert alert) {
    List<String> lines = new ArrayList<>();
    if (alert.source() != null) {
      lines.add("Source: " + clean(alert.source())
          + (alert.sourceCount() != null && alert.sourceCount() > 1 ? " (" + alert.sourceCount() + " outlets)" : ""));
    }
    lines.add(clean(alert.reason()));
    for (String change : alert.changes()) {
      lines.add("New: " + clean(change));
    }
    return lines;
  }

  /** The alert's link when it is http(s), else null (never a javascript: or data: link). */
  static String link(Alert alert) {
    String url = alert.url().strip();
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://")) && url.length() <= 2000 ? url : null;
  }

  /** Plain text of one alert. */
  static String plain(Alert alert) {
    StringBuilder text = new StringBuilder(headline(alert)).append('\n');
    details(alert).forEach(line -> text.append(line).append('\n'));
    String link = link(alert);
    if (link != null) {
      text.append(link).append('\n');
    }
    return text.toString();
  }

  /** Plain text of a digest. */
  static String plain(AlertDigest digest) {
    StringBuilder text = new StringBuilder(digestHeadline(digest)).append("\n\n");
    for (Alert alert : digest.alerts()) {
      text.append(plain(alert)).append('\n');
    }
    if (digest.omitted() > 0) {
      text.append("… and ").append(digest.omitted()).append(" more\n");
    }
    return text.toString();
  }

  /** An HTML fragment of one alert, everything escaped. */
  static String html(Alert alert) {
    StringBuilder html = new StringBuilder("<div class=\"alert\"><h3>");
    String link = link(alert);
    if (link != null) {
      html.append("<a href=\"").append(escapeHtml(link)).append("\">").append(escapeHtml(headline(alert))).append("</a>");
    } else {
      html.append(escapeHtml(headline(alert)));
    }
    html.append("</h3>");
    for (String line : details(alert)) {
      html.append("<p>").append(escapeHtml(line)).append("</p>");
    }
    return html.append("</div>").toString();
  }

  /** A complete HTML document of one alert or a digest. */
  static String htmlDocument(String title, List<Alert> alerts, int omitted) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(escapeHtml(title)).append("</title></head><body>");
    alerts.forEach(a -> html.append(html(a)));
    if (omitted > 0) {
      html.append("<p>… and ").append(omitted).append(" more</p>");
    }
    return html.append("</body></html>").toString();
  }

  /**
   * A chat digest message: {@code header}, then one item per alert (each followed by {@code itemEnd}) as
   * long as the message stays under {@code maxChars}, then "… and N more" for the alerts left out.
   */
  static String chatDigest(String header, AlertDigest digest, java.util.function.Function<Alert, String> item,
      String itemEnd, int maxChars) {
    StringBuilder text = new StringBuilder(header);
    int listed = 0;
    for (Alert alert : digest.alerts()) {
      String line = item.apply(alert);
      if (text.length() + line.length() + 40 > maxChars) {
        break;
      }
      text.append('\n').append(line).append(itemEnd);
      listed++;
    }
    int more = digest.size() - listed;
    if (more > 0) {
      text.append("\n… and ").append(more).append(" more");
    }
    return text.toString();
  }

  /** Escapes {@code & < > " '} for HTML text and attribute values. */
  static String escapeHtml(String text) {
    return escape(text, c -> switch (c) {
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    });
  }

  /**
   * Escapes text for Slack/Mattermost mrkdwn: {@code & < >} as entities (Slack's own rule, which also stops
   * {@code <!channel>} mentions and forged links), and the emphasis characters {@code * _ ~ `} are
   * neutralised with a zero-width space so a title cannot restyle the message.
   */
  static String escapeMrkdwn(String text) {
    return escape(text, c -> switch (c) {
      case '*', '_', '~', '`' -> c + "\u200B";
      default -> null;
    });
  }

  /** {@code & < >} as entities, any other character as {@code more} maps it (null: as it is). */
  private static String escape(String text, java.util.function.Function<Character, String> more) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> {
          String replacement = more.apply(c);
          if (replacement == null) {
            out.append(c);
          } else {
            out.append(replacement);
          }
        }
      }
    }
    return out.toString();
  }

  /** One line, control characters removed, at most {@value #MAX_FIELD} characters. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String line = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    return line.length() <= MAX_FIELD ? line : line.substring(0, MAX_FIELD - 1) + "…";
  }
}
