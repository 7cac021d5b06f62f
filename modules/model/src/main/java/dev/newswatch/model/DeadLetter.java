package dev.newswatch.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A record the pipeline could not read or process: the record type of {@link Topics#PIPELINE_DLQ}.
 * The original bytes are kept (base64) so that nothing is lost and the record can be replayed.
 *
 * @param sourceTopic  the topic the record came from
 * @param partition    its partition
 * @param offset       its offset
 * @param reason       why it was dead-lettered, one line
 * @param keyBase64    the original key bytes, or null
 * @param valueBase64  the original value bytes, or null
 * @param failedAt     when it was dead-lettered
 */
public record DeadLetter(
    String sourceTopic, int partition, long offset, String reason, String keyBase64, String valueBase64,
    Instant failedAt) {
  public DeadLetter {
    Objects.requireNonNull(sourceTopic, "sourceTopic");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(failedAt, "failedAt");
  }
}
