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
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.slf4j.Marker;

/**
 * Turns a broker node's ERROR per refused append, while one of a partition's replicas is down, into one WARN
 * per partition and minute. With {@code min.insync.replicas} 2, a partition whose in-sync replicas fell to one
 * (a node was killed, or is catching up after a restart) refuses {@code acks=all} appends until a second
 * replica is back in sync: by design, nothing is written that a further failure could lose, and producers
 * retry. Kafka logs each refusal as an ERROR with a stack trace, hundreds in the seconds a node is away, which
 * hide real errors. Only {@link NotEnoughReplicasException} and its after-append variant are affected; any
 * other append error still shows as Kafka writes it.
 */
public final class ReplicaShortfallLogFilter extends TurboFilter {

  static final String LOGGER = "dev.newswatch.broker.replicas";
  private static final String REPLICA_MANAGER = "kafka.server.ReplicaManager";
  private static final long QUIET_NANOS = 60_000_000_000L;
  // "... Error processing append operation on partition <topic id>:<topic>-<partition>"
  private static final Pattern PARTITION = Pattern.compile("append operation on partition (?:[\\w-]+:)?(\\S+)");

  private final Map<String, Long> lastSaid = new ConcurrentHashMap<>();

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (format == null || level != Level.ERROR || !REPLICA_MANAGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    Object last = params != null && params.length > 0 ? params[params.length - 1] : null;
    Throwable cause = t != null ? t : last instanceof Throwable th ? th : null;
    if (!(cause instanceof NotEnoughReplicasException || cause instanceof NotEnoughReplicasAfterAppendException)) {
      return FilterReply.NEUTRAL;
    }
    Matcher m = PARTITION.matcher(format);
    String partition = m.find() ? m.group(1) : "a partition";
    long now = System.nanoTime();
    Long before = lastSaid.get(partition);
    if (before == null || now - before > QUIET_NANOS) {
      lastSaid.put(partition, now);
      logger.getLoggerContext().getLogger(LOGGER).warn("{}: appends refused while too few of its replicas are in "
          + "sync ({}); a node is down or catching up after a restart. Producers retry and nothing is lost; "
          + "further refusals for this partition are not logged for a minute.", partition, cause.getMessage());
    }
    return FilterReply.DENY;
  }
}
