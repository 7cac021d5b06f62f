package dev.newswatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line of the app alone (no bench module on this class path), as the runtime image has it. */
class MainTest {

  @Test
  void hasTheServicesAndUserToolsButNoBenchCommands() {
    CommandLine cli = Main.commandLine();
    assertThat(cli.getSubcommands()).containsKeys("run", "poller", "pipeline", "alerts", "broker", "parse", "opml",
        "extract", "cluster", "tag", "retag", "redeliver");
    assertThat(cli.getSubcommands().keySet()).noneMatch(name -> name.endsWith("-bench") || name.equals("corpus-check"));
  }

  @Test
  void anUnknownCommandSaysWhereTheBenchCommandsAre() {
    StringWriter err = new StringWriter();
    int code = Main.commandLine().setErr(new PrintWriter(err)).execute("story-bench", "--articles", "10");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("Unmatched argument").contains(Main.NO_BENCH_HINT);
  }

  @Test
  void anUnknownOptionOfAKnownCommandGetsNoHint() {
    StringWriter err = new StringWriter();
    int code = Main.commandLine().setErr(new PrintWriter(err)).execute("parse", "--no-such-option");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).doesNotContain(Main.NO_BENCH_HINT);
  }

  @Test
  void theBrokerCommandRefusesOptionsThatDoNotGoTogether() {
    assertThat(brokerProblem()).isNull();
    assertThat(brokerProblem("--nodes", "3")).isNull();
    assertThat(brokerProblem("--nodes", "3", "--base-port", "19092", "--data-dir", "/tmp/c", "--broker-property",
        "broker.session.timeout.ms=6000")).isNull();
    assertThat(brokerProblem("--node-id", "2", "--quorum", "1@127.0.0.1:9093,2@127.0.0.1:9095,3@127.0.0.1:9097",
        "--port", "9094", "--exit-with-parent")).isNull();
    assertThat(brokerProblem("--node-id", "2")).contains("--node-id and --quorum go together");
    assertThat(brokerProblem("--nodes", "3", "--node-id", "1", "--quorum", "1@127.0.0.1:9093"))
        .contains("one or the other");
    assertThat(brokerProblem("--port", "9094")).contains("go with --node-id or --nodes");
    assertThat(brokerProblem("--nodes", "3", "--port", "9094")).contains("--base-port");
    assertThat(brokerProblem("--nodes", "10")).contains("between 1 and 9");
    assertThat(brokerProblem("--nodes", "3", "--bootstrap-servers", "kafka:9092")).contains("another cluster");
    assertThat(brokerProblem("--nodes", "3", "--http-port", "9400")).contains("no HTTP endpoint");
    assertThat(brokerProblem("--node-id", "1", "--quorum", "1@127.0.0.1:9093", "--config", "x.yaml"))
        .contains("--config is for --nodes");
  }

  @Test
  void aClusterNodeWithAWrongQuorumStopsWithUsageStatus() {
    int code = Main.commandLine().execute("broker", "--node-id", "4", "--quorum", "1@127.0.0.1:9093,2@127.0.0.1:9095");
    assertThat(code).isEqualTo(2);
  }

  private static String brokerProblem(String... args) {
    CommandLine cli = Main.commandLine();
    String[] all = new String[args.length + 1];
    all[0] = "broker";
    System.arraycopy(args, 0, all, 1, args.length);
    CommandLine.ParseResult parsed = cli.parseArgs(all);
    Main.Broker broker = (Main.Broker) parsed.subcommand().commandSpec().userObject();
    return broker.problem();
  }
}
