package dev.newswatch.streams.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncleanStopStateTest {

  @TempDir
  Path stateDir;

  private Path app() throws Exception {
    Path app = Files.createDirectories(stateDir.resolve("newswatch-pipeline"));
    Files.writeString(app.resolve("kafka-streams-process-metadata"), "{\"processId\":\"x\"}");
    return app;
  }

  private static Path store(Path app, String task) throws Exception {
    Path dir = Files.createDirectories(app.resolve(task).resolve("rocksdb").resolve("cluster-stories"));
    Files.writeString(dir.resolve("000001.sst"), "data");
    return app.resolve(task);
  }

  @Test
  void discardsTaskStateWhenTheLastStopWasNotMarkedClean() throws Exception {
    Path app = app();
    Path crashed = store(app, "0_1");
    Path other = store(app, "1_0");
    Path empty = Files.createDirectories(app.resolve("2_0"));
    Files.createFile(empty.resolve(UncleanStopState.LOCK));
    Path global = Files.createDirectories(app.resolve("global"));
    Files.writeString(global.resolve("data"), "kept");

    assertEquals(List.of("0_1", "1_0"), UncleanStopState.discard(stateDir, "newswatch-pipeline"));
    assertFalse(Files.exists(crashed));
    assertFalse(Files.exists(other));
    assertTrue(Files.exists(empty), "a directory holding only a lock file is already empty to Streams");
    assertTrue(Files.exists(global.resolve("data")), "not a task directory");
    // The process id keeps the transactional ids stable across restarts.
    assertTrue(Files.exists(app.resolve("kafka-streams-process-metadata")));
  }

  @Test
  void keepsEveryStoreAfterACleanStopAndForgetsTheMarkerForTheNextStop() throws Exception {
    Path app = app();
    Path task = store(app, "0_1");
    UncleanStopState.markClean(stateDir, "newswatch-pipeline");
    assertTrue(Files.exists(app.resolve(UncleanStopState.CLEAN_STOP)));

    assertEquals(List.of(), UncleanStopState.discard(stateDir, "newswatch-pipeline"));
    assertTrue(Files.exists(task.resolve("rocksdb/cluster-stories/000001.sst")));
    assertFalse(Files.exists(app.resolve(UncleanStopState.CLEAN_STOP)), "a kill after this start leaves no marker");
    // Killed after that start: no marker, so the state goes.
    assertEquals(List.of("0_1"), UncleanStopState.discard(stateDir, "newswatch-pipeline"));
  }

  @Test
  void markingAnApplicationWithoutStateIsANoOp() {
    UncleanStopState.markClean(stateDir, "newswatch-alerts");
    assertFalse(Files.exists(stateDir.resolve("newswatch-alerts")));
  }

  @Test
  void nothingWhenTheApplicationHasNoStateYet() {
    assertEquals(List.of(), UncleanStopState.discard(stateDir, "newswatch-alerts"));
  }

  @Test
  void leavesEverythingWhileAnotherHolderHasTheStateDirectory() throws Exception {
    Path app = app();
    Path crashed = store(app, "0_1");
    try (FileChannel channel = FileChannel.open(app.resolve(UncleanStopState.LOCK), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock held = channel.lock()) {
      assertTrue(held.isValid());
      assertEquals(List.of(), UncleanStopState.discard(stateDir, "newswatch-pipeline"));
    }
    assertTrue(Files.exists(crashed.resolve("rocksdb/cluster-stories/000001.sst")));
  }
}
