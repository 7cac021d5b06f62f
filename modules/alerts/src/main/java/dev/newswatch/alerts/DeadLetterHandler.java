package dev.newswatch.alerts;

import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Topics;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams error handler of the alerts topology: a record that cannot be read, or whose processing throws,
 * is written to {@link Topics#PIPELINE_DLQ} as a {@link DeadLetter} (original bytes kept for replay), logged
 * with its coordinates, and processing continues. The dead letter is sent by Streams inside the task's
 * transaction, so under exactly-once it is committed together with the input offset. A story that could not
 * be matched because the subscriptions failed to load is no fault of the record: the thread fails on it.
 *
 * <p>Public only because Kafka Streams instantiates handlers by class name.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);
  private static final int MAX_REASON_CHARS = 500;

  @Override
  public void configure(Map<String, ?> configs) {
    // Nothing to configure: the dead-letter topic is part of the contract in Topics.
  }

  @Override
  public DeserializationExceptionHandler.Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    String reason = "cannot read record: " + describe(exception);
    LOG.warn("dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
    return DeserializationExceptionHandler.Response.resume(
        List.of(deadLetter(record.topic(), record.partition(), record.offset(), reason, record.key(), record.value())));
  }

  @Override
  public ProcessingExceptionHandler.Response handleError(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof MatchProcessor.SubscriptionsUnavailable) {
        // Not the record's fault: left unprocessed (the stream thread stops on it) for a later start.
        return ProcessingExceptionHandler.Response.fail();
      }
    }
    String reason = "processing failed in " + context.processorNodeId() + ": " + describe(exception);
    LOG.warn("dead-lettering {}-{}@{}: {}", context.topic(), context.partition(), context.offset(), reason, exception);
    return ProcessingExceptionHandler.Response.resume(List.of(deadLetter(context.topic(), context.partition(),
        context.offset(), reason, context.sourceRawKey(), context.sourceRawValue())));
  }

  static ProducerRecord<byte[], byte[]> deadLetter(
      String topic, int partition, long offset, String reason, byte[] key, byte[] value) {
    DeadLetter letter = new DeadLetter(topic == null ? "unknown" : topic, partition, offset, reason,
        base64(key), base64(value), Instant.now());
    return new ProducerRecord<>(Topics.PIPELINE_DLQ, key, JsonCodec.toBytes(letter));
  }

  private static String describe(Exception exception) {
    StringBuilder text = new StringBuilder(exception.getClass().getSimpleName());
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t.getMessage() != null) {
        text.append(": ").append(t.getMessage());
      }
    }
    String line = text.toString().replaceAll("\\s+", " ");
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS - 1) + "…";
  }

  private static String base64(byte[] bytes) {
    return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
  }
}
