package dev.newswatch.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerNodeMainTest {

  private static final String QUORUM = "1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097";

  @Test
  void defaultsComeFromTheNodeIdAndTheQuorum() {
    BrokerNodeMain.Options o = BrokerNodeMain.parse(List.of("--node-id", "2", "--quorum", QUORUM));
    NodeSettings node = o.node();
    assertThat(node.port()).isEqualTo(9094);
    assertThat(node.controllerPort()).isEqualTo(9095);
    assertThat(node.bootstrapServer()).isEqualTo("127.0.0.1:9094");
    assertThat(node.dataDir()).isEqualTo(Path.of("data", "kafka-node-2"));
    assertThat(node.clusterId()).isEqualTo(Quorum.parse(QUORUM).derivedClusterId());
    assertThat(o.exitWithParent()).isFalse();
    // Every node started with the same quorum agrees on the cluster.
    assertThat(BrokerNodeMain.parse(List.of("--node-id=3", "--quorum=" + QUORUM)).node().clusterId())
        .isEqualTo(node.clusterId());
  }

  @Test
  void theArgumentsOfANodeParseBackToIt() {
    NodeSettings node = new NodeSettings(3, Quorum.parse(QUORUM), 19096, Path.of("/srv/kafka/3"),
        "MkU3OEVBNTcwNTJENDM2Qg", Map.of("broker.session.timeout.ms", "6000"));
    BrokerNodeMain.Options back = BrokerNodeMain.parse(BrokerNodeMain.arguments(node, true));
    assertThat(back.node()).isEqualTo(node);
    assertThat(back.exitWithParent()).isTrue();
    assertThat(BrokerNodeMain.readyLine(node)).startsWith("newswatch broker node 3 ready: clients 127.0.0.1:19096");
  }

  @Test
  void wrongOptionsSayWhatIsWrong() {
    assertThatThrownBy(() -> BrokerNodeMain.parse(List.of("--node-id", "1"))).hasMessageContaining("--quorum");
    assertThatThrownBy(() -> BrokerNodeMain.parse(List.of("--node-id", "one", "--quorum", QUORUM)))
        .hasMessageContaining("--node-id wants a number");
    assertThatThrownBy(() -> BrokerNodeMain.parse(List.of("--node-id", "4", "--quorum", QUORUM)))
        .hasMessageContaining("node 4 is not in the quorum");
    assertThatThrownBy(() -> BrokerNodeMain.parse(List.of("--node-id", "1", "--quorum", QUORUM, "--port", "9095")))
        .hasMessageContaining("controller port of node 2");
    assertThatThrownBy(() -> BrokerNodeMain.parse(List.of("--node-id", "1", "--quorum", QUORUM, "--cluster-id", "x")))
        .hasMessageContaining("not a Kafka cluster id");
    assertThatThrownBy(() -> BrokerNodeMain.parse(List.of("--node-id", "1", "--quorum", QUORUM,
        "--broker-property", "log.dirs=/tmp/x"))).hasMessageContaining("log.dirs is set from the node's own options");
    assertThatThrownBy(() -> BrokerNodeMain.parse(List.of("--node-id", "1", "--quorum", QUORUM,
        "--broker-property", "nonsense"))).hasMessageContaining("KEY=VALUE");
    assertThatThrownBy(() -> BrokerNodeMain.parse(List.of("--node-id", "1", "--quorum", QUORUM, "--nodes", "3")))
        .hasMessageContaining("unknown option --nodes");
    assertThatThrownBy(() -> BrokerNodeMain.parse(List.of("--node-id", "1", "--quorum")))
        .hasMessageContaining("--quorum needs a value");
  }
}
