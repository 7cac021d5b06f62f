package dev.newswatch.broker;

import static dev.newswatch.broker.TopicInitializer.FROM_CLUSTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TopicSettingsTest {

  private static final Duration WEEK = Duration.ofDays(7);

  @Test
  void replicationFromTheClusterIsThreeAtMostWithOneReplicaAllowedToBeDown() {
    TopicInitializer.Settings auto = new TopicInitializer.Settings(4, 2, FROM_CLUSTER, FROM_CLUSTER, WEEK);
    assertThat(replication(auto.resolve(1))).containsExactly(1, 1);
    assertThat(replication(auto.resolve(2))).containsExactly(2, 1);
    assertThat(replication(auto.resolve(3))).containsExactly(3, 2);
    assertThat(replication(auto.resolve(6))).containsExactly(3, 2);
  }

  @Test
  void givenValuesAreKept() {
    assertThat(replication(new TopicInitializer.Settings(4, 2, (short) 3, WEEK).resolve(5))).containsExactly(3, 2);
    assertThat(replication(new TopicInitializer.Settings(4, 2, (short) 1, WEEK).resolve(3))).containsExactly(1, 1);
    assertThat(replication(new TopicInitializer.Settings(4, 2, (short) 5, (short) 3, WEEK).resolve(1)))
        .containsExactly(5, 3);
    assertThat(replication(new TopicInitializer.Settings(4, 2, FROM_CLUSTER, (short) 1, WEEK).resolve(3)))
        .containsExactly(3, 1);
    // A min ISR given without a replication factor never exceeds the one chosen.
    assertThat(replication(new TopicInitializer.Settings(4, 2, FROM_CLUSTER, (short) 2, WEEK).resolve(1)))
        .containsExactly(1, 1);
  }

  @Test
  void aMinIsrAboveTheReplicationFactorIsRefused() {
    assertThatThrownBy(() -> new TopicInitializer.Settings(4, 2, (short) 2, (short) 3, WEEK))
        .hasMessageContaining("no write could succeed");
    assertThatThrownBy(() -> new TopicInitializer.Settings(4, 2, (short) 0, WEEK)).hasMessageContaining("at least 1");
  }

  private static int[] replication(TopicInitializer.Settings s) {
    return new int[] {s.replicationFactor(), s.minInsyncReplicas()};
  }
}
