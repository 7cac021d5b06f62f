package dev.newswatch.app;

import dev.newswatch.app.config.ConfigException;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.runtime.NewswatchRuntime.Service;
import dev.newswatch.broker.Quorum;
import dev.newswatch.app.tools.ClusterCommand;
import dev.newswatch.app.tools.ExtractCommand;
import dev.newswatch.app.tools.OpmlCommand;
import dev.newswatch.app.tools.ParseCommand;
import dev.newswatch.app.tools.RedeliverCommand;
import dev.newswatch.app.tools.RetagCommand;
import dev.newswatch.app.tools.TagCommand;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code newswatch} command line: the services and the user tools, plus the commands of every
 * {@link ExtraCommands} on the class path (the bench module's benchmarks and corpus check).
 */
@Command(name = "newswatch", mixinStandardHelpOptions = true, version = "newswatch " + NewswatchVersion.VERSION,
    description = "Streaming news monitoring: feeds to Kafka, duplicates dropped, pardons and sanctions tagged, "
        + "alerts delivered.",
    subcommands = {Main.Run.class, Main.Poller.class, Main.Pipeline.class, Main.Alerts.class, Main.Broker.class,
        ParseCommand.class, OpmlCommand.class, ExtractCommand.class, ClusterCommand.class, TagCommand.class,
        RetagCommand.class, RedeliverCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** Said after an unknown command when no {@link ExtraCommands} is on the class path (the app jar alone). */
  static final String NO_BENCH_HINT = "newswatch: the benchmarks (*-bench) and corpus-check are not in this build: "
      + "they come with modules/bench; from a checkout run ./newswatch <command> "
      + "(or java -jar modules/bench/target/newswatch-bench.jar <command>).";

  /** The command line with the built-in subcommands and those of each {@link ExtraCommands} found. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    boolean extras = false;
    for (ExtraCommands extra : ServiceLoader.load(ExtraCommands.class)) {
      for (Object command : extra.commands()) {
        cli.addSubcommand(command);
      }
      extras = true;
    }
    if (!extras) {
      IParameterExceptionHandler standard = cli.getParameterExceptionHandler();
      cli.setParameterExceptionHandler((ex, args) -> {
        int code = standard.handleParseException(ex, args);
        if (ex instanceof UnmatchedArgumentException && ex.getCommandLine() == cli) {
          cli.getErr().println(NO_BENCH_HINT);
        }
        return code;
      });
    }
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Run everything in one process: the embedded Kafka broker (unless --bootstrap-servers is "
          + "given), the feed poller, the Streams pipeline, the alert service and the ops endpoint.")
  static final class Run implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Option(names = "--demo", description = "Also serve the bundled demo feeds from 127.0.0.1, poll only those "
        + "and print alerts to the console (data under data/demo). Needs no network.")
    boolean demo;

    @Override
    public Integer call() {
      return new Launcher(options, demo).run(EnumSet.allOf(Service.class));
    }
  }

  @Command(name = "poller", mixinStandardHelpOptions = true,
      description = "Run only the feed poller against an existing cluster.")
  static final class Poller implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Override
    public Integer call() {
      return new Launcher(options, false).runAgainstCluster(EnumSet.of(Service.POLLER));
    }
  }

  @Command(name = "pipeline", mixinStandardHelpOptions = true,
      description = "Run only the Kafka Streams pipeline (dedup, tagging) against an existing cluster.")
  static final class Pipeline implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Override
    public Integer call() {
      return new Launcher(options, false).runAgainstCluster(EnumSet.of(Service.PIPELINE));
    }
  }

  @Command(name = "alerts", mixinStandardHelpOptions = true,
      description = "Run only the alert service (matching and delivery) against an existing cluster.")
  static final class Alerts implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Override
    public Integer call() {
      return new Launcher(options, false).runAgainstCluster(EnumSet.of(Service.ALERTS));
    }
  }

  @Command(name = "broker", mixinStandardHelpOptions = true,
      description = {
          "Run only the embedded Kafka broker (with the newswatch topics) so that the services can run as separate "
              + "processes on one machine: a single node (ports and data from kafka.embedded), one node of a "
              + "multi-node KRaft cluster (--node-id with --quorum), or a whole local cluster of node processes "
              + "(--nodes). Every node is broker and controller, on 127.0.0.1 only.",
          "",
          "  newswatch broker --nodes 3        # nodes on 9092/9093, 9094/9095, 9096/9097, data under data/kafka-cluster",
          "  newswatch broker --node-id 1 --quorum 1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097",
          ""})
  static final class Broker implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Option(names = "--node-id", paramLabel = "N", description = "Run node N of a multi-node cluster (needs --quorum).")
    Integer nodeId;

    @Option(names = "--quorum", paramLabel = "ID@HOST:PORT[,...]", description = "Every node's controller endpoint "
        + "(the same on all nodes), e.g. 1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097.")
    String quorum;

    @Option(names = "--port", paramLabel = "PORT",
        description = "With --node-id: this node's client port (default 9090 + 2 x node id: 9092, 9094, 9096).")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "With --node-id: this node's storage (default "
        + "data/kafka-node-N). With --nodes: the cluster's, one node-<id>/ per node (default data/kafka-cluster).")
    Path dataDir;

    @Option(names = "--cluster-id", paramLabel = "ID", description = "The cluster id all nodes share (default: derived "
        + "from --quorum; with --nodes, made once and kept in the data directory).")
    String clusterId;

    @Option(names = "--broker-property", paramLabel = "KEY=VALUE",
        description = "A Kafka broker property for the node(s), added or replaced (repeatable).")
    Map<String, String> brokerProperties = new LinkedHashMap<>();

    @Option(names = "--exit-with-parent", description = "With --node-id: stop when the process that started it ends.")
    boolean exitWithParent;

    @Option(names = "--nodes", paramLabel = "N", description = "Start N node processes on this machine (3 for a "
        + "cluster that survives one node down), create the topics, print the bootstrap servers and keep the nodes "
        + "running: a node that ends unexpectedly is started again.")
    Integer nodes;

    @Option(names = "--base-port", paramLabel = "PORT", description = "With --nodes: node 1's client port (default "
        + "9092); node i listens on PORT + 2(i-1) and its controller one above.")
    Integer basePort;

    @Override
    public Integer call() {
      String problem = problem();
      if (problem != null) {
        System.err.println("newswatch: " + problem);
        return 2;
      }
      if (nodeId != null) {
        return BrokerNodes.runNode(nodeId, quorum, port, dataDir, clusterId, brokerProperties, exitWithParent,
            System.out, System.err);
      }
      Launcher launcher = new Launcher(options, false);
      if (nodes != null) {
        NewswatchConfig config;
        try {
          config = launcher.loadConfig();
        } catch (ConfigException e) {
          System.err.println("newswatch: " + e.getMessage());
          return 2;
        }
        return BrokerNodes.runCluster(config, nodes, basePort == null ? BrokerNodes.DEFAULT_BASE_PORT : basePort,
            dataDir == null ? BrokerNodes.DEFAULT_CLUSTER_DIR : dataDir, clusterId, brokerProperties, System.out,
            System.err);
      }
      return launcher.run(EnumSet.noneOf(Service.class));
    }

    /** What is wrong with the combination of options, or null. */
    String problem() {
      boolean node = nodeId != null || quorum != null;
      boolean cluster = nodes != null;
      if (node && cluster) {
        return "--nodes starts a whole cluster, --node-id/--quorum one node of it: give one or the other";
      }
      if (!node && !cluster) {
        if (port != null || dataDir != null || clusterId != null || !brokerProperties.isEmpty() || exitWithParent
            || basePort != null) {
          return "--port, --data-dir, --cluster-id, --broker-property, --exit-with-parent and --base-port go with "
              + "--node-id or --nodes; the single-node broker takes its ports and data directory from kafka.embedded";
        }
        return null;
      }
      if (options.bootstrapServers != null) {
        return "--bootstrap-servers names another cluster; 'broker' runs the embedded one";
      }
      if (options.httpHost != null || options.httpPort != null) {
        return "the cluster nodes serve no HTTP endpoint; --http-host and --http-port are for the single-node broker";
      }
      if (node) {
        if (nodeId == null || quorum == null) {
          return "--node-id and --quorum go together: the node's id and every node's controller endpoint";
        }
        if (basePort != null) {
          return "--base-port is for --nodes; a single node takes --port";
        }
        if (options.config != null) {
          return "a cluster node creates no topics and reads no configuration file; --config is for --nodes";
        }
        return null;
      }
      if (nodes < 1 || nodes > Quorum.MAX_VOTERS) {
        return "--nodes must be between 1 and " + Quorum.MAX_VOTERS;
      }
      if (port != null) {
        return "with --nodes the ports follow --base-port (node i: PORT + 2(i-1)); --port is for --node-id";
      }
      if (exitWithParent) {
        return "--exit-with-parent is for --node-id";
      }
      return null;
    }
  }
}
