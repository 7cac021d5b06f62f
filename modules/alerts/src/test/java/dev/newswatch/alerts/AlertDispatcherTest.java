package dev.newswatch.alerts;

import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.delivery.AlertDigest;
import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.delivery.DeliveryChannel;
import dev.newswatch.alerts.delivery.DeliveryResult;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.Subscription;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertDispatcherTest {

  private static final Instant NOW = Instant.parse("2025-07-03T09:30:00Z");
  private static final Alert ALERT = new Alert(Alert.idFor("releases", "4e14"), "releases", "4e14",
      "Lukashenko pardons 16 prisoners", "https://minskmonitor.example/2025/07/03/pardons", "Minsk Monitor",
      List.of("pardon"), List.of(), "tagged pardon (pardoned)", null, NOW.minusSeconds(90));
  private static final Subscription.Channel HOOK =
      new Subscription.Channel("webhook", "https://hooks.example/T0KEN?x=1", "secret");

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final List<DeliveryFailure> deadLetters = new ArrayList<>();

  private AlertDispatcher dispatcher(DeliveryChannel... channels) {
    Map<String, DeliveryChannel> byType = new HashMap<>();
    for (DeliveryChannel c : channels) {
      byType.put(c.type(), c);
    }
    return new AlertDispatcher(byType, deadLetters::add, new AlertsMetrics(registry), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void countsAttemptsAndLatencyFromAlertCreation() {
    FakeChannel hook = new FakeChannel("webhook", DeliveryResult.retry("HTTP 503"));
    AlertDispatcher dispatcher = dispatcher(hook);

    assertThat(dispatcher.attempt(ALERT, HOOK).outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
    assertThat(dispatcher.attempt(ALERT, HOOK).outcome()).isEqualTo(DeliveryResult.Outcome.DELIVERED);

    assertThat(MetricValues.value(registry, "newswatch_alerts_delivery_attempts_total",
        "channel", "webhook", "outcome", "retry")).isEqualTo(1);
    assertThat(MetricValues.value(registry, "newswatch_alerts_messages_delivered_total", "channel", "webhook")).isEqualTo(1);
    assertThat(MetricValues.histogramCount(registry, "newswatch_alerts_delivery_latency_seconds", "channel", "webhook"))
        .isEqualTo(1);
  }

  @Test
  void aThrowingChannelIsAPermanentFailureWithoutItsMessage() {
    DeliveryChannel broken = new DeliveryChannel() {
      @Override
      public DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
        throw new IllegalStateException("https://hooks.example/T0KEN exploded");
      }

      @Override
      public String type() {
        return "webhook";
      }
    };

    DeliveryResult result = dispatcher(broken).attempt(ALERT, HOOK);

    assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.PERMANENT_FAILURE);
    assertThat(result.error()).doesNotContain("T0KEN").contains("IllegalStateException");
  }

  @Test
  void aChannelTypeWithoutImplementationFailsPermanently() {
    assertThat(dispatcher().attempt(ALERT, HOOK).outcome()).isEqualTo(DeliveryResult.Outcome.PERMANENT_FAILURE);
  }

  @Test
  void digestsUseTheChannelsDigestDelivery() {
    FakeChannel hook = new FakeChannel("webhook");
    AlertDigest digest = AlertDigest.of("releases", NOW, List.of(ALERT), 3);

    assertThat(dispatcher(hook).attempt(digest, HOOK).outcome()).isEqualTo(DeliveryResult.Outcome.DELIVERED);
    assertThat(hook.digests).containsExactly(digest);
  }

  @Test
  void deadLetterNamesTheTargetNotTheUrlAndCounts() throws Exception {
    dispatcher().deadLetter(ALERT, HOOK, "webhook https://hooks.example/… answered HTTP 410", 3);

    assertThat(deadLetters).singleElement().satisfies(f -> {
      assertThat(f.alert()).isEqualTo(ALERT);
      assertThat(f.target()).isEqualTo("https://hooks.example/…");
      assertThat(f.attempts()).isEqualTo(3);
      assertThat(f.failedAt()).isEqualTo(NOW);
    });
    assertThat(MetricValues.value(registry, "newswatch_alerts_failed_total", "channel", "webhook")).isEqualTo(1);
  }
}
