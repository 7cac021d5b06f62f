package dev.newswatch.app.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.slf4j.Marker;

/**
 * Turns Kafka Streams' account of a routine exactly-once recovery into one WARN line. After an unclean stop
 * (kill -9, a crash, a lost container) the local state of a task has no checkpoint, and under exactly-once
 * Streams wipes it and restores it from the changelog: by design, nothing lost. Streams reports it as an
 * ERROR ("Get exceptions for the following tasks: {0_1=TaskCorruptedException ...}") plus a WARN with a
 * stack trace per task and two more WARNs per store, which reads like a failure to an operator. This filter
 * drops those lines (only when every exception in them is a {@link TaskCorruptedException}; any other
 * error still shows) and writes instead, at most once a minute per Streams application, one WARN saying
 * what happens. The restores themselves are logged by {@code RestoreLog}, store by store.
 */
public final class EosRecoveryLogFilter extends TurboFilter {

  static final String LOGGER = "dev.newswatch.streams.recovery";
  private static final String STREAMS_INTERNALS = "org.apache.kafka.streams.processor.internals";
  private static final long QUIET_NANOS = 60_000_000_000L;

  private static final String CORRUPTED_TEXT = "are corrupted and hence need to be re-initialized";
  private static final java.util.regex.Pattern TASK_ENTRY = java.util.regex.Pattern.compile("\\b\\d+_\\d+=");
  private static final java.util.regex.Pattern CORRUPTED_ENTRY = java.util.regex.Pattern.compile(
      "\\b\\d+_\\d+=" + java.util.regex.Pattern.quote(TaskCorruptedException.class.getName()));
  // "stream-client [newswatch-pipeline-demo-1]", "stream-thread [newswatch-alerts-demo-1-StreamThread-2]"
  private static final java.util.regex.Pattern CLIENT = java.util.regex.Pattern.compile(
      "stream-(?:client|thread) \\[([^\\]]+)\\]");

  private final Map<String, Long> lastSaid = new ConcurrentHashMap<>();

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (format == null || level == null || !level.isGreaterOrEqual(Level.WARN)
        || !logger.getName().startsWith(STREAMS_INTERNALS) || !routineRecovery(format, params, t)) {
      return FilterReply.NEUTRAL;
    }
    String app = application(Thread.currentThread().getName(), format);
    long now = System.nanoTime();
    Long before = app == null ? null : lastSaid.get(app);
    // A line that names no application ("Failed to register startup state stores for task 1_0: ...") comes
    // with one that does: it needs no line of its own when any application was just reported.
    boolean named = app != null;
    if (!named) {
      app = "Kafka Streams";
      before = lastSaid.values().stream().max(Long::compare).orElse(null);
    }
    if (before == null || now - before > QUIET_NANOS) {
      lastSaid.put(app, now);
      logger.getLoggerContext().getLogger(LOGGER).warn("{}: local state of some tasks has no checkpoint after an unclean stop "
          + "(kill -9, crash); under exactly-once Kafka Streams discards it and restores it from the changelog "
          + "topics (the restored stores are logged next). Nothing is lost; the first minutes after such a start "
          + "are slower.", app);
    }
    return FilterReply.DENY;
  }

  /**
   * True for the lines Streams writes about tasks corrupted by a missing checkpoint, and for nothing else
   * (Streams puts its "stream-thread [...]" prefix into the format, so the texts are looked for inside it).
   */
  static boolean routineRecovery(String format, Object[] params, Throwable t) {
    // A throwable passed as the last argument reaches a turbo filter among the arguments.
    Object last = params != null && params.length > 0 ? params[params.length - 1] : null;
    if (t instanceof TaskCorruptedException || last instanceof TaskCorruptedException) {
      return true;
    }
    if (format.contains("Get exceptions for the following tasks")) {
      // {task id -> exception}: only when every one of them is a corrupted task. Kafka's LogContext loggers
      // hand over the formatted message without arguments, so the map is read from the text then.
      Object tasks = params != null && params.length > 0 ? params[0] : null;
      if (tasks instanceof Map<?, ?> m) {
        return !m.isEmpty() && m.values().stream().allMatch(v -> v instanceof TaskCorruptedException);
      }
      long entries = TASK_ENTRY.matcher(format).results().count();
      return entries > 0 && entries == CORRUPTED_ENTRY.matcher(format).results().count();
    }
    if (format.contains("did not find checkpoint offsets while stores are not empty")) {
      return true;
    }
    if (format.contains("Failed to register startup state stores")) {
      // The last argument is the exception or its message.
      Object cause = params != null && params.length > 1 ? params[params.length - 1] : null;
      return cause instanceof TaskCorruptedException
          || cause instanceof String m && m.contains(CORRUPTED_TEXT) || format.contains(CORRUPTED_TEXT);
    }
    return false;
  }

  /**
   * The Streams application a line is about: from a stream thread's name ("newswatch-pipeline-demo-1-
   * StreamThread-1" → "newswatch-pipeline-demo"), else from the line's "stream-client [...]" prefix (state
   * directories are opened on the starting thread), else null.
   */
  static String application(String thread, String format) {
    String client = thread;
    if (!thread.contains("-StreamThread-")) {
      java.util.regex.Matcher m = CLIENT.matcher(format);
      if (!m.find()) {
        return null;
      }
      client = m.group(1);
    }
    int i = client.indexOf("-StreamThread-");
    client = i > 0 ? client.substring(0, i) : client;
    return client.replaceFirst("-\\d+$", "");
  }
}
