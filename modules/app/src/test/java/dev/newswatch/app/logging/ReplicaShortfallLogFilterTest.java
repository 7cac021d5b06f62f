package dev.newswatch.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplicaShortfallLogFilterTest {

  private LoggerContext context;
  private ListAppender<ILoggingEvent> events;
  private Logger replicaManager;

  @BeforeEach
  void setUp() {
    context = new LoggerContext();
    context.addTurboFilter(new ReplicaShortfallLogFilter());
    events = new ListAppender<>();
    events.setContext(context);
    events.start();
    context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(events);
    replicaManager = context.getLogger("kafka.server.ReplicaManager");
  }

  private static NotEnoughReplicasException shortfall(String partition) {
    return new NotEnoughReplicasException("The size of the current ISR : 1 is insufficient to satisfy the min.isr "
        + "requirement of 2 for partition " + partition + ", live replica(s) broker.id are : Set(3)");
  }

  @Test
  void refusedAppendsWhileAReplicaIsDownAreOneWarnPerPartition() {
    for (int i = 0; i < 50; i++) {
      replicaManager.error("[ReplicaManager broker=3] Error processing append operation on partition "
          + "e65Hsq05SsG-y0V10sWUnA:__transaction_state-0", shortfall("__transaction_state-0"));
    }
    replicaManager.error("[ReplicaManager broker=3] Error processing append operation on partition "
        + "3QhoUJNnSgiWcudN0ODY1w:newswatch.alerts.v1-2", shortfall("newswatch.alerts.v1-2"));

    assertThat(events.list).hasSize(2);
    assertThat(events.list).allSatisfy(e -> {
      assertThat(e.getLevel().toString()).isEqualTo("WARN");
      assertThat(e.getLoggerName()).isEqualTo(ReplicaShortfallLogFilter.LOGGER);
      assertThat(e.getThrowableProxy()).isNull();
    });
    assertThat(events.list.get(0).getFormattedMessage()).startsWith("__transaction_state-0: appends refused")
        .contains("min.isr requirement of 2");
    assertThat(events.list.get(1).getFormattedMessage()).startsWith("newswatch.alerts.v1-2: appends refused");
  }

  @Test
  void otherAppendErrorsAndOtherLoggersShowAsKafkaWritesThem() {
    replicaManager.error("[ReplicaManager broker=1] Error processing append operation on partition x:t-0",
        new NotLeaderOrFollowerException("not the leader"));
    context.getLogger("kafka.server.KafkaApis").error("something else", shortfall("t-0"));
    replicaManager.warn("[ReplicaManager broker=1] Error processing append operation on partition x:t-0",
        shortfall("t-0"));

    assertThat(events.list).hasSize(3);
    assertThat(events.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNotNull());
  }
  @Test
  void aNewLeaderWithoutTheProducersStateAndHeartbeatsToAFormerControllerAreOneWarnEach() {
    for (int i = 0; i < 5; i++) {
      replicaManager.error("[ReplicaManager broker=1] Error processing append operation on partition "
          + "tAO2JeE3QS2eGokaHYW2Kg:newswatch-pipeline-cluster-story-repartition-0",
          new org.apache.kafka.common.errors.OutOfOrderSequenceException("Invalid sequence number for producer 1 at "
              + "offset 28 in partition newswatch-pipeline-cluster-story-repartition-0: 4 (incoming seq. number). "
              + "Expected sequence 0 for transactions v2 idempotent producer with no existing state."));
      context.getLogger("kafka.server.ControllerApis").error("[ControllerApis nodeId=3] Unexpected error handling "
          + "request RequestHeader(apiKey=BROKER_HEARTBEAT, apiVersion=2, clientId=3) -- BrokerHeartbeatRequestData()",
          new org.apache.kafka.common.errors.NotControllerException("The active controller appears to be node 3."));
    }
    // Another sequence error (a producer really out of order) still shows.
    replicaManager.error("[ReplicaManager broker=1] Error processing append operation on partition x:t-0",
        new org.apache.kafka.common.errors.OutOfOrderSequenceException("Out of order sequence number for producer 7"));

    assertThat(events.list).hasSize(3);
    assertThat(events.list.get(0).getFormattedMessage())
        .startsWith("newswatch-pipeline-cluster-story-repartition-0: an append refused").contains("nothing is lost");
    assertThat(events.list.get(1).getFormattedMessage()).contains("NOT_CONTROLLER");
    assertThat(events.list.subList(0, 2)).allSatisfy(e -> {
      assertThat(e.getLevel().toString()).isEqualTo("WARN");
      assertThat(e.getThrowableProxy()).isNull();
    });
    assertThat(events.list.get(2).getLevel().toString()).isEqualTo("ERROR");
  }

  @Test
  void aRestartedNodesOwnControllerRegistrationRefusedInsideACompletionExceptionIsOneWarn() {
    for (int i = 0; i < 3; i++) {
      context.getLogger("kafka.server.ControllerApis").error("[ControllerApis nodeId=1] Unexpected error handling "
          + "request RequestHeader(apiKey=CONTROLLER_REGISTRATION, apiVersion=0, clientId=1, correlationId=0) -- "
          + "ControllerRegistrationRequestData(controllerId=1)", new java.util.concurrent.CompletionException(
              new org.apache.kafka.common.errors.NotControllerException("The active controller appears to be node 1.")));
    }
    // The same refusal of some other request still shows.
    context.getLogger("kafka.server.ControllerApis").error("[ControllerApis nodeId=1] Unexpected error handling "
        + "request RequestHeader(apiKey=CREATE_TOPICS, apiVersion=7)",
        new org.apache.kafka.common.errors.NotControllerException("The active controller appears to be node 2."));

    assertThat(events.list).hasSize(2);
    assertThat(events.list.get(0).getLevel().toString()).isEqualTo("WARN");
    assertThat(events.list.get(0).getFormattedMessage()).startsWith("CONTROLLER_REGISTRATION requests answered "
        + "NOT_CONTROLLER").contains("The active controller appears to be node 1.");
    assertThat(events.list.get(1).getLevel().toString()).isEqualTo("ERROR");
  }
}
