package dev.newswatch.alerts;

import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.delivery.DeliveryChannel;
import dev.newswatch.alerts.delivery.DeliveryResult;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.Subscription;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertDispatcherTest {

  private static final Instant NOW = Instant.parse("2025-07-03T09:30:00Z");
  private static final AlertsConfig CONFIG = new AlertsConfig(Duration.ofDays(7), 4, Duration.ofMillis(100),
      Duration.ofMillis(250), Duration.ofSeconds(1), false, List.of());
  private static final Alert ALERT = new Alert(Alert.idFor("releases", "4e14"), "releases", "4e14",
      "Lukashenko pardons 16 prisoners", "https://minskmonitor.example/2025/07/03/pardons", "Minsk Monitor",
      List.of("pardon"), List.of(), "tagged pardon (pardoned)", null, NOW);
  private static final Subscription.Channel HOOK =
      new Subscription.Channel("webhook", "https://hooks.example/T0KEN?x=1", "secret");
  private static final Subscription.Channel CONSOLE = new Subscription.Channel("console", null, null);

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final List<DeliveryFailure> deadLetters = new ArrayList<>();
  private final List<Duration> pauses = new ArrayList<>();

  private AlertDispatcher dispatcher(DeliveryChannel... channels) {
    Map<String, DeliveryChannel> byType = new java.util.HashMap<>();
    for (DeliveryChannel c : channels) {
      byType.put(c.type(), c);
    }
    return new AlertDispatcher(byType, CONFIG, deadLetters::add, new AlertsMetrics(registry), pauses::add,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private static Subscription subscription(Subscription.Channel... channels) {
    return new Subscription("releases", null, List.of("pardon"), List.of(), List.of(channels));
  }

  @Test
  void deliversOnFirstAttemptWithoutPause() throws Exception {
    FakeChannel hook = new FakeChannel("webhook");

    dispatcher(hook).dispatch(ALERT, subscription(HOOK));

    assertThat(hook.delivered).containsExactly(ALERT);
    assertThat(pauses).isEmpty();
    assertThat(deadLetters).isEmpty();
    assertThat(MetricValues.value(registry, "newswatch_alerts_delivered_total", "channel", "webhook")).isEqualTo(1);
    assertThat(MetricValues.histogramCount(registry, "newswatch_alert_delivery_seconds", "channel", "webhook"))
        .isEqualTo(1);
  }

  @Test
  void recoversFromTransientFailuresAfterBackingOff() throws Exception {
    FakeChannel hook = new FakeChannel("webhook", DeliveryResult.retry("HTTP 503"), DeliveryResult.retry("HTTP 503"));

    dispatcher(hook).dispatch(ALERT, subscription(HOOK));

    assertThat(hook.attempts).hasSize(3);
    assertThat(hook.delivered).containsExactly(ALERT);
    assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(deadLetters).isEmpty();
    assertThat(MetricValues.value(registry, "newswatch_alert_delivery_attempts_total",
        "channel", "webhook", "outcome", "retry")).isEqualTo(2);
  }

  @Test
  void deadLettersAfterTheLastAttemptWithCappedDoublingPauses() throws Exception {
    FakeChannel hook = new FakeChannel("webhook", DeliveryResult.retry("a"), DeliveryResult.retry("b"),
        DeliveryResult.retry("c"), DeliveryResult.retry("webhook https://hooks.example/… answered HTTP 503"));

    dispatcher(hook).dispatch(ALERT, subscription(HOOK));

    assertThat(hook.attempts).hasSize(4);
    assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
    assertThat(deadLetters).singleElement().satisfies(f -> {
      assertThat(f.alert()).isEqualTo(ALERT);
      assertThat(f.channel()).isEqualTo("webhook");
      assertThat(f.target()).isEqualTo("https://hooks.example/…");
      assertThat(f.error()).isEqualTo("webhook https://hooks.example/… answered HTTP 503");
      assertThat(f.attempts()).isEqualTo(4);
      assertThat(f.failedAt()).isEqualTo(NOW);
    });
    assertThat(MetricValues.value(registry, "newswatch_alerts_failed_total", "channel", "webhook")).isEqualTo(1);
  }

  @Test
  void permanentFailureIsDeadLetteredAtOnce() throws Exception {
    FakeChannel hook = new FakeChannel("webhook", DeliveryResult.permanentFailure("HTTP 410"));

    dispatcher(hook).dispatch(ALERT, subscription(HOOK));

    assertThat(hook.attempts).hasSize(1);
    assertThat(pauses).isEmpty();
    assertThat(deadLetters).singleElement().satisfies(f -> assertThat(f.attempts()).isEqualTo(1));
  }

  @Test
  void failingChannelDoesNotKeepOtherChannelsFromDelivering() throws Exception {
    FakeChannel hook = new FakeChannel("webhook", DeliveryResult.permanentFailure("HTTP 404"));
    FakeChannel console = new FakeChannel("console");

    dispatcher(hook, console).dispatch(ALERT, subscription(HOOK, CONSOLE));

    assertThat(console.delivered).containsExactly(ALERT);
    assertThat(deadLetters).extracting(DeliveryFailure::channel).containsExactly("webhook");
  }

  @Test
  void channelThatThrowsIsAPermanentFailureWithoutItsMessage() throws Exception {
    DeliveryChannel broken = new DeliveryChannel() {
      @Override
      public DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
        throw new IllegalStateException("bug near " + channel.url());
      }

      @Override
      public String type() {
        return "webhook";
      }
    };

    dispatcher(broken).dispatch(ALERT, subscription(HOOK));

    assertThat(deadLetters).singleElement().satisfies(f ->
        assertThat(f.error()).contains("IllegalStateException").doesNotContain("T0KEN"));
  }

  @Test
  void interruptionStopsWithoutDeadLettering() {
    FakeChannel hook = new FakeChannel("webhook", DeliveryResult.retry("HTTP 503"));
    AlertDispatcher interrupted = new AlertDispatcher(Map.of("webhook", hook), CONFIG, deadLetters::add,
        new AlertsMetrics(registry), pause -> {
          throw new InterruptedException("shutdown");
        }, Clock.systemUTC());

    assertThatThrownBy(() -> interrupted.dispatch(ALERT, subscription(HOOK))).isInstanceOf(InterruptedException.class);
    assertThat(deadLetters).isEmpty();
  }
}
