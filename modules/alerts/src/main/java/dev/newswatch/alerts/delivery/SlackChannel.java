package dev.newswatch.alerts.delivery;

import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import java.time.Duration;
import java.util.Map;

/**
 * Posts alerts to a Slack- or Mattermost-compatible incoming webhook as {@code {"text": "..."}} in mrkdwn:
 * a bold linked headline, then source, reason and what changed. Feed text is escaped
 * ({@link AlertText#escapeMrkdwn}) so it cannot mention {@code @channel}, forge links or restyle the
 * message. The webhook URL is a secret (it carries the token), so only its host appears in errors.
 * Outcomes as for {@link WebhookChannel}; the URL goes through the {@link AddressGuard}.
 */
public final class SlackChannel extends ChatChannel {

  /** The channel type served. */
  public static final String TYPE = "slack";
  /** Slack truncates longer messages; digests stop listing before this. */
  static final int MAX_TEXT = 3500;
  /** Slack mrkdwn: {@code *bold*}, {@code <url|label>} links. */
  static final ChatMarkup MARKUP = new ChatMarkup(AlertText::escapeMrkdwn, text -> "*" + text + "*",
      // In <url|label> a '|' or '>' in the URL would end it early; percent-encoding keeps the URL's meaning.
      (url, label) -> "<" + url.replace("|", "%7C").replace(">", "%3E").replace("<", "%3C") + "|" + label + ">",
      "");

  public SlackChannel(Duration timeout, AddressGuard guard) {
    super(TYPE, MARKUP, MAX_TEXT, timeout, guard);
  }

  @Override
  DeliveryResult send(String text, Subscription.Channel channel) {
    byte[] body = JsonCodec.toBytes(Map.of("text", text));
    return poster.post(TYPE, channel.target(), channel.url(), body, "application/json", Map.of());
  }
}
