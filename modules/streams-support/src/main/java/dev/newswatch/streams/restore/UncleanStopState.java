package dev.newswatch.streams.restore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discards, before Kafka Streams starts, the local state that Streams itself would discard: under exactly-once
 * the stores of a task left open by an unclean stop (kill -9, a crash, a lost container) cannot be trusted.
 * Streams finds that out only after the first assignment: it opens every such store at {@code start()} (to
 * report its lag), then again when the task is assigned, throws {@code TaskCorruptedException}, closes the task
 * dirty, wipes it and asks for a second rebalance before restoring from the changelog: seconds after every kill
 * on a busy machine. A task directory that is already gone is simply restored from the changelog from the start,
 * after the first assignment: the same end state, without the detour.
 *
 * <p>Kafka Streams 4.3 keeps the committed changelog offsets inside the stores (KIP-1035) and writes no
 * {@code .checkpoint} file on a clean close, so nothing in a task directory that can be read without opening its stores tells a clean stop from a kill. The
 * services say it themselves: {@link #markClean} writes {@value #CLEAN_STOP} into the application's state
 * directory after Kafka Streams closed within its timeout, and {@link #discard} deletes the task directories
 * only when that marker is missing, then removes the marker, so a later kill leaves none.
 *
 * <p>Only task directories ({@code <subtopology>_<partition>}) of the application's own state directory are
 * touched, and only while no other process holds it: the state directory's {@code .lock}, which Kafka Streams
 * takes when it starts, is taken for the time it takes, and when another process holds it nothing is deleted.
 * Call it only under exactly-once: at-least-once Streams keeps and replays the state of an unclean stop instead.
 */
public final class UncleanStopState {

  /** The marker of a clean stop, in the application's state directory. */
  static final String CLEAN_STOP = ".newswatch-clean-stop";
  /** Kafka Streams' lock file (in the application's state directory and, in older versions, each task's). */
  static final String LOCK = ".lock";
  private static final Pattern TASK_DIRECTORY = Pattern.compile("\\d+_\\d+");
  private static final Logger LOG = LoggerFactory.getLogger(UncleanStopState.class);

  private UncleanStopState() {}

  /**
   * Deletes the task directories of {@code applicationId} under {@code stateDir} that hold state, unless the
   * last stop was marked clean, and removes the marker.
   *
   * @return the task ids whose state was discarded, sorted; empty when there was none, the directory does not
   *     exist or another process holds it
   * @throws UncheckedIOException when a directory cannot be read or deleted
   */
  public static List<String> discard(Path stateDir, String applicationId) {
    Path appDir = stateDir.resolve(applicationId);
    if (!Files.isDirectory(appDir)) {
      return List.of();
    }
    try (FileChannel channel = FileChannel.open(appDir.resolve(LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE)) {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held in this JVM: a Kafka Streams instance of this application runs here
      }
      if (lock == null) {
        LOG.info("{}: state directory {} is in use; the state of an unclean stop is left to Kafka Streams", applicationId,
            appDir);
        return List.of();
      }
      try {
        if (Files.deleteIfExists(appDir.resolve(CLEAN_STOP))) {
          return List.of();
        }
        List<String> discarded = new ArrayList<>();
        for (Path task : taskDirectories(appDir)) {
          if (holdsState(task)) {
            deleteTree(task);
            discarded.add(task.getFileName().toString());
          }
        }
        if (!discarded.isEmpty()) {
          LOG.info("{}: discarded the local state of tasks {}, left by a stop that was not clean; "
              + "exactly-once Kafka Streams restores it from the changelog topics", applicationId, discarded);
        }
        return discarded;
      } finally {
        lock.release();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the local state in " + appDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Records that Kafka Streams of {@code applicationId} closed cleanly: every task committed and closed its
   * stores. Call it only after {@code KafkaStreams.close} returned {@code true}.
   *
   * @throws UncheckedIOException when the marker cannot be written
   */
  public static void markClean(Path stateDir, String applicationId) {
    Path appDir = stateDir.resolve(applicationId);
    if (!Files.isDirectory(appDir)) {
      return;
    }
    try {
      Files.writeString(appDir.resolve(CLEAN_STOP), java.time.Instant.now() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mark the clean stop in " + appDir + ": " + e.getMessage(), e);
    }
  }

  private static List<Path> taskDirectories(Path appDir) throws IOException {
    try (Stream<Path> children = Files.list(appDir)) {
      return children.filter(Files::isDirectory)
          .filter(p -> TASK_DIRECTORY.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** Anything besides a lock file: what makes Kafka Streams call the directory not empty. */
  private static boolean holdsState(Path task) throws IOException {
    try (Stream<Path> children = Files.list(task)) {
      return children.anyMatch(p -> !p.getFileName().toString().equals(LOCK));
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
