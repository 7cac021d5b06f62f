package dev.newswatch.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.errors.NotEnoughReplicasAfterAppendException;
import org.apache.kafka.common.errors.NotControllerException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.slf4j.Marker;

/**
 * Turns a broker node's routine ERRORs around a node restart into one WARN per partition (or request kind)
 * and minute. First, refused appends while one of a partition's replicas is down. With {@code min.insync.replicas} 2, a partition whose in-sync replicas fell to one
 * (a node was killed, or is catching up after a restart) refuses {@code acks=all} appends until a second
 * replica is back in sync: by design, nothing is written that a further failure could lose, and producers
 * retry. Kafka logs each refusal as an ERROR with a stack trace, hundreds in the seconds a node is away, which
 * hide real errors. Second, appends refused for an out-of-order sequence where the partition's new leader has no
 * state for the producer ("expected sequence 0 ... with no existing state", KAFKA-15591's family): the
 * producer aborts its transaction and writes it again, nothing is lost. Third, broker heartbeats answered
 * {@code NOT_CONTROLLER} by a node that is not (or not yet) the active controller while the quorum elects
 * one (and a restarted node's own controller registration, refused the same way until it is the active
 * controller): the senders find the active controller and retry there, also when the refusal comes
 * wrapped in a {@code CompletionException}. Any other error still shows as Kafka
 * writes it.
 */
public final class ReplicaShortfallLogFilter extends TurboFilter {

  static final String LOGGER = "dev.newswatch.broker.replicas";
  private static final String REPLICA_MANAGER = "kafka.server.ReplicaManager";
  private static final String CONTROLLER_APIS = "kafka.server.ControllerApis";
  private static final long QUIET_NANOS = 60_000_000_000L;
  // "... Error processing append operation on partition <topic id>:<topic>-<partition>"
  private static final Pattern PARTITION = Pattern.compile("append operation on partition (?:[\\w-]+:)?(\\S+)");

  // Requests a node sends to the controller and retries elsewhere when refused: heartbeats and registrations.
  private static final Pattern CONTROLLER_API = Pattern.compile(
      "apiKey=(BROKER_HEARTBEAT|BROKER_REGISTRATION|CONTROLLER_REGISTRATION)\\b");

  private final Map<String, Long> lastSaid = new ConcurrentHashMap<>();

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (format == null || level != Level.ERROR) {
      return FilterReply.NEUTRAL;
    }
    Object last = params != null && params.length > 0 ? params[params.length - 1] : null;
    Throwable cause = t != null ? t : last instanceof Throwable th ? th : null;
    if (CONTROLLER_APIS.equals(logger.getName()) && unwrap(cause) instanceof NotControllerException nc) {
      Matcher api = CONTROLLER_API.matcher(format);
      if (api.find()) {
        sayOnce(logger, "controller " + api.group(1), "{} requests answered NOT_CONTROLLER ({}) while the controllers "
            + "elect an active one or this node takes over; the sender retries at the active controller. Not "
            + "logged again for a minute.", api.group(1), nc.getMessage());
        return FilterReply.DENY;
      }
    }
    if (!REPLICA_MANAGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Matcher m = PARTITION.matcher(format);
    String partition = m.find() ? m.group(1) : "a partition";
    if (cause instanceof NotEnoughReplicasException || cause instanceof NotEnoughReplicasAfterAppendException) {
      sayOnce(logger, partition, "{}: appends refused while too few of its replicas are in sync ({}); a node is "
          + "down or catching up after a restart. Producers retry and nothing is lost; further refusals for this "
          + "partition are not logged for a minute.", partition, cause.getMessage());
      return FilterReply.DENY;
    }
    if (cause instanceof OutOfOrderSequenceException && cause.getMessage() != null
        && cause.getMessage().contains("no existing state")) {
      sayOnce(logger, "sequence " + partition, "{}: an append refused because this leader has no state for the "
          + "producer yet ({}), as after a leader change or on a just-created partition; the producer aborts its "
          + "transaction and writes it again, nothing is lost. Not logged again for this partition for a minute.",
          partition, cause.getMessage());
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  /** The exception inside the future wrappers the controller's request handling puts around it. */
  private static Throwable unwrap(Throwable t) {
    Throwable e = t;
    for (int i = 0; i < 5 && (e instanceof java.util.concurrent.CompletionException
        || e instanceof java.util.concurrent.ExecutionException) && e.getCause() != null; i++) {
      e = e.getCause();
    }
    return e;
  }

  private void sayOnce(Logger logger, String key, String message, String subject, String detail) {
    long now = System.nanoTime();
    Long before = lastSaid.get(key);
    if (before == null || now - before > QUIET_NANOS) {
      lastSaid.put(key, now);
      logger.getLoggerContext().getLogger(LOGGER).warn(message, subject, detail);
    }
  }
}
