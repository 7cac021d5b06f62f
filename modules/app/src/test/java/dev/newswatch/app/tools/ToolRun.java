package dev.newswatch.app.tools;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs a tool's command in a test and keeps what it printed; test files come from {@code /tools/}. */
final class ToolRun {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** The exit status of {@code command} run with {@code args}. */
  int run(Object command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** Standard output so far. */
  String out() {
    return out.toString();
  }

  /** Standard error so far. */
  String err() {
    return err.toString();
  }

  /** A file under the test resources' {@code tools} folder. */
  static Path resource(String name) throws Exception {
    return Path.of(ToolRun.class.getResource("/tools/" + name).toURI());
  }
}
