package dev.newswatch.alerts.subscriptions;

import dev.newswatch.model.secrets.SecretException;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.IntSupplier;

/**
 * The metrics of sealed subscription secrets. Labels are bounded ({@code reason}: unknown_key, tampered,
 * malformed); subscription ids never become labels. Create one instance per registry.
 */
public final class SecretMetrics {

  private final Counter clear;
  private final Counter errors;
  private final Counter resealed;

  /**
   * @param registry   where to register
   * @param unreadable subscriptions whose secrets cannot be opened now; read at each scrape
   * @param pending    subscriptions stored in clear or under a key other than the active one
   */
  public SecretMetrics(PrometheusRegistry registry, IntSupplier unreadable, IntSupplier pending) {
    clear = Counter.builder().name("newswatch_alerts_subscription_secrets_clear_total")
        .help("Subscription records read with a channel secret stored in clear (written by earlier versions); "
            + "sealed when next written").register(registry);
    errors = Counter.builder().name("newswatch_alerts_subscription_secret_errors_total")
        .help("Subscription records whose sealed secrets could not be opened, by reason").labelNames("reason")
        .register(registry);
    for (SecretException.Reason r : SecretException.Reason.values()) {
      errors.initLabelValues(r.label());
    }
    resealed = Counter.builder().name("newswatch_alerts_subscriptions_resealed_total")
        .help("Subscriptions written again to seal their secrets under the active key").register(registry);
    GaugeWithCallback.builder().name("newswatch_alerts_subscriptions_unreadable")
        .help("Subscriptions whose secrets cannot be opened (key not configured, altered); not matched")
        .callback(cb -> cb.call(unreadable.getAsInt())).register(registry);
    GaugeWithCallback.builder().name("newswatch_alerts_subscriptions_reseal_pending")
        .help("Subscriptions stored with secrets in clear or under a key other than the active one")
        .callback(cb -> cb.call(pending.getAsInt())).register(registry);
  }

  void clearSecretRead() {
    clear.inc();
  }

  void error(SecretException.Reason reason) {
    errors.labelValues(reason.label()).inc();
  }

  void resealed() {
    resealed.inc();
  }
}
