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
}
