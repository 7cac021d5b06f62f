package dev.newswatch.ingest.websub;

import dev.newswatch.ingest.fetch.FetchException;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The WebSub metrics, declared in one place; every label value comes from a fixed set. */
final class WebSubMetrics {

  /** Values of the {@code outcome} label of pushes. */
  static final String ACCEPTED = "accepted";
  static final String BAD_SIGNATURE = "bad_signature";
  static final String UNKNOWN_SUBSCRIPTION = "unknown_subscription";
  static final String TOO_LARGE = "too_large";
  static final String PARSE_ERROR = "parse_error";
  static final String PUBLISH_ERROR = "publish_error";
  static final String QUEUE_FULL = "queue_full";
  static final List<String> PUSH_OUTCOMES = List.of(ACCEPTED, BAD_SIGNATURE, UNKNOWN_SUBSCRIPTION, TOO_LARGE,
      PARSE_ERROR, PUBLISH_ERROR, QUEUE_FULL);

  /** Values of the {@code mode} label of verification requests. */
  static final List<String> MODES = List.of("subscribe", "unsubscribe", "denied", "other");

  /** Values of the {@code reason} label of subscribe errors: fetch failure reasons and verify_timeout. */
  static final String VERIFY_TIMEOUT = "verify_timeout";
  static final List<String> ERROR_REASONS;

  static {
    List<String> reasons = new ArrayList<>(
        Arrays.stream(FetchException.Reason.values()).map(FetchException.Reason::label).toList());
    reasons.add(VERIFY_TIMEOUT);
    ERROR_REASONS = List.copyOf(reasons);
  }

  private final Gauge subscriptions;
  private final Counter pushes;
  private final Counter verifications;
  private final Counter subscribeErrors;
  private final Counter stateWriteErrors;
  private final Gauge stateFileWritable;

  WebSubMetrics(PrometheusRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    subscriptions = Gauge.builder().name("newswatch_ingest_websub_subscriptions")
        .help("WebSub subscriptions by state").labelNames("state").register(registry);
    for (HubSubscription.State state : HubSubscription.State.values()) {
      subscriptions.initLabelValues(state.label());
    }
    pushes = Counter.builder().name("newswatch_ingest_websub_pushes_total")
        .help("WebSub content pushes received, by outcome").labelNames("outcome").register(registry);
    PUSH_OUTCOMES.forEach(pushes::initLabelValues);
    verifications = Counter.builder().name("newswatch_ingest_websub_verifications_total")
        .help("Hub requests to verify intent (and denials), by mode and whether they were confirmed")
        .labelNames("mode", "result").register(registry);
    for (String mode : MODES) {
      verifications.initLabelValues(mode, "confirmed");
      verifications.initLabelValues(mode, "rejected");
    }
    subscribeErrors = Counter.builder().name("newswatch_ingest_websub_subscribe_errors_total")
        .help("Failed (un)subscribe requests to hubs, by reason").labelNames("reason").register(registry);
    ERROR_REASONS.forEach(subscribeErrors::initLabelValues);
    stateWriteErrors = Counter.builder().name("newswatch_ingest_websub_state_write_errors_total")
        .help("Failed writes of the WebSub state file (poller.websub.stateFile), retried at every change")
        .register(registry);
    stateFileWritable = Gauge.builder().name("newswatch_ingest_websub_state_file_writable")
        .help("1 when the last write of the WebSub state file succeeded (or none was needed yet), 0 when it failed")
        .register(registry);
    stateFileWritable.set(1);
  }

  void stateFileWriteError() {
    stateWriteErrors.inc();
  }

  void stateFileWritable(boolean writable) {
    stateFileWritable.set(writable ? 1 : 0);
  }

  void push(String outcome) {
    if (!PUSH_OUTCOMES.contains(outcome)) {
      throw new IllegalArgumentException("unknown push outcome " + outcome);
    }
    pushes.labelValues(outcome).inc();
  }

  void verification(String mode, boolean confirmed) {
    String label = mode != null && MODES.contains(mode) ? mode : "other";
    verifications.labelValues(label, confirmed ? "confirmed" : "rejected").inc();
  }

  void subscribeError(String reason) {
    if (!ERROR_REASONS.contains(reason)) {
      throw new IllegalArgumentException("unknown subscribe error reason " + reason);
    }
    subscribeErrors.labelValues(reason).inc();
  }

  /** Subscriptions per state; every state is set, missing ones to 0. */
  void subscriptions(Map<HubSubscription.State, Integer> counts) {
    for (HubSubscription.State state : HubSubscription.State.values()) {
      subscriptions.labelValues(state.label()).set(counts.getOrDefault(state, 0));
    }
  }
}
