package dev.newswatch.alerts.delivery;

import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sends alerts through the Telegram Bot API: {@code POST <base>/bot<token>/sendMessage} with
 * {@code chat_id} = the channel's {@code to}, HTML parse mode and every feed text HTML-escaped. The base is
 * the channel's {@code url} when given, else the configured one ({@code https://api.telegram.org}), so tests
 * and self-hosted Bot API servers work alike. The bot token is in the URL path: it never appears in an
 * error, a log line or a metric, which only name {@code telegram:<chat id>}. Outcomes as for
 * {@link WebhookChannel} (Telegram answers 429 with a retry hint when flooded: retried after backoff).
 */
public final class TelegramChannel extends ChatChannel {

  /** The channel type served. */
  public static final String TYPE = "telegram";
  /** Telegram refuses longer messages. */
  static final int MAX_TEXT = 4000;
  /** Telegram's HTML parse mode: {@code <b>bold</b>}, {@code <a href="url">label</a>} links. */
  static final ChatMarkup MARKUP = new ChatMarkup(AlertText::escapeHtml, text -> "<b>" + text + "</b>",
      (url, label) -> "<a href=\"" + AlertText.escapeHtml(url) + "\">" + label + "</a>", "\n");

  private final URI defaultBase;

  /**
   * @param timeout     connect and response timeout of one request
   * @param guard       the SSRF policy the API URL is checked against
   * @param defaultBase Bot API base used when a channel names none
   */
  public TelegramChannel(Duration timeout, AddressGuard guard, URI defaultBase) {
    super(TYPE, MARKUP, MAX_TEXT, timeout, guard);
    this.defaultBase = Objects.requireNonNull(defaultBase, "defaultBase");
  }

  @Override
  DeliveryResult send(String html, Subscription.Channel channel) {
    String target = "telegram:" + channel.to();
    String base = channel.url() != null ? channel.url() : defaultBase.toString();
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    String token = channel.secret();
    if (token == null || token.isBlank() || !token.matches("[A-Za-z0-9:_-]{1,200}")) {
      return DeliveryResult.permanentFailure(target + ": the bot token is not of the form <id>:<secret>");
    }
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("chat_id", channel.to());
    message.put("text", html);
    message.put("parse_mode", "HTML");
    message.put("disable_web_page_preview", true);
    return poster.post(TYPE, target, base + "/bot" + token + "/sendMessage", JsonCodec.toBytes(message),
        "application/json", Map.of());
  }
}
