package dev.newswatch.app;

import java.util.List;

/**
 * Subcommands that another module adds to the {@code newswatch} command line. {@link Main#commandLine()}
 * finds the implementations on the class path with {@link java.util.ServiceLoader} (each module lists its
 * own in {@code META-INF/services/dev.newswatch.app.ExtraCommands}) and adds every command under its picocli
 * name. The benchmarks and the corpus check come this way from the bench module: the launcher runs with it
 * on the class path, the runtime image ships the app without it.
 */
public interface ExtraCommands {

  /** Instances of {@code @Command} classes, in the order the usage help lists them. */
  List<Object> commands();
}
