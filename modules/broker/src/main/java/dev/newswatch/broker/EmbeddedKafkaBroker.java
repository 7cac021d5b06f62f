package dev.newswatch.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka node (combined broker and KRaft controller) inside this JVM, listening on loopback only: either
 * a whole single-node cluster ({@link #start(Path, int, int)}) or one node of a multi-node cluster
 * ({@link #startNode(NodeSettings)}, each node normally its own process: {@link BrokerNodeMain},
 * {@link BrokerCluster}). Its data lives under the given directory and survives restarts: the storage is
 * formatted once (an already formatted directory is left as it is) and the cluster id is kept beside it.
 *
 * <p>Replication follows the cluster's size ({@link Replication}): internal topics (consumer offsets,
 * transaction state, share state) and the default for new topics get {@code min(3, nodes)} replicas and
 * {@code min.insync.replicas} one less (at least 1); unclean leader election stays off. A single node so gets replication factor 1 and
 * transaction state log settings that let exactly-once clients work with one replica; three nodes get 3
 * and 2, so one node may be down without losing acknowledged writes or stopping producers.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final String CONTROLLER_LISTENER = "CONTROLLER";

  private final Path dataDir;
  private final int nodeId;
  private final String host;
  private final int brokerPort;
  private final KafkaRaftServer server;

  private EmbeddedKafkaBroker(Path dataDir, int nodeId, String host, int brokerPort, KafkaRaftServer server) {
    this.dataDir = dataDir;
    this.nodeId = nodeId;
    this.host = host;
    this.brokerPort = brokerPort;
    this.server = server;
  }

  /**
   * Formats (first time only) and starts a broker.
   *
   * @param dataDir        directory for logs and metadata; created when missing
   * @param brokerPort     client port on 127.0.0.1, or 0 for a free one
   * @param controllerPort controller port on 127.0.0.1, or 0 for a free one
   */
  public static EmbeddedKafkaBroker start(Path dataDir, int brokerPort, int controllerPort) {
    return start(dataDir, brokerPort, controllerPort, Map.of());
  }

  /**
   * Formats (first time only) and starts a broker with some broker properties replaced or added: more
   * listeners (a SASL_SSL one for clients, say), an authorizer, super users. {@link #bootstrapServers()} stays
   * the PLAINTEXT listener on {@code brokerPort}; {@code controllerPort} must be non-zero when the overrides
   * name the listeners.
   */
  public static EmbeddedKafkaBroker start(Path dataDir, int brokerPort, int controllerPort,
      Map<String, String> overrides) {
    try {
      Files.createDirectories(dataDir);
      int port = brokerPort == 0 ? freePort() : brokerPort;
      int cport = controllerPort == 0 ? freePort() : controllerPort;
      return start(1, Quorum.loopback(List.of(cport)), port, dataDir, clusterId(dataDir), overrides);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded Kafka broker in " + dataDir, e);
    }
  }

  /**
   * Formats (first time only) and starts one node of a multi-node cluster. It returns once the node is a
   * running, unfenced broker, which needs a majority of the quorum's controllers up: start the other nodes
   * at the same time (or earlier).
   *
   * @throws IllegalStateException when the data directory belongs to another cluster id
   */
  public static EmbeddedKafkaBroker startNode(NodeSettings node) {
    try {
      Files.createDirectories(node.dataDir());
      String clusterId = clusterId(node.dataDir(), node.clusterId());
      return start(node.nodeId(), node.quorum(), node.port(), node.dataDir(), clusterId, node.brokerProperties());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Kafka node " + node.nodeId() + " in " + node.dataDir(), e);
    }
  }

  private static EmbeddedKafkaBroker start(int nodeId, Quorum quorum, int port, Path dataDir, String clusterId,
      Map<String, String> overrides) {
    Path logDir = dataDir.resolve("kraft-combined-logs");
    Properties props = brokerProperties(nodeId, quorum, port, logDir);
    props.putAll(overrides);
    formatOnce(nodeId, logDir, clusterId);
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    long startedAt = System.nanoTime();
    server.startup();
    String host = quorum.voter(nodeId).host();
    if (quorum.size() == 1) {
      LOG.info("embedded Kafka broker started on {}:{} (cluster {}, data {}) in {} ms",
          host, port, clusterId, dataDir, (System.nanoTime() - startedAt) / 1_000_000);
    } else {
      LOG.info("Kafka node {} of {} started on {}:{}, controller {}:{} (cluster {}, data {}) in {} ms", nodeId,
          quorum.size(), host, port, host, quorum.voter(nodeId).port(), clusterId, dataDir,
          (System.nanoTime() - startedAt) / 1_000_000);
    }
    return new EmbeddedKafkaBroker(dataDir, nodeId, host, port, server);
  }

  /** {@code host:port} for clients' {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return host + ":" + brokerPort;
  }

  /** This node's id (1 for the single-node broker). */
  public int nodeId() {
    return nodeId;
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    LOG.info("stopping embedded Kafka node {} on {}:{}", nodeId, host, brokerPort);
    server.shutdown();
    server.awaitShutdown();
  }

  private static Properties brokerProperties(int nodeId, Quorum quorum, int port, Path logDir) {
    String host = quorum.voter(nodeId).host();
    int controllerPort = quorum.voter(nodeId).port();
    int replicationFactor = Replication.factorFor(quorum.size());
    String replicas = String.valueOf(replicationFactor);
    String minIsr = String.valueOf(Replication.minInsyncFor(replicationFactor));
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(nodeId));
    p.put("controller.quorum.voters", quorum.toString());
    p.put("listeners", "PLAINTEXT://" + host + ":" + port + "," + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
    p.put("controller.listener.names", CONTROLLER_LISTENER);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("num.partitions", "4");
    p.put("default.replication.factor", replicas);
    p.put("min.insync.replicas", minIsr);
    p.put("unclean.leader.election.enable", "false");
    p.put("offsets.topic.replication.factor", replicas);
    p.put("offsets.topic.num.partitions", "4");
    p.put("transaction.state.log.replication.factor", replicas);
    p.put("transaction.state.log.min.isr", minIsr);
    p.put("transaction.state.log.num.partitions", "4");
    p.put("share.coordinator.state.topic.replication.factor", replicas);
    p.put("share.coordinator.state.topic.min.isr", minIsr);
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    p.put("log.retention.hours", "168");
    p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
    p.put("num.network.threads", "2");
    p.put("num.io.threads", "4");
    if (quorum.size() == 1) {
      // After a kill -9 the restarted node's controller keeps the dead incarnation's registration alive for
      // a whole broker session (9 s by default) before the new one may register: the single node would be
      // unreachable that long. Alone, it has no one to be fenced from, so a short session costs nothing.
      p.put("broker.session.timeout.ms", "2000");
      p.put("broker.heartbeat.interval.ms", "500");
    }
    return p;
  }

  /** The cluster id kept in {@code <dir>/cluster.id}, made and stored on first use. */
  static String clusterId(Path dataDir) throws IOException {
    Path file = dataDir.resolve("cluster.id");
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    String id = Uuid.randomUuid().toString();
    Files.writeString(file, id, StandardCharsets.UTF_8);
    return id;
  }

  private static String clusterId(Path dataDir, String wanted) throws IOException {
    Path file = dataDir.resolve("cluster.id");
    if (Files.exists(file)) {
      String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
      if (!stored.equals(wanted)) {
        throw new IllegalStateException(dataDir + " holds a node of cluster " + stored + ", not of cluster " + wanted
            + " (a different --cluster-id, or a different quorum when none is given): start it with --cluster-id "
            + stored + ", or give the node another data directory");
      }
      return stored;
    }
    Files.writeString(file, wanted, StandardCharsets.UTF_8);
    return wanted;
  }

  private static void formatOnce(int nodeId, Path logDir, String clusterId) {
    try {
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
          .setNodeId(nodeId)
          .setClusterId(clusterId)
          .setDirectories(List.of(logDir.toString()))
          .setMetadataLogDirectory(Optional.of(logDir.toString()))
          .setControllerListenerName(CONTROLLER_LISTENER)
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
          .setIgnoreFormatted(true)
          .run();
    } catch (Exception e) {
      throw new IllegalStateException("cannot format Kafka storage in " + logDir, e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
