package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery consumer follows the matching app's group membership (static or dynamic). */
class DeliveryMembershipTest {

  private static final Map<String, Object> KAFKA = Map.of("bootstrap.servers", "127.0.0.1:1");

  @TempDir
  Path dir;

  @Test
  void aStaticMatchingAppMakesTheDeliveryConsumerAStaticMemberOfItsOwnGroup() throws Exception {
    try (AlertsService service = new AlertsService(AlertsConfig.defaults(), List.of(), KAFKA,
        Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "newswatch-alerts", StreamsConfig.STATE_DIR_CONFIG,
            dir.toString(), ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "newswatch-alerts-a2"),
        new PrometheusRegistry())) {
      // Without it a restarted instance waited the whole session timeout (45 s) before delivering again.
      assertThat(service.deliveryConsumerConfig())
          .containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "newswatch-alerts-a2-delivery");
    }
  }

  @Test
  void aDynamicMatchingAppLeavesTheDeliveryConsumerDynamic() throws Exception {
    try (AlertsService service = new AlertsService(AlertsConfig.defaults(), List.of(), KAFKA,
        Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "newswatch-alerts", StreamsConfig.STATE_DIR_CONFIG,
            dir.toString()), new PrometheusRegistry())) {
      assertThat(service.deliveryConsumerConfig()).doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    }
  }
}
