package dev.newswatch.broker;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local multi-node KRaft cluster of embedded nodes, each its own OS process ({@link BrokerNodeMain}) with
 * its own data directory, for fault tests and soak runs: kill any node with SIGKILL, start it again, ask
 * which node is the active controller.
 *
 * <pre>{@code
 * try (BrokerCluster cluster = BrokerCluster.builder(Path.of("target/soak-kafka"))
 *     .nodes(3)                                 // node ids 1..3, every node broker and controller
 *     .basePort(0)                              // 0: free ports; P: node i clients on P+2(i-1), controller one above
 *     .launcher(NodeLauncher.currentJvm())      // or NodeLauncher.java(javaBin, "newswatch-bench.jar", jvmOptions)
 *     .start(Duration.ofMinutes(2))) {          // returns when every node runs as a broker
 *   String bootstrap = cluster.bootstrapServers();          // "127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3"
 *   int controller = cluster.activeController(Duration.ofSeconds(30));
 *   cluster.kill(controller);                               // SIGKILL; returns once the process is gone
 *   cluster.start(controller, Duration.ofMinutes(1));       // same ports and data; returns when it runs again
 *   cluster.awaitFullyReplicated(Duration.ofMinutes(1));    // every partition's replicas back in sync
 * }                                                         // close(): SIGTERM to every node, SIGKILL after 30 s
 * }</pre>
 *
 * <p>Layout under the base directory: {@code cluster.id} (made once, shared by the nodes) and per node
 * {@code node-<id>/} with its storage and {@code node-<id>/node.log}, the node process's output (appended
 * across restarts). Nodes listen on 127.0.0.1 only. Replication follows {@link Replication}: with three nodes,
 * internal topics and new topics without explicit settings have 3 replicas and {@code min.insync.replicas=2};
 * create your own topics with {@link TopicInitializer} for the same. Every node is started with
 * {@code --exit-with-parent}, so none outlives this JVM even when it is killed.
 *
 * <p>Thread-safe: the supervising thread may start a node while another thread reads the state; {@link #close}
 * stops everything, also while a node is starting.
 */
public final class BrokerCluster implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BrokerCluster.class);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
  private static final int TAIL_LINES = 40;

  private final Path baseDir;
  private final Quorum quorum;
  private final String clusterId;
  private final NodeLauncher launcher;
  private final Map<Integer, NodeProcess> nodes = new LinkedHashMap<>();
  private volatile boolean closed;

  /** A cluster of three nodes under {@code baseDir}, on free ports, started from this JVM's class path. */
  public static Builder builder(Path baseDir) {
    return new Builder(baseDir);
  }

  /** What {@link #start} starts. */
  public static final class Builder {
    private final Path baseDir;
    private int nodes = 3;
    private int basePort;
    private NodeLauncher launcher = NodeLauncher.currentJvm();
    private final Map<String, String> brokerProperties = new LinkedHashMap<>();
    private String clusterId;

    private Builder(Path baseDir) {
      if (baseDir == null) {
        throw new IllegalArgumentException("the cluster needs a base directory");
      }
      this.baseDir = baseDir;
    }

    /** Node count, 1 to {@link Quorum#MAX_VOTERS} (default 3); every node is broker and controller. */
    public Builder nodes(int count) {
      if (count < 1 || count > Quorum.MAX_VOTERS) {
        throw new IllegalArgumentException("nodes must be between 1 and " + Quorum.MAX_VOTERS + ", not " + count);
      }
      this.nodes = count;
      return this;
    }

    /**
     * 0 (default): free ports, chosen at {@link #start}. Otherwise node {@code i} takes client port
     * {@code base + 2(i-1)} and controller port {@code base + 2(i-1) + 1}: 9092 gives 9092/9093, 9094/9095, ...
     */
    public Builder basePort(int port) {
      if (port != 0 && (port < 1024 || port > 65535 - 2 * Quorum.MAX_VOTERS)) {
        throw new IllegalArgumentException("base port " + port + " must be 0 or between 1024 and "
            + (65535 - 2 * Quorum.MAX_VOTERS));
      }
      this.basePort = port;
      return this;
    }

    /** How node processes are started (default {@link NodeLauncher#currentJvm()}). */
    public Builder launcher(NodeLauncher nodeLauncher) {
      this.launcher = java.util.Objects.requireNonNull(nodeLauncher, "launcher");
      return this;
    }

    /** A Kafka broker property for every node ({@code broker.session.timeout.ms}, say). */
    public Builder brokerProperty(String key, String value) {
      brokerProperties.put(key, value);
      return this;
    }

    /** The cluster id (default: {@code cluster.id} in the base directory, made on first start). */
    public Builder clusterId(String id) {
      this.clusterId = id;
      return this;
    }

    /**
     * Starts every node process and returns once each runs as a broker.
     *
     * @throws TimeoutException when a node is not up within {@code timeout}; every node is stopped again
     * @throws IllegalStateException when a node process ends before it is up (its log's last lines attached)
     */
    public BrokerCluster start(Duration timeout) throws IOException, InterruptedException, TimeoutException {
      Files.createDirectories(baseDir);
      String id = clusterId != null ? clusterId : EmbeddedKafkaBroker.clusterId(baseDir);
      List<Integer> clientPorts = new ArrayList<>();
      List<Integer> controllerPorts = new ArrayList<>();
      List<Integer> free = basePort == 0 ? freePorts(2 * nodes) : List.of();
      for (int i = 0; i < nodes; i++) {
        clientPorts.add(basePort == 0 ? free.get(2 * i) : basePort + 2 * i);
        controllerPorts.add(basePort == 0 ? free.get(2 * i + 1) : basePort + 2 * i + 1);
      }
      Quorum quorum = Quorum.loopback(controllerPorts);
      List<NodeSettings> settings = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        int nodeId = i + 1;
        settings.add(new NodeSettings(nodeId, quorum, clientPorts.get(i), baseDir.resolve("node-" + nodeId), id,
            brokerProperties));
      }
      BrokerCluster cluster = new BrokerCluster(baseDir, quorum, id, launcher, settings);
      try {
        cluster.startAll(timeout);
      } catch (IOException | InterruptedException | TimeoutException | RuntimeException e) {
        cluster.close();
        throw e;
      }
      return cluster;
    }
  }

  private BrokerCluster(Path baseDir, Quorum quorum, String clusterId, NodeLauncher launcher,
      List<NodeSettings> settings) {
    this.baseDir = baseDir;
    this.quorum = quorum;
    this.clusterId = clusterId;
    this.launcher = launcher;
    for (NodeSettings s : settings) {
      nodes.put(s.nodeId(), new NodeProcess(s));
    }
  }

  private void startAll(Duration timeout) throws IOException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long startedAt = System.nanoTime();
    for (NodeProcess n : nodes.values()) {
      n.launch();
    }
    for (NodeProcess n : nodes.values()) {
      n.awaitReady(deadline);
    }
    LOG.info("{}-node Kafka cluster {} up in {} ms: {}", nodes.size(), clusterId,
        (System.nanoTime() - startedAt) / 1_000_000, bootstrapServers());
  }

  /** {@code 127.0.0.1:port,...} of every node, for clients' {@code bootstrap.servers}. */
  public String bootstrapServers() {
    return nodes.values().stream().map(n -> n.settings.bootstrapServer()).collect(Collectors.joining(","));
  }

  /** The node ids, 1 to {@link #size()}. */
  public List<Integer> nodeIds() {
    return List.copyOf(nodes.keySet());
  }

  public int size() {
    return nodes.size();
  }

  /** The controller quorum ({@code controller.quorum.voters}). */
  public Quorum quorum() {
    return quorum;
  }

  public String clusterId() {
    return clusterId;
  }

  public Path baseDir() {
    return baseDir;
  }

  /** A node's settings: its ports and data directory. */
  public NodeSettings node(int nodeId) {
    return node0(nodeId).settings;
  }

  /** The file a node's process output goes to. */
  public Path logFile(int nodeId) {
    return node0(nodeId).settings.dataDir().resolve("node.log");
  }

  /** Whether the node's process is alive (it may still be starting). */
  public boolean isRunning(int nodeId) {
    Process p = node0(nodeId).process;
    return p != null && p.isAlive();
  }

  /** The OS process id of the node's current process; -1 when it is not running. */
  public long pid(int nodeId) {
    Process p = node0(nodeId).process;
    return p != null && p.isAlive() ? p.pid() : -1;
  }

  /** Nodes whose process ended without {@link #kill} or {@link #stop} (a crash, an out-of-memory exit). */
  public Set<Integer> failedNodes() {
    Set<Integer> failed = new TreeSet<>();
    nodes.forEach((id, n) -> {
      Process p = n.process;
      if (!n.expectedDown && p != null && !p.isAlive()) {
        failed.add(id);
      }
    });
    return failed;
  }

  /**
   * Kills the node's process with SIGKILL (no controlled shutdown, nothing flushed) and returns once it
   * has ended. Nothing happens when it is not running.
   */
  public void kill(int nodeId) throws InterruptedException {
    NodeProcess n = node0(nodeId);
    synchronized (n) {
      n.expectedDown = true;
      Process p = n.process;
      if (p == null || !p.isAlive()) {
        return;
      }
      LOG.info("killing Kafka node {} (pid {}) with SIGKILL", nodeId, p.pid());
      p.destroyForcibly();
      n.awaitExit(STOP_TIMEOUT);
    }
  }

  /**
   * Stops the node with SIGTERM (controlled shutdown: its partition leaderships move first) and returns once
   * it has ended; SIGKILL when it takes longer than {@code timeout}.
   */
  public void stop(int nodeId, Duration timeout) throws InterruptedException {
    NodeProcess n = node0(nodeId);
    synchronized (n) {
      n.expectedDown = true;
      Process p = n.process;
      if (p == null || !p.isAlive()) {
        return;
      }
      LOG.info("stopping Kafka node {} (pid {})", nodeId, p.pid());
      p.destroy();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Kafka node {} did not stop within {}; killing it", nodeId, timeout);
        p.destroyForcibly();
      }
      n.awaitExit(STOP_TIMEOUT);
    }
  }

  /**
   * Starts a node that is not running (killed, stopped or crashed) with the same ports and data directory,
   * and returns once it runs as a broker again.
   *
   * @throws IllegalStateException when it is running, when the cluster is closed, or when the process ends
   *     before it is up
   */
  public void start(int nodeId, Duration timeout) throws IOException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    NodeProcess n = node0(nodeId);
    synchronized (n) {
      if (n.process != null && n.process.isAlive()) {
        throw new IllegalStateException("Kafka node " + nodeId + " is running (pid " + n.process.pid() + ")");
      }
      n.launch();
    }
    n.awaitReady(deadline);
  }

  /**
   * The node id of the active controller (the quorum leader) as the running nodes report it; waits while
   * there is none or it is a node that is not running (an election after that node was killed).
   */
  public int activeController(Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (true) {
      try (Admin admin = admin()) {
        int leader = admin.describeMetadataQuorum().quorumInfo().get(remainingMs(deadline, "the active controller"),
            TimeUnit.MILLISECONDS).leaderId();
        if (leader >= 0 && nodes.containsKey(leader) && isRunning(leader)) {
          return leader;
        }
        last = "leader " + leader;
      } catch (ExecutionException e) {
        last = e.getCause().toString();
      } catch (TimeoutException e) {
        throw new TimeoutException("no active controller within " + timeout + " (" + last + ")");
      }
      sleep(deadline, "the active controller (" + last + ")");
    }
  }

  /**
   * Waits until every partition of every topic (internal ones included) has a leader and all its replicas
   * in sync: after a restart, the point from which another node may go down without a partition falling
   * below {@code min.insync.replicas}.
   */
  public void awaitFullyReplicated(Duration timeout) throws InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "not described yet";
    while (true) {
      try (Admin admin = admin()) {
        Set<String> topics = admin.listTopics(new ListTopicsOptions().listInternal(true)).names()
            .get(remainingMs(deadline, "topic names"), TimeUnit.MILLISECONDS);
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
            .get(remainingMs(deadline, "topic descriptions"), TimeUnit.MILLISECONDS);
        List<String> lagging = new ArrayList<>();
        for (TopicDescription d : described.values()) {
          for (TopicPartitionInfo p : d.partitions()) {
            if (p.leader() == null || p.leader().isEmpty() || p.isr().size() < p.replicas().size()) {
              lagging.add(d.name() + "-" + p.partition() + " isr " + p.isr().stream().map(Node::id).toList()
                  + " of " + p.replicas().stream().map(Node::id).toList());
            }
          }
        }
        if (lagging.isEmpty()) {
          return;
        }
        last = lagging.size() + " partitions under-replicated, e.g. " + lagging.get(0);
      } catch (ExecutionException e) {
        last = e.getCause().toString();
      } catch (TimeoutException e) {
        throw new TimeoutException("partitions not fully replicated within " + timeout + ": " + last);
      }
      sleep(deadline, "full replication: " + last);
    }
  }

  /** Stops every running node (SIGTERM at once, SIGKILL for any still running after 30 s). */
  @Override
  public void close() {
    closed = true;
    List<NodeProcess> running = new ArrayList<>();
    for (NodeProcess n : nodes.values()) {
      n.expectedDown = true;
      Process p = n.process;
      if (p != null && p.isAlive()) {
        p.destroy();
        running.add(n);
      }
    }
    long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
    for (NodeProcess n : running) {
      try {
        if (!n.process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          LOG.warn("Kafka node {} did not stop within {}; killing it", n.settings.nodeId(), STOP_TIMEOUT);
          n.process.destroyForcibly();
        }
        n.awaitExit(STOP_TIMEOUT);
      } catch (InterruptedException e) {
        n.process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    if (!running.isEmpty()) {
      LOG.info("Kafka cluster {} stopped", clusterId);
    }
  }

  private NodeProcess node0(int nodeId) {
    NodeProcess n = nodes.get(nodeId);
    if (n == null) {
      throw new IllegalArgumentException("no node " + nodeId + " in this cluster (nodes " + nodes.keySet() + ")");
    }
    return n;
  }

  private Admin admin() {
    return Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
        AdminClientConfig.CLIENT_ID_CONFIG, "newswatch-cluster-" + clusterId,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
        AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
  }

  private static long remainingMs(long deadline, String what) throws TimeoutException {
    long ms = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    if (ms <= 0) {
      throw new TimeoutException("timed out waiting for " + what);
    }
    return Math.min(ms, 10_000);
  }

  private static void sleep(long deadline, String what) throws InterruptedException, TimeoutException {
    Thread.sleep(Math.min(200, remainingMs(deadline, what)));
  }

  private static List<Integer> freePorts(int count) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 0, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }

  /** One node: its settings and its current process, whose output a thread copies into the node's log. */
  private final class NodeProcess {
    final NodeSettings settings;
    volatile Process process;
    volatile boolean expectedDown;
    volatile CompletableFuture<Void> ready = CompletableFuture.completedFuture(null);
    volatile Thread pump;

    NodeProcess(NodeSettings settings) {
      this.settings = settings;
    }

    /** Starts the process (the caller holds this node's lock or starts the cluster). */
    void launch() throws IOException {
      if (closed) {
        throw new IllegalStateException("the cluster is closed");
      }
      Files.createDirectories(settings.dataDir());
      List<String> command = launcher.command(BrokerNodeMain.arguments(settings, true));
      CompletableFuture<Void> up = new CompletableFuture<>();
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      expectedDown = false;
      process = p;
      ready = up;
      Path log = settings.dataDir().resolve("node.log");
      String marker = BrokerNodeMain.READY_PREFIX + settings.nodeId() + " ready";
      pump = Thread.ofPlatform().daemon().name("kafka-node-" + settings.nodeId() + "-output").start(
          () -> copyOutput(p, log, marker, up));
      LOG.info("started Kafka node {} (pid {}): clients {}, controller {}:{}, log {}", settings.nodeId(), p.pid(),
          settings.bootstrapServer(), settings.host(), settings.controllerPort(), log);
    }

    void awaitReady(long deadline) throws InterruptedException, TimeoutException {
      try {
        ready.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      } catch (TimeoutException e) {
        throw new TimeoutException("Kafka node " + settings.nodeId() + " not up in time; see "
            + settings.dataDir().resolve("node.log"));
      }
    }

    void awaitExit(Duration timeout) throws InterruptedException {
      Process p = process;
      if (p != null && !p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException("Kafka node " + settings.nodeId() + " (pid " + p.pid() + ") did not end");
      }
      Thread t = pump;
      if (t != null) {
        t.join(timeout.toMillis());
      }
    }

    private void copyOutput(Process p, Path log, String marker, CompletableFuture<Void> up) {
      Deque<String> tail = new ArrayDeque<>();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
          BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
              StandardOpenOption.APPEND)) {
        String line;
        while ((line = in.readLine()) != null) {
          out.write(line);
          out.newLine();
          out.flush();
          if (!up.isDone()) {
            tail.addLast(line);
            if (tail.size() > TAIL_LINES) {
              tail.removeFirst();
            }
            if (line.startsWith(marker)) {
              up.complete(null);
            }
          }
        }
      } catch (IOException e) {
        up.completeExceptionally(new UncheckedIOException("cannot copy the output of Kafka node "
            + settings.nodeId() + " to " + log, e));
      }
      if (!up.isDone()) {
        String exit;
        try {
          exit = p.waitFor(5, TimeUnit.SECONDS) ? "with exit status " + p.exitValue() : "(still running)";
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          exit = "";
        }
        up.completeExceptionally(new IllegalStateException("Kafka node " + settings.nodeId() + " ended " + exit
            + " before it was up; the last lines of " + log + ":\n" + String.join("\n", tail)));
      }
    }
  }
}
