package dev.newswatch.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.Uuid;

/**
 * One node of an embedded multi-node KRaft cluster: a combined broker and controller with its own data
 * directory, listening on its quorum host (a loopback address).
 *
 * @param nodeId           this node's id; it must be a voter of {@code quorum}
 * @param quorum           every node of the cluster with its controller endpoint
 * @param port             the client (broker) port on the node's quorum host
 * @param dataDir          storage of this node alone: {@code cluster.id} and {@code kraft-combined-logs/}
 * @param clusterId        the cluster id every node is formatted with (a Kafka base64 UUID)
 * @param brokerProperties broker properties added or replaced (not the node's identity, listeners or storage)
 */
public record NodeSettings(int nodeId, Quorum quorum, int port, Path dataDir, String clusterId,
    Map<String, String> brokerProperties) {

  /** Properties that make a node what it is; {@link EmbeddedKafkaBroker} sets them from the other fields. */
  static final Set<String> FIXED = Set.of("node.id", "process.roles", "controller.quorum.voters",
      "controller.quorum.bootstrap.servers", "controller.listener.names", "listeners", "advertised.listeners",
      "log.dirs", "log.dir", "metadata.log.dir");

  public NodeSettings {
    if (quorum == null) {
      throw new IllegalArgumentException("a node needs the quorum");
    }
    Quorum.Voter self = quorum.voter(nodeId);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " of node " + nodeId + " must be between 1 and 65535");
    }
    for (Quorum.Voter v : quorum.voters()) {
      if (v.port() == port && v.host().equals(self.host())) {
        throw new IllegalArgumentException("client port " + port + " of node " + nodeId + " is the controller port of "
            + "node " + v.id() + " in the quorum; choose another --port");
      }
    }
    if (dataDir == null) {
      throw new IllegalArgumentException("node " + nodeId + " needs a data directory");
    }
    if (clusterId == null || clusterId.isBlank()) {
      clusterId = quorum.derivedClusterId();
    }
    clusterId = clusterId.strip();
    try {
      Uuid.fromString(clusterId);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cluster id '" + clusterId + "' is not a Kafka cluster id (22 characters of "
          + "base64, as 'kafka-storage random-uuid' prints)", e);
    }
    Map<String, String> props = new TreeMap<>(brokerProperties == null ? Map.of() : brokerProperties);
    for (String key : props.keySet()) {
      if (FIXED.contains(key)) {
        throw new IllegalArgumentException("broker property " + key + " is set from the node's own options "
            + "(node id, quorum, port, data dir) and cannot be given");
      }
    }
    brokerProperties = java.util.Collections.unmodifiableMap(props);
  }

  /**
   * A node with defaults for what is not given (null): port {@link #defaultPort}, data directory
   * {@link #defaultDataDir}, the cluster id {@link Quorum#derivedClusterId derived from the quorum}.
   */
  public static NodeSettings of(int nodeId, Quorum quorum, Integer port, Path dataDir, String clusterId,
      Map<String, String> brokerProperties) {
    return new NodeSettings(nodeId, quorum, port == null ? defaultPort(nodeId) : port,
        dataDir == null ? defaultDataDir(nodeId) : dataDir, clusterId, brokerProperties);
  }

  /**
   * The default client port of node {@code id}: {@code 9090 + 2 × id}, so node 1 has 9092 (as the single-node
   * broker), node 2 9094, node 3 9096; their controllers conventionally take the port above (9093, 9095, 9097).
   */
  public static int defaultPort(int nodeId) {
    return 9090 + 2 * nodeId;
  }

  /** The default data directory of node {@code id}: {@code data/kafka-node-<id>}. */
  public static Path defaultDataDir(int nodeId) {
    return Path.of("data", "kafka-node-" + nodeId);
  }

  /** The host this node listens on (its quorum entry's). */
  public String host() {
    return quorum.voter(nodeId).host();
  }

  /** The controller port (its quorum entry's). */
  public int controllerPort() {
    return quorum.voter(nodeId).port();
  }

  /** {@code host:port} of this node's client listener. */
  public String bootstrapServer() {
    return host() + ":" + port;
  }
}
