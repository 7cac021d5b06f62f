package dev.newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RedeliverCommandTest {

  @Test
  void anUnreadableSinceIsRefusedBeforeConnecting() {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).setErr(new PrintWriter(err));

    int exit = cli.execute("redeliver", "--bootstrap-servers", "127.0.0.1:1", "--since", "yesterday");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("since must be an ISO instant").contains("'yesterday'");
  }

  @Test
  void isRegisteredWithItsOptions() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main()).setOut(new PrintWriter(out));

    assertThat(cli.execute("redeliver", "--help")).isZero();
    assertThat(out.toString()).contains("--subscription", "--since", "--bootstrap-servers");
  }
}
