package dev.newswatch.broker;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The process of one node of a multi-node embedded KRaft cluster:
 *
 * <pre>
 * java -cp CLASSPATH dev.newswatch.broker.BrokerNodeMain --node-id 2 \
 *     --quorum 1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097 [--port 9094] [--data-dir data/kafka-node-2] \
 *     [--cluster-id ID] [--broker-property KEY=VALUE]... [--exit-with-parent]
 * </pre>
 *
 * <p>The same options as {@code newswatch broker --node-id}. It formats the node's storage on first start,
 * starts the node, prints {@link #readyLine} on standard output once the node is a running broker, and
 * runs until it is stopped (SIGTERM: controlled shutdown) or, with {@code --exit-with-parent}, until the
 * process that started it ends. Exit status 2 for wrong options, 1 when the node cannot start.
 */
public final class BrokerNodeMain {

  /** The start of the line printed once the node runs; {@link BrokerCluster} waits for it. */
  static final String READY_PREFIX = "newswatch broker node ";

  static final String USAGE = """
      Usage: BrokerNodeMain --node-id N --quorum ID@HOST:PORT[,ID@HOST:PORT...] [--port PORT] [--data-dir DIR]
                            [--cluster-id ID] [--broker-property KEY=VALUE]... [--exit-with-parent]
        --node-id N             this node's id; it must be in the quorum
        --quorum VOTERS         every node's controller endpoint, e.g. 1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097
        --port PORT             client port (default 9090 + 2 x node id: 9092, 9094, 9096)
        --data-dir DIR          this node's storage (default data/kafka-node-N)
        --cluster-id ID         cluster id shared by all nodes (default: derived from the quorum)
        --broker-property K=V   a Kafka broker property added or replaced (repeatable)
        --exit-with-parent      stop when the process that started this one ends
      """;

  /** What the command line asks for. */
  record Options(NodeSettings node, boolean exitWithParent) {}

  private BrokerNodeMain() {}

  public static void main(String[] args) {
    Options options;
    try {
      if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
        System.out.print(USAGE);
        System.exit(0);
      }
      options = parse(List.of(args));
    } catch (IllegalArgumentException e) {
      System.err.println("newswatch broker node: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    System.exit(run(options.node(), options.exitWithParent(), System.out, System.err));
  }

  /**
   * Runs one node until the JVM is asked to stop (or its parent process ends, with {@code exitWithParent}).
   *
   * @return 0 after a stop, 1 when the node could not start
   */
  public static int run(NodeSettings node, boolean exitWithParent, PrintStream out, PrintStream err) {
    if (exitWithParent) {
      ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
        err.println("newswatch broker node " + node.nodeId() + ": the process that started it ended; stopping");
        System.exit(0);
      }));
    }
    EmbeddedKafkaBroker broker;
    try {
      broker = EmbeddedKafkaBroker.startNode(node);
    } catch (RuntimeException e) {
      err.println("newswatch broker node " + node.nodeId() + ": cannot start: " + e.getMessage()
          + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      broker.close();
      stopped.countDown();
    }, "newswatch-broker-node-shutdown"));
    out.println(readyLine(node));
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** {@code newswatch broker node 2 ready: clients 127.0.0.1:9094, controller 127.0.0.1:9095, cluster ..., data ...}. */
  static String readyLine(NodeSettings node) {
    return READY_PREFIX + node.nodeId() + " ready: clients " + node.bootstrapServer() + ", controller " + node.host()
        + ":" + node.controllerPort() + ", cluster " + node.clusterId() + ", data " + node.dataDir();
  }

  /** Reads the options; {@link IllegalArgumentException} says what is wrong. */
  static Options parse(List<String> args) {
    Integer nodeId = null;
    Integer port = null;
    String quorum = null;
    Path dataDir = null;
    String clusterId = null;
    boolean exitWithParent = false;
    Map<String, String> properties = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>(args);
    while (!rest.isEmpty()) {
      String arg = rest.remove(0);
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (name.equals("--exit-with-parent")) {
        if (value != null) {
          throw new IllegalArgumentException("--exit-with-parent takes no value");
        }
        exitWithParent = true;
        continue;
      }
      if (!List.of("--node-id", "--port", "--quorum", "--data-dir", "--cluster-id", "--broker-property").contains(name)) {
        throw new IllegalArgumentException("unknown option " + arg);
      }
      if (value == null) {
        if (rest.isEmpty()) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        value = rest.remove(0);
      }
      switch (name) {
        case "--node-id" -> nodeId = number(name, value);
        case "--port" -> port = number(name, value);
        case "--quorum" -> quorum = value;
        case "--data-dir" -> dataDir = Path.of(value);
        case "--cluster-id" -> clusterId = value;
        default -> {
          int at = value.indexOf('=');
          if (at <= 0) {
            throw new IllegalArgumentException("--broker-property wants KEY=VALUE, not '" + value + "'");
          }
          properties.put(value.substring(0, at).strip(), value.substring(at + 1).strip());
        }
      }
    }
    if (nodeId == null || quorum == null) {
      throw new IllegalArgumentException("--node-id and --quorum are both needed");
    }
    return new Options(NodeSettings.of(nodeId, Quorum.parse(quorum), port, dataDir, clusterId, properties),
        exitWithParent);
  }

  /** The arguments that make {@link #parse} return {@code node} (with the defaults spelled out). */
  static List<String> arguments(NodeSettings node, boolean exitWithParent) {
    List<String> args = new ArrayList<>(List.of("--node-id", String.valueOf(node.nodeId()),
        "--quorum", node.quorum().toString(), "--port", String.valueOf(node.port()),
        "--data-dir", node.dataDir().toString(), "--cluster-id", node.clusterId()));
    node.brokerProperties().forEach((k, v) -> args.addAll(List.of("--broker-property", k + "=" + v)));
    if (exitWithParent) {
      args.add("--exit-with-parent");
    }
    return args;
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " wants a number, not '" + value + "'");
    }
  }
}
