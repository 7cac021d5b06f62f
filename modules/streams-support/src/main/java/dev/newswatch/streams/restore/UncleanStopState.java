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
 * a task directory holding stores but no {@value #CHECKPOINT} file was left by an unclean stop (kill -9, a
 * crash, a lost container), since Streams writes the checkpoint only when it closes a task cleanly. Streams
 * finds that out only after the first assignment: it opens every such store at {@code start()} (to report its
 * lag), then again when the task is assigned, throws {@code TaskCorruptedException}, closes the task dirty,
 * wipes it and asks for a second rebalance before restoring from the changelog: seconds after every kill on a
 * busy machine. A task directory that is already gone is simply restored from the changelog from the start,
 * after the first assignment: the same end state, without the detour.
 *
 * <p>Only task directories ({@code <subtopology>_<partition>}) of the application's own state directory are
 * touched, and only while no other process holds it: the state directory's {@code .lock}, which Kafka Streams
 * takes when it starts, is taken for the time it takes, and when another process holds it nothing is deleted.
 * Call it only under exactly-once: at-least-once Streams keeps and replays uncheckpointed state instead.
 */
public final class UncleanStopState {

  /** Kafka Streams' checkpoint file in a task directory. */
  static final String CHECKPOINT = ".checkpoint";
  /** Kafka Streams' lock file (in the application's state directory and, in older versions, each task's). */
  static final String LOCK = ".lock";
  private static final Pattern TASK_DIRECTORY = Pattern.compile("\\d+_\\d+");
  private static final Logger LOG = LoggerFactory.getLogger(UncleanStopState.class);

  private UncleanStopState() {}

  /**
   * Deletes the task directories of {@code applicationId} under {@code stateDir} that hold state without a
   * checkpoint.
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
        LOG.info("{}: state directory {} is in use; uncheckpointed task state left to Kafka Streams", applicationId,
            appDir);
        return List.of();
      }
      try {
        List<String> discarded = new ArrayList<>();
        for (Path task : taskDirectories(appDir)) {
          if (!Files.exists(task.resolve(CHECKPOINT)) && holdsState(task)) {
            deleteTree(task);
            discarded.add(task.getFileName().toString());
          }
        }
        if (!discarded.isEmpty()) {
          LOG.info("{}: discarded the local state of tasks {}, left without a checkpoint by an unclean stop; "
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
