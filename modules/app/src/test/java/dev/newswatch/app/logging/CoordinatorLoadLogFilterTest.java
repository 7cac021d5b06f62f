package dev.newswatch.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.CorruptRecordException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoordinatorLoadLogFilterTest {

  private static final String FORMAT = "Failed to load metadata from {} with epoch {} due to {}.";

  private LoggerContext context;
  private ListAppender<ILoggingEvent> events;
  private Logger runtime;

  @BeforeEach
  void setUp() {
    context = new LoggerContext();
    context.addTurboFilter(new CoordinatorLoadLogFilter());
    events = new ListAppender<>();
    events.setContext(context);
    events.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(events);
    runtime = context.getLogger("org.apache.kafka.coordinator.common.runtime.CoordinatorRuntime");
  }

  @Test
  void aLoadStoppedBecauseLeadershipMovedOnIsOneWarn() {
    NotLeaderOrFollowerException moved = new NotLeaderOrFollowerException("Stopped loading records from "
        + "__consumer_offsets-2 because the partition is not online or is no longer the leader.");
    runtime.error(FORMAT, new TopicPartition("__consumer_offsets", 2), 6, moved.getMessage(), moved);

    assertThat(events.list).singleElement().satisfies(e -> {
      assertThat(e.getLevel()).isEqualTo(Level.WARN);
      assertThat(e.getLoggerName()).isEqualTo(CoordinatorLoadLogFilter.LOGGER);
      assertThat(e.getFormattedMessage()).startsWith("__consumer_offsets-2: a load of its coordinator state for "
          + "leader epoch 6 was stopped").contains("nothing is lost");
      assertThat(e.getThrowableProxy()).isNull();
    });
  }

  @Test
  void kafkasOwnPreformattedLineIsOneWarnToo() {
    // Kafka's LogContext loggers format the message (with their prefix) before Logback sees it, and pass the
    // exception apart: no arguments reach the filter.
    NotLeaderOrFollowerException moved = new NotLeaderOrFollowerException("Stopped loading records from "
        + "__consumer_offsets-3 because the partition is not online or is no longer the leader.");
    runtime.error("[GroupCoordinator id=1] Failed to load metadata from __consumer_offsets-3 with epoch 0 due to "
        + moved.getMessage() + ".", moved);

    assertThat(events.list).singleElement().satisfies(e -> {
      assertThat(e.getLevel()).isEqualTo(Level.WARN);
      assertThat(e.getFormattedMessage()).startsWith("__consumer_offsets-3: a load of its coordinator state for "
          + "leader epoch 0 was stopped");
    });
  }

  @Test
  void otherLoadFailuresStayErrors() {
    CorruptRecordException corrupt = new CorruptRecordException("record is corrupt");
    runtime.error(FORMAT, new TopicPartition("__consumer_offsets", 0), 3, corrupt.getMessage(), corrupt);
    context.getLogger("kafka.server.ReplicaManager").error(FORMAT, "x", 1, "m",
        new NotLeaderOrFollowerException("elsewhere"));

    runtime.error("[GroupCoordinator id=1] Failed to load metadata from __consumer_offsets-1 with epoch 2 due to "
        + "record is corrupt.", corrupt);

    assertThat(events.list).hasSize(3).allSatisfy(e -> assertThat(e.getLevel()).isEqualTo(Level.ERROR));
  }
}
