package dev.newswatch.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * Turns a broker's ERROR "Failed to load metadata from __consumer_offsets-N ... because the partition is not
 * online or is no longer the leader" into one WARN. A restarted broker (or one that just became leader)
 * starts loading each group or transaction coordinator partition, and when leadership of that partition
 * moves on meanwhile (a newer leader epoch, as every restart after a kill brings) Kafka stops the stale load
 * and runs the load for the current epoch: by design, nothing is lost. Other load failures show as Kafka
 * logs them. Kafka's own loggers ({@code LogContext}) hand Logback the message already formatted, with the
 * "[GroupCoordinator id=N] " prefix and no arguments; a plain SLF4J call hands it the pattern and its
 * arguments: both are read.
 */
public final class CoordinatorLoadLogFilter extends TurboFilter {

  static final String LOGGER = "dev.newswatch.broker.coordinators";
  private static final String PREFIX = "org.apache.kafka.coordinator.";
  private static final Pattern LOAD = Pattern.compile("Failed to load metadata from (\\S+) with epoch (\\S+) due to");

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (level != Level.ERROR || format == null || !logger.getName().startsWith(PREFIX)
        || !format.contains("Failed to load metadata from ")) {
      return FilterReply.NEUTRAL;
    }
    Object last = params == null || params.length == 0 ? null : params[params.length - 1];
    Throwable cause = t != null ? t : last instanceof Throwable th ? th : null;
    if (!(cause instanceof NotLeaderOrFollowerException)) {
      return FilterReply.NEUTRAL;
    }
    String message = params == null || params.length == 0 ? format : MessageFormatter.arrayFormat(format, params)
        .getMessage();
    Matcher m = LOAD.matcher(message);
    if (!m.find()) {
      return FilterReply.NEUTRAL;
    }
    logger.getLoggerContext().getLogger(LOGGER).warn("{}: a load of its coordinator state for leader epoch {} "
        + "was stopped because leadership moved on (a broker restart); the load for the current epoch runs "
        + "instead, nothing is lost.", m.group(1), m.group(2));
    return FilterReply.DENY;
  }
}
