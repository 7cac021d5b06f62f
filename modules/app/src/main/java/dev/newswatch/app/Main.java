package dev.newswatch.app;

import dev.newswatch.app.runtime.NewswatchRuntime.Service;
import dev.newswatch.app.tools.ClusterCommand;
import dev.newswatch.app.tools.ExtractCommand;
import dev.newswatch.app.tools.OpmlCommand;
import dev.newswatch.app.tools.ParseCommand;
import dev.newswatch.app.tools.RedeliverCommand;
import dev.newswatch.app.tools.RetagCommand;
import dev.newswatch.app.tools.TagCommand;
import java.util.EnumSet;
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
      description = "Run only the embedded single-node Kafka broker (with the newswatch topics) so that the "
          + "services can run as separate processes on one machine.")
  static final class Broker implements Callable<Integer> {
    @Mixin
    ServiceOptions options;

    @Override
    public Integer call() {
      return new Launcher(options, false).run(EnumSet.noneOf(Service.class));
    }
  }
}
