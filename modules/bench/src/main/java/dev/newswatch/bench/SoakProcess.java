package dev.newswatch.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One newswatch service of the soak as its own OS process: {@code java -cp <this class path>
 * dev.newswatch.app.Main <command> ...} in its own working directory (so its {@code data/} is its own and
 * survives restarts), output appended to {@code <dir>/process.log}. It can be killed with SIGKILL and
 * started again; readiness is its {@code /readyz}, or for a broker node (which serves no HTTP) the line it
 * prints once it is a running broker.
 */
final class SoakProcess {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

  final String name;
  private final Path dir;
  private final List<String> args;
  private final Map<String, String> env;
  private final String heap;
  final int httpPort;
  private final String readyLine;
  private Process process;
  private long logOffsetAtStart;
  /** Set while the soak itself kills and restarts it, so that the supervisor leaves it alone. */
  volatile boolean underChaos;
  /** Times it ended without being killed by the soak (each a failure of the run), restarted by the supervisor. */
  int unexpectedExits;
  Instant startedAt;
  int starts;
  long firstRssKb = -1;
  /** JVM flags of the next start beside the heap and GC (the start-up cache's). */
  volatile List<String> jvmFlags = List.of();

  SoakProcess(String name, Path dir, List<String> args, Map<String, String> env, String heap, int httpPort) {
    this(name, dir, args, env, heap, httpPort, null);
  }

  /** @param readyLine when not null, ready means this text appeared in its log since the last start */
  SoakProcess(String name, Path dir, List<String> args, Map<String, String> env, String heap, int httpPort,
      String readyLine) {
    this.readyLine = readyLine;
    this.name = name;
    this.dir = dir;
    this.args = List.copyOf(args);
    this.env = Map.copyOf(env);
    this.heap = heap;
    this.httpPort = httpPort;
  }

  synchronized void start() throws IOException {
    Files.createDirectories(dir);
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--sun-misc-unsafe-memory-access") || a.startsWith("--enable-native-access")) {
        command.add(a);
      }
    }
    command.add("-Xmx" + heap);
    command.add("-XX:+UseSerialGC");
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.addAll(jvmFlags);
    command.add("-cp");
    // Absolute: the child runs in its own directory, and a jar given relatively (java -jar x.jar) would not be found.
    command.add(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator)));
    command.add("dev.newswatch.app.Main");
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("process.log").toFile()));
    pb.environment().putAll(env);
    Path log = dir.resolve("process.log");
    logOffsetAtStart = Files.exists(log) ? Files.size(log) : 0;
    process = pb.start();
    startedAt = Instant.now();
    starts++;
    firstRssKb = -1;
  }

  synchronized boolean alive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed, the group is not left. */
  synchronized void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** SIGTERM, then SIGKILL after {@code grace}. */
  synchronized void stop(Duration grace) throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  boolean ready() {
    if (readyLine != null) {
      return alive() && logSinceStartContains(readyLine);
    }
    try {
      HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/readyz"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
      return r.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private boolean logSinceStartContains(String text) {
    long from;
    synchronized (this) {
      from = logOffsetAtStart;
    }
    try (var ch = java.nio.channels.FileChannel.open(dir.resolve("process.log"))) {
      long size = ch.size();
      if (size <= from) {
        return false;
      }
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) Math.min(size - from, 4 << 20));
      ch.read(buf, from);
      return new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  /** Waits until {@code /readyz} answers 200; false when the process died or the time ran out. */
  boolean awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!alive()) {
        return false;
      }
      if (ready()) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  /** Resident set size in KiB from /proc, or -1. */
  synchronized long rssKb() {
    if (process == null || !process.isAlive()) {
      return -1;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /** Lines of its log at ERROR level and stack-trace frames of exceptions logged with them. */
  long[] errorLines() {
    long errors = 0;
    long traces = 0;
    try (var lines = Files.lines(dir.resolve("process.log"))) {
      for (String l : (Iterable<String>) lines::iterator) {
        if (l.contains(" ERROR ")) {
          errors++;
        } else if (l.startsWith("\tat ")) {
          traces++;
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return new long[] {-1, -1};
    }
    return new long[] {errors, traces};
  }

  Path dir() {
    return dir;
  }

  /** The newswatch command it runs ({@code broker}, {@code poller}...). */
  String command() {
    return args.getFirst();
  }
}
