package dev.newswatch.ingest.websub;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the WebSub state file could be written, for the log, the metrics and the readiness report. A
 * write that fails (a full disk, a read-only volume) is retried at every change and tick, so a failure
 * that lasts would log every second: the first failure is logged as an error, later ones at most every
 * {@link #LOG_EVERY} with how many failed since, and the first write that succeeds again says so.
 * Every failed write is counted.
 *
 * <p>Not thread-safe: used under the lock of {@link HubSubscriptions}.
 */
final class StateFileWrites {

  private static final Logger LOG = LoggerFactory.getLogger(StateFileWrites.class);
  /** How often a write failure that goes on is logged again. */
  static final Duration LOG_EVERY = Duration.ofMinutes(5);

  /**
   * A write failure that goes on.
   *
   * @param file         the state file
   * @param since        when its writes began to fail
   * @param failedWrites writes that failed since then
   * @param lastError    why the last one failed
   */
  record Problem(Path file, Instant since, long failedWrites, String lastError) {
    /** One line for the readiness report. */
    String describe() {
      return "state file " + file + " not writable since " + since + " (" + failedWrites + " failed writes): "
          + lastError;
    }
  }

  private final Path file;
  private final WebSubMetrics metrics;
  private final Clock clock;
  private Instant failingSince;
  private Instant lastLogged;
  private long failedWrites;
  private long failedSinceLogged;
  private String lastError;

  StateFileWrites(Path file, WebSubMetrics metrics, Clock clock) {
    this.file = Objects.requireNonNull(file, "file");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.clock = Objects.requireNonNull(clock, "clock");
    metrics.stateFileWritable(true);
  }

  /** A write succeeded, or the file already holds what it should. */
  void written() {
    if (failingSince == null) {
      return;
    }
    Instant now = clock.instant();
    LOG.info("WebSub: state file {} holds the subscriptions again, after {} failed writes over {}", file, failedWrites,
        Duration.between(failingSince, now).withNanos(0));
    failingSince = null;
    lastLogged = null;
    failedWrites = 0;
    failedSinceLogged = 0;
    lastError = null;
    metrics.stateFileWritable(true);
  }

  /** A write failed, for {@code error} (which names the file and the cause, never a secret). */
  void failed(String error) {
    Instant now = clock.instant();
    metrics.stateFileWriteError();
    metrics.stateFileWritable(false);
    failedWrites++;
    failedSinceLogged++;
    lastError = error;
    if (failingSince == null) {
      failingSince = now;
      lastLogged = now;
      failedSinceLogged = 0;
      LOG.error("{}. WebSub subscriptions go on in memory and the file is written again as soon as it can be "
          + "(tried at every change, logged again every {} while it fails); until then a shutdown unsubscribes "
          + "what the file lacks, as without a state file", error, LOG_EVERY);
      return;
    }
    if (!now.isBefore(lastLogged.plus(LOG_EVERY))) {
      LOG.warn("WebSub: state file {} still not written: {} failed writes since {} ({} in the last {}); last: {}",
          file, failedWrites, failingSince, failedSinceLogged, Duration.between(lastLogged, now).withNanos(0), error);
      lastLogged = now;
      failedSinceLogged = 0;
    }
  }

  /** The write failure that goes on, if one does. */
  Optional<Problem> problem() {
    return failingSince == null ? Optional.empty()
        : Optional.of(new Problem(file, failingSince, failedWrites, lastError));
  }
}
