package dev.newswatch.pipeline.deadletter;

import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Topics;
import java.time.Instant;
import java.util.Base64;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds the records the exception handlers hand to Kafka Streams for {@link Topics#PIPELINE_DLQ}. */
final class DeadLetters {

  /** Longest reason kept; exception messages can quote whole payloads. */
  static final int MAX_REASON_CHARS = 1_000;
  /** Deepest cause followed when looking for the root cause. */
  static final int MAX_CAUSE_DEPTH = 32;

  private DeadLetters() {}

  /**
   * A dead-letter record keyed by the original key bytes (the DLQ topic's key contract), its value a
   * {@link DeadLetter} holding both original byte arrays in base64.
   */
  static ProducerRecord<byte[], byte[]> record(
      String topic, int partition, long offset, String reason, byte[] key, byte[] value) {
    DeadLetter letter = new DeadLetter(
        topic == null ? "(unknown)" : topic, partition, offset, reason, base64(key), base64(value), Instant.now());
    return new ProducerRecord<>(Topics.PIPELINE_DLQ, key, JsonCodec.toBytes(letter));
  }

  /** One line: what failed, the exception and its root cause, cut to {@value #MAX_REASON_CHARS} chars. */
  static String reason(String what, Exception exception) {
    StringBuilder reason = new StringBuilder(what).append(": ").append(describe(exception));
    Throwable root = exception;
    // Bounded: initCause only refuses a self-cause, so a chain can loop (A -> B -> A).
    for (int depth = 0; depth < MAX_CAUSE_DEPTH && root.getCause() != null && root.getCause() != root; depth++) {
      root = root.getCause();
    }
    if (root != exception) {
      reason.append("; caused by ").append(describe(root));
    }
    String line = reason.toString().replaceAll("\\s+", " ");
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS);
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
  }

  private static String base64(byte[] bytes) {
    return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
  }
}
