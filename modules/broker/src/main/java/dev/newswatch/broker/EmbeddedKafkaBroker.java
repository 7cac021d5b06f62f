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
 * A single-node Kafka cluster (combined broker and KRaft controller) inside this JVM, listening on
 * 127.0.0.1 only. Its data lives under the given directory and survives restarts: the storage is
 * formatted once (an already formatted directory is left as it is) and the cluster id is kept beside it.
 *
 * <p>Tuned for one node: replication factor 1 for internal topics, no initial rebalance delay, and
 * transaction state log settings that let exactly-once clients work with a single replica.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
  private static final String CONTROLLER_LISTENER = "CONTROLLER";

  private final Path dataDir;
  private final int brokerPort;
  private final KafkaRaftServer server;

  private EmbeddedKafkaBroker(Path dataDir, int brokerPort, KafkaRaftServer server) {
    this.dataDir = dataDir;
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
      Path logDir = dataDir.resolve("kraft-combined-logs");
      int port = brokerPort == 0 ? freePort() : brokerPort;
      int cport = controllerPort == 0 ? freePort() : controllerPort;
      Properties props = brokerProperties(logDir, port, cport);
      props.putAll(overrides);
      String clusterId = clusterId(dataDir);
      formatOnce(logDir, clusterId);
      KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
      long startedAt = System.nanoTime();
      server.startup();
      LOG.info("embedded Kafka broker started on 127.0.0.1:{} (cluster {}, data {}) in {} ms",
          port, clusterId, dataDir, (System.nanoTime() - startedAt) / 1_000_000);
      return new EmbeddedKafkaBroker(dataDir, port, server);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded Kafka broker in " + dataDir, e);
    }
  }

  /** {@code host:port} for clients' {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return "127.0.0.1:" + brokerPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  @Override
  public void close() {
    LOG.info("stopping embedded Kafka broker on 127.0.0.1:{}", brokerPort);
    server.shutdown();
    server.awaitShutdown();
  }

  private static Properties brokerProperties(Path logDir, int port, int controllerPort) {
    Properties p = new Properties();
    p.put("process.roles", "broker,controller");
    p.put("node.id", "1");
    p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
    p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.put("controller.listener.names", CONTROLLER_LISTENER);
    p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
    p.put("inter.broker.listener.name", "PLAINTEXT");
    p.put("log.dirs", logDir.toString());
    p.put("num.partitions", "4");
    p.put("default.replication.factor", "1");
    p.put("offsets.topic.replication.factor", "1");
    p.put("offsets.topic.num.partitions", "4");
    p.put("transaction.state.log.replication.factor", "1");
    p.put("transaction.state.log.min.isr", "1");
    p.put("transaction.state.log.num.partitions", "4");
    p.put("share.coordinator.state.topic.replication.factor", "1");
    p.put("share.coordinator.state.topic.min.isr", "1");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("auto.create.topics.enable", "false");
    p.put("log.retention.hours", "168");
    p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
    p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
    p.put("num.network.threads", "2");
    p.put("num.io.threads", "4");
    return p;
  }

  private static String clusterId(Path dataDir) throws IOException {
    Path file = dataDir.resolve("cluster.id");
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
    String id = Uuid.randomUuid().toString();
    Files.writeString(file, id, StandardCharsets.UTF_8);
    return id;
  }

  private static void formatOnce(Path logDir, String clusterId) {
    try {
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
          .setNodeId(1)
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
