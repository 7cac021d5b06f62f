package dev.newswatch.app;

import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.runtime.KafkaAcls;
import dev.newswatch.app.runtime.NewswatchRuntime.Service;
import dev.newswatch.broker.BrokerCluster;
import dev.newswatch.broker.BrokerNodeMain;
import dev.newswatch.broker.NodeLauncher;
import dev.newswatch.broker.NodeSettings;
import dev.newswatch.broker.Quorum;
import dev.newswatch.broker.TopicInitializer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newswatch broker --node-id N --quorum ...} (one node of a multi-node embedded cluster, in this
 * process) and {@code newswatch broker --nodes N} (N node processes on this machine, supervised: a node that
 * ends unexpectedly is started again).
 */
final class BrokerNodes {

  private static final Logger LOG = LoggerFactory.getLogger(BrokerNodes.class);

  /** Where {@code --nodes} keeps the cluster unless {@code --data-dir} says otherwise. */
  static final Path DEFAULT_CLUSTER_DIR = Path.of("data", "kafka-cluster");
  /** Node 1's client port under {@code --nodes}; node i has {@code 9092 + 2(i-1)}, controllers one above. */
  static final int DEFAULT_BASE_PORT = 9092;
  /** A node that fails this often within {@link #RESTART_WINDOW} is given up, and the cluster stopped. */
  static final int MAX_RESTARTS = 5;
  static final Duration RESTART_WINDOW = Duration.ofMinutes(10);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private BrokerNodes() {}

  /** Runs one node until stopped; 2 for wrong options, 1 when it cannot start. */
  static int runNode(int nodeId, String quorum, Integer port, Path dataDir, String clusterId,
      Map<String, String> brokerProperties, boolean exitWithParent, PrintStream out, PrintStream err) {
    NodeSettings node;
    try {
      node = NodeSettings.of(nodeId, Quorum.parse(quorum), port, dataDir, clusterId, brokerProperties);
    } catch (IllegalArgumentException e) {
      err.println("newswatch: " + e.getMessage());
      return 2;
    }
    return BrokerNodeMain.run(node, exitWithParent, out, err);
  }

  /**
   * Starts {@code nodes} node processes, creates the newswatch topics on them (replicated as
   * {@code kafka.topics} says, from the cluster's size by default), prints the bootstrap servers and
   * supervises the nodes until this process is stopped.
   */
  static int runCluster(NewswatchConfig config, int nodes, int basePort, Path baseDir, String clusterId,
      Map<String, String> brokerProperties, PrintStream out, PrintStream err) {
    BrokerCluster.Builder builder;
    try {
      builder = BrokerCluster.builder(baseDir).nodes(nodes).basePort(basePort).launcher(NodeLauncher.currentJvm());
      if (clusterId != null) {
        builder.clusterId(clusterId);
      }
      brokerProperties.forEach(builder::brokerProperty);
    } catch (IllegalArgumentException e) {
      err.println("newswatch: " + e.getMessage());
      return 2;
    }
    BrokerCluster cluster;
    try {
      cluster = builder.start(START_TIMEOUT);
    } catch (IOException | TimeoutException | IllegalArgumentException | IllegalStateException e) {
      err.println("newswatch: the " + nodes + "-node cluster did not start: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      LOG.info("stopping the {}-node Kafka cluster", nodes);
      cluster.close();
      stopped.countDown();
    }, "newswatch-cluster-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      TopicInitializer.Settings used = TopicInitializer.ensureTopics(
          Map.of("bootstrap.servers", cluster.bootstrapServers(), "client.id", "newswatch-cluster-admin"),
          KafkaAcls.topics(EnumSet.allOf(Service.class), KafkaAcls.Names.of(config)), config.kafka().topics().settings(),
          Duration.ofMinutes(1));
      out.println("newswatch: " + nodes + "-node Kafka cluster up (cluster id " + cluster.clusterId() + "; topics with "
          + "replication factor " + used.replicationFactor() + ", min.insync.replicas " + used.minInsyncReplicas()
          + "; data and each node's node.log under " + baseDir + "/node-<id>/)");
      out.println("bootstrap servers: " + cluster.bootstrapServers());
      out.flush();
      return supervise(cluster, stopped);
    } catch (TimeoutException | RuntimeException e) {
      err.println("newswatch: the cluster started but its topics are not ready: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } finally {
      if (stopped.getCount() > 0) {
        cluster.close();
      }
    }
  }

  /** Starts nodes that ended unexpectedly again, until the process is stopped or a node keeps failing. */
  private static int supervise(BrokerCluster cluster, CountDownLatch stopped) throws InterruptedException {
    Map<Integer, Deque<Long>> restarts = new HashMap<>();
    while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
      for (int id : cluster.failedNodes()) {
        long now = System.nanoTime();
        Deque<Long> recent = restarts.computeIfAbsent(id, k -> new ArrayDeque<>());
        while (!recent.isEmpty() && now - recent.peekFirst() > RESTART_WINDOW.toNanos()) {
          recent.removeFirst();
        }
        if (recent.size() >= MAX_RESTARTS) {
          LOG.error("Kafka node {} ended {} times within {}; giving up and stopping the cluster (see {})", id,
              recent.size() + 1, RESTART_WINDOW, cluster.logFile(id));
          return 1;
        }
        recent.addLast(now);
        LOG.warn("Kafka node {} ended unexpectedly; starting it again (its log: {})", id, cluster.logFile(id));
        try {
          cluster.start(id, START_TIMEOUT);
          LOG.info("Kafka node {} is up again", id);
        } catch (IllegalStateException | IOException | TimeoutException e) {
          if (stopped.getCount() == 0) {
            return 0;
          }
          LOG.error("Kafka node {} did not come back: {}", id, e.getMessage());
        }
      }
    }
    return 0;
  }
}
