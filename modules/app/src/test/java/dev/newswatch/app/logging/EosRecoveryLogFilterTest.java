package dev.newswatch.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EosRecoveryLogFilterTest {

  private LoggerContext context;
  private ListAppender<ILoggingEvent> events;

  @BeforeEach
  void setUp() {
    context = new LoggerContext();
    context.addTurboFilter(new EosRecoveryLogFilter());
    events = new ListAppender<>();
    events.setContext(context);
    events.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(events);
  }

  private void onStreamThread(Runnable r) throws InterruptedException {
    Thread t = new Thread(r, "newswatch-pipeline-demo-1-StreamThread-1");
    t.start();
    t.join();
  }

  @Test
  void aRecoveryFromAnUncleanStopIsOneWarnAndItsErrorAndStackTracesAreDropped() throws Exception {
    TaskCorruptedException corrupted = new TaskCorruptedException(Set.of(new TaskId(1, 1)));
    Logger taskManager = context.getLogger("org.apache.kafka.streams.processor.internals.TaskManager");
    Logger stateManager = context.getLogger("org.apache.kafka.streams.processor.internals.ProcessorStateManager");
    Logger stateDirectory = context.getLogger("org.apache.kafka.streams.processor.internals.StateDirectory");
    onStreamThread(() -> {
      stateManager.warn("stream-client [x] State store {} did not find checkpoint offsets while stores are not empty, "
          + "since under EOS it has the risk of getting uncommitted data in stores", "dedup-guid-store");
      stateDirectory.warn("Failed to register startup state stores for task {}: {}", "1_1", corrupted.getMessage());
      taskManager.error("stream-thread [x] Get exceptions for the following tasks: {}", Map.of(new TaskId(1, 1), corrupted));
      taskManager.warn("stream-thread [x] Encounter corrupted task {}, will group it with other corrupted tasks", "1_1",
          corrupted);
    });

    assertThat(events.list).hasSize(1);
    ILoggingEvent e = events.list.get(0);
    assertThat(e.getLevel().toString()).isEqualTo("WARN");
    assertThat(e.getLoggerName()).isEqualTo(EosRecoveryLogFilter.LOGGER);
    assertThat(e.getFormattedMessage()).startsWith("newswatch-pipeline-demo: local state of some tasks has no checkpoint");
    assertThat(e.getThrowableProxy()).isNull();
  }

  @Test
  void anyOtherStreamsErrorStillShows() throws Exception {
    Logger taskManager = context.getLogger("org.apache.kafka.streams.processor.internals.TaskManager");
    onStreamThread(() -> {
      taskManager.error("stream-thread [x] Get exceptions for the following tasks: {}",
          Map.of(new TaskId(0, 1), new IllegalStateException("disk full")));
      taskManager.error("stream-thread [x] Failed to process stream task 0_1", new IllegalStateException("boom"));
    });
    assertThat(events.list).hasSize(2).allMatch(e -> e.getLevel().toString().equals("ERROR"));
  }

  @Test
  void applicationIsTheStreamsClientWithoutItsIndex() {
    assertThat(EosRecoveryLogFilter.application("newswatch-alerts-demo-1-StreamThread-2", "x"))
        .isEqualTo("newswatch-alerts-demo");
    assertThat(EosRecoveryLogFilter.application("main", "stream-client [newswatch-pipeline-demo-1] State store"))
        .isEqualTo("newswatch-pipeline-demo");
    assertThat(EosRecoveryLogFilter.application("main", "other")).isNull();
  }

  @Test
  void theFormattedTextOfKafkasLogContextLoggersIsReadToo() {
    String corrupted = "stream-thread [a-1-StreamThread-1] Get exceptions for the following tasks: {0_0=org.apache.kafka."
        + "streams.errors.TaskCorruptedException: Tasks [0_0] are corrupted and hence need to be re-initialized}";
    String mixed = "stream-thread [a-1-StreamThread-1] Get exceptions for the following tasks: {0_0=org.apache.kafka."
        + "streams.errors.TaskCorruptedException: Tasks [0_0] are corrupted, 0_1=java.lang.IllegalStateException: x}";
    assertThat(EosRecoveryLogFilter.routineRecovery(corrupted, null, null)).isTrue();
    assertThat(EosRecoveryLogFilter.routineRecovery(mixed, null, null)).isFalse();
    assertThat(EosRecoveryLogFilter.routineRecovery("Failed to register startup state stores for task 1_0: Tasks [1_0] "
        + "are corrupted and hence need to be re-initialized", null, null)).isTrue();
  }

  @Test
  void aRecoveryLineOnAThreadNamingNoApplicationIsReportedNotThrown() {
    // KafkaStreams.start() on the caller's thread logs this for tasks left without a checkpoint by a kill -9.
    TaskCorruptedException corrupted = new TaskCorruptedException(Set.of(new TaskId(0, 1)));
    Logger stateDirectory = context.getLogger("org.apache.kafka.streams.processor.internals.StateDirectory");
    stateDirectory.warn("Failed to register startup state stores for task {}: {}", "0_1", corrupted.getMessage());

    assertThat(events.list).hasSize(1);
    assertThat(events.list.get(0).getFormattedMessage()).startsWith("Kafka Streams: local state of some tasks");
  }
}
