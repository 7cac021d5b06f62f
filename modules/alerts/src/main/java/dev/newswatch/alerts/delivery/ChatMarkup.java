package dev.newswatch.alerts.delivery;

import dev.newswatch.model.Alert;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * How one chat service marks a message up, and the alert and digest messages built with it: a bold headline
 * (linked when the alert has an http(s) link), then every detail line on its own line, all feed text escaped
 * with {@code escape}.
 *
 * @param escape  escapes feed text for the service's markup
 * @param bold    wraps already-escaped text in bold
 * @param link    makes a link from a raw http(s) URL and an already-escaped label
 * @param itemEnd what follows each alert in a digest
 */
record ChatMarkup(UnaryOperator<String> escape, UnaryOperator<String> bold, BinaryOperator<String> link,
    String itemEnd) {

  /** The message of one alert. */
  String message(Alert alert) {
    String headline = escape.apply(AlertText.headline(alert));
    String url = AlertText.link(alert);
    StringBuilder text = new StringBuilder(bold.apply(url == null ? headline : link.apply(url, headline)));
    for (String line : AlertText.details(alert)) {
      text.append('\n').append(escape.apply(line));
    }
    return text.toString();
  }

  /** The message of a digest, listing alerts while it stays under {@code maxChars}. */
  String digest(AlertDigest digest, int maxChars) {
    String header = bold.apply(escape.apply(AlertText.digestHeadline(digest))) + "\n";
    return AlertText.chatDigest(header, digest, this::message, itemEnd, maxChars);
  }
}
