package dev.newswatch.pipeline.deadletter;

import dev.newswatch.model.Topics;
import dev.newswatch.pipeline.PipelineMetrics;
import dev.newswatch.pipeline.StreamsSettings;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a record that cannot be deserialized to {@link Topics#PIPELINE_DLQ} as a
 * {@link dev.newswatch.model.DeadLetter} and lets processing continue (KIP-1034 dead-letter records,
 * produced by Kafka Streams in the task's transaction).
 *
 * <p>Public only because Kafka Streams instantiates it by class name; {@link dev.newswatch.pipeline.PipelineService} installs
 * it. It reads its {@link PipelineMetrics} from the streams config.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);

  private PipelineMetrics metrics;

  /** Called by Kafka Streams. */
  public DeadLetterDeserializationHandler() {}

  @Override
  public void configure(Map<String, ?> configs) {
    metrics = StreamsSettings.metricsFrom(configs);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    // The exception message may quote the payload, so only its type is logged; the DLQ keeps the rest.
    LOG.warn("Dead-lettering undeserializable record {}-{}@{}: {}",
        record.topic(), record.partition(), record.offset(), exception.getClass().getName());
    metrics.deadLetter(PipelineMetrics.STAGE_DESERIALIZATION);
    return Response.resume(List.of(DeadLetters.record(
        record.topic(), record.partition(), record.offset(),
        DeadLetters.reason("cannot deserialize", exception), record.key(), record.value())));
  }
}
