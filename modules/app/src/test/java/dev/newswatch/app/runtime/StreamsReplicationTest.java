package dev.newswatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.broker.TopicInitializer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Kafka Streams' internal topics are replicated as the app's own topics: configured, or chosen for the cluster. */
class StreamsReplicationTest {

  @Test
  void configuredReplicationGoesToEveryStreamsApp() {
    NewswatchConfig config = withTopics(new NewswatchConfig.Topics(null, null, (short) 3, (short) 2, null));
    try (NewswatchRuntime runtime = new NewswatchRuntime(config, Set.of(), new PrometheusRegistry())) {
      for (Map<String, Object> streams : apps(runtime, config)) {
        assertThat(streams).containsEntry("replication.factor", 3).containsEntry("topic.min.insync.replicas", 2);
      }
    }
  }

  @Test
  void replicationChosenForTheClusterAtStartGoesToEveryStreamsApp() {
    NewswatchConfig config = withTopics(null);
    try (NewswatchRuntime runtime = new NewswatchRuntime(config, Set.of(), new PrometheusRegistry())) {
      for (Map<String, Object> streams : apps(runtime, config)) {
        assertThat(streams).containsEntry("replication.factor", -1).doesNotContainKey("topic.min.insync.replicas");
      }
      // As start() does after creating the topics on a three-broker cluster.
      runtime.topicSettings(config.kafka().topics().settings().resolve(3));
      for (Map<String, Object> streams : apps(runtime, config)) {
        assertThat(streams).containsEntry("replication.factor", 3).containsEntry("topic.min.insync.replicas", 2);
      }
      runtime.topicSettings(new TopicInitializer.Settings(4, 2, (short) 1, Duration.ofDays(7)).resolve(1));
      for (Map<String, Object> streams : apps(runtime, config)) {
        assertThat(streams).containsEntry("replication.factor", 1).containsEntry("topic.min.insync.replicas", 1);
      }
    }
  }

  private static NewswatchConfig withTopics(NewswatchConfig.Topics topics) {
    return new NewswatchConfig(new NewswatchConfig.Kafka(null, null, topics, null, null, null, null), null, null, null, null,
        null, null);
  }

  private static java.util.List<Map<String, Object>> apps(NewswatchRuntime runtime, NewswatchConfig config) {
    return java.util.List.of(runtime.pipelineStreamsConfig(config.pipeline()),
        runtime.alertsStreamsConfig(config.alerts()));
  }
}
