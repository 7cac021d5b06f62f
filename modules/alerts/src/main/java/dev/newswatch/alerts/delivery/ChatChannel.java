package dev.newswatch.alerts.delivery;

import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import java.time.Duration;
import java.util.Objects;

/**
 * A channel posting one chat message per alert or digest over HTTP: the message is built with the service's
 * {@link ChatMarkup}, a digest stops listing before the service's message limit, and the subclass sends.
 */
abstract class ChatChannel implements DeliveryChannel, AutoCloseable {

  /** Posts the messages; closed with the channel. */
  final HttpPoster poster;
  private final String type;
  private final ChatMarkup markup;
  private final int maxText;

  ChatChannel(String type, ChatMarkup markup, int maxText, Duration timeout, AddressGuard guard) {
    this.type = Objects.requireNonNull(type, "type");
    this.markup = Objects.requireNonNull(markup, "markup");
    this.maxText = maxText;
    this.poster = new HttpPoster(timeout, guard);
  }

  /** Sends one finished message on {@code channel}. */
  abstract DeliveryResult send(String message, Subscription.Channel channel);

  @Override
  public final DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
    return send(markup.message(alert), channel);
  }

  @Override
  public final DeliveryResult deliverDigest(AlertDigest digest, Subscription.Channel channel) {
    return send(markup.digest(digest, maxText), channel);
  }

  @Override
  public final String type() {
    return type;
  }

  @Override
  public void close() {
    poster.close();
  }
}
