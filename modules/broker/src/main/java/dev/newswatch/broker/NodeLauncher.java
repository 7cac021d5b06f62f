package dev.newswatch.broker;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@link BrokerCluster} starts a node process: the command line that runs {@link BrokerNodeMain} (or
 * anything taking its options, such as {@code newswatch broker}) with the node's arguments appended.
 */
@FunctionalInterface
public interface NodeLauncher {

  /** The full command for a node, given {@link BrokerNodeMain}'s arguments for it. */
  List<String> command(List<String> nodeArguments);

  /**
   * {@code java JVM_OPTIONS -cp CLASSPATH dev.newswatch.broker.BrokerNodeMain ARGS}.
   *
   * @param java       the {@code java} executable
   * @param classPath  a class path with this module and its dependencies (a jar whose manifest lists them will
   *                   do, such as {@code modules/bench/target/newswatch-bench.jar}), and a Logback configuration
   *                   if the node's log should be quieter than Kafka's INFO
   * @param jvmOptions options before {@code -cp}, such as {@code -Xmx512m}
   */
  static NodeLauncher java(Path java, String classPath, List<String> jvmOptions) {
    List<String> prefix = new ArrayList<>();
    prefix.add(java.toString());
    prefix.addAll(jvmOptions);
    prefix.addAll(List.of("-cp", classPath, BrokerNodeMain.class.getName()));
    return prefix(prefix);
  }

  /**
   * This JVM's {@code java} and class path with {@link #defaultJvmOptions()}: the node runs the code this
   * process runs.
   */
  static NodeLauncher currentJvm() {
    return java(Path.of(System.getProperty("java.home"), "bin", "java"), System.getProperty("java.class.path"),
        defaultJvmOptions());
  }

  /** Any command that takes {@link BrokerNodeMain}'s options, e.g. {@code [java, -jar, newswatch.jar, broker]}. */
  static NodeLauncher prefix(List<String> prefix) {
    List<String> fixed = List.copyOf(prefix);
    return args -> {
      List<String> command = new ArrayList<>(fixed);
      command.addAll(args);
      return command;
    };
  }

  /**
   * A 512 MiB heap, exit on running out of memory, and on Java 24 or newer the access to
   * {@code sun.misc.Unsafe} and native code that Kafka needs.
   */
  static List<String> defaultJvmOptions() {
    List<String> options = new ArrayList<>(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
    if (Runtime.version().feature() >= 24) {
      options.addAll(List.of("--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"));
    }
    return options;
  }
}
