package dev.newswatch.pipeline.deadletter;

import dev.newswatch.model.Topics;
import dev.newswatch.pipeline.PipelineMetrics;
import dev.newswatch.pipeline.StreamsSettings;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the source record of a failed processing step to {@link Topics#PIPELINE_DLQ} as a
 * {@link dev.newswatch.model.DeadLetter} and lets processing continue. The dead letter holds the raw
 * bytes of the record as read from its source topic (the raw topic, or the GUID repartition topic for
 * failures after the repartition).
 *
 * <p>A {@link StreamsException} is not dead-lettered but fails the stream thread (which
 * {@link dev.newswatch.pipeline.PipelineService} replaces): it is Kafka Streams' own failure, not the record's. Kafka Streams hands the processing handler whatever a processor's
 * {@code forward} throws, and that includes a state store error and a record-collector error raised
 * in the sink below the processor, such as a send failure {@link DeadLetterProductionHandler} answered
 * with {@code FAIL}. Dead-lettering those would overrule that decision and blame the record the task
 * happened to be on.
 *
 * <p>Public only because Kafka Streams instantiates it by class name; {@link dev.newswatch.pipeline.PipelineService} installs
 * it. It reads its {@link PipelineMetrics} from the streams config.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);

  private PipelineMetrics metrics;

  /** Called by Kafka Streams. */
  public DeadLetterProcessingHandler() {}

  @Override
  public void configure(Map<String, ?> configs) {
    metrics = StreamsSettings.metricsFrom(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    if (exception instanceof StreamsException) {
      LOG.warn("Kafka Streams failed in processor {} on record {}-{}@{}: {}; failing the stream thread",
          context.processorNodeId(), context.topic(), context.partition(), context.offset(),
          exception.getClass().getName());
      return Response.fail();
    }
    LOG.warn("Dead-lettering record {}-{}@{} that failed in processor {}: {}",
        context.topic(), context.partition(), context.offset(), context.processorNodeId(),
        exception.getClass().getName());
    metrics.deadLetter(PipelineMetrics.STAGE_PROCESSING);
    return Response.resume(List.of(DeadLetters.record(
        context.topic(), context.partition(), context.offset(),
        DeadLetters.reason("failed in " + context.processorNodeId(), exception),
        context.sourceRawKey(), context.sourceRawValue())));
  }
}
