package dev.newswatch.alerts.delivery;

import dev.newswatch.model.Alert;
import dev.newswatch.model.ArticleIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The alerts of one digest subscription collected for one send time: sent as one message per channel.
 *
 * @param digestId       deterministic in (subscription, slot, alert ids): the idempotency key of the message,
 *                       the same on every resend of the same batch
 * @param subscriptionId the subscription
 * @param slot           the scheduled send time the batch belongs to
 * @param alerts         the alerts listed in full, oldest first (at most {@code digestMaxItems})
 * @param omitted        further alerts of the batch that are only counted
 */
public record AlertDigest(String digestId, String subscriptionId, Instant slot, List<Alert> alerts, int omitted) {

  public AlertDigest {
    Objects.requireNonNull(digestId, "digestId");
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(slot, "slot");
    alerts = List.copyOf(alerts);
    if (alerts.isEmpty()) {
      throw new IllegalArgumentException("a digest needs at least one alert");
    }
    if (omitted < 0) {
      throw new IllegalArgumentException("omitted must be >= 0");
    }
  }

  /** The digest of these alerts for {@code slot}, with its deterministic id. */
  public static AlertDigest of(String subscriptionId, Instant slot, List<Alert> alerts, int omitted) {
    List<String> parts = new ArrayList<>();
    parts.add("digest");
    parts.add(subscriptionId);
    parts.add(slot.toString());
    alerts.forEach(a -> parts.add(a.alertId()));
    parts.add(Integer.toString(omitted));
    return new AlertDigest(ArticleIds.hash(parts.toArray(String[]::new)), subscriptionId, slot, alerts, omitted);
  }

  /** Alerts in the batch, listed or not. */
  public int size() {
    return alerts.size() + omitted;
  }
}
