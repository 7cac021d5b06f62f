package dev.newswatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;

class QuorumTest {

  private static final String THREE = "1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097";

  @Test
  void parsesAndWritesControllerQuorumVotersInNodeOrder() {
    Quorum q = Quorum.parse(" 3@127.0.0.1:9097, 1@127.0.0.1:9093,2@127.0.0.1:9095 ");
    assertThat(q.toString()).isEqualTo(THREE);
    assertThat(q.size()).isEqualTo(3);
    assertThat(q.nodeIds()).containsExactly(1, 2, 3);
    assertThat(q.voter(2)).isEqualTo(new Quorum.Voter(2, "127.0.0.1", 9095));
    assertThat(Quorum.loopback(List.of(9093, 9095, 9097))).isEqualTo(Quorum.parse(THREE));
  }

  @Test
  void theDerivedClusterIdDependsOnTheQuorumAloneAndIsAKafkaId() {
    String id = Quorum.parse(THREE).derivedClusterId();
    assertThat(Quorum.parse("2@127.0.0.1:9095,3@127.0.0.1:9097,1@127.0.0.1:9093").derivedClusterId()).isEqualTo(id);
    assertThat(Quorum.parse("1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9099").derivedClusterId()).isNotEqualTo(id);
    assertThat(Uuid.fromString(id).toString()).isEqualTo(id);
    assertThat(id).hasSize(22).doesNotStartWith("-");
  }

  @Test
  void wrongQuorumsSayWhatIsWrong() {
    assertThatThrownBy(() -> Quorum.parse("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Quorum.parse("1@127.0.0.1")).hasMessageContaining("'1@127.0.0.1' is not id@host:port");
    assertThatThrownBy(() -> Quorum.parse("1@127.0.0.1:9093,1@127.0.0.1:9095")).hasMessageContaining("twice");
    assertThatThrownBy(() -> Quorum.parse("1@127.0.0.1:9093,2@127.0.0.1:9093")).hasMessageContaining("share");
    assertThatThrownBy(() -> Quorum.parse("0@127.0.0.1:9093")).hasMessageContaining("between 1 and 9999");
    assertThatThrownBy(() -> Quorum.parse("1@127.0.0.1:70000")).hasMessageContaining("between 1 and 65535");
    assertThatThrownBy(() -> Quorum.parse("1@10.0.0.5:9093")).hasMessageContaining("loopback only");
    assertThatThrownBy(() -> Quorum.parse("1@127.0.0.300:9093")).hasMessageContaining("loopback only");
    assertThatThrownBy(() -> Quorum.parse("1@kafka:9093")).hasMessageContaining("is not id@host:port");
    assertThatThrownBy(() -> Quorum.parse(THREE).voter(4)).hasMessageContaining("node 4 is not in the quorum");
  }
}
