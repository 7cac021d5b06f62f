package dev.newswatch.pipeline.deadletter;

import dev.newswatch.model.Topics;
import dev.newswatch.pipeline.PipelineMetrics;
import dev.newswatch.pipeline.StreamsSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what happens when Kafka Streams cannot write a record: an article to
 * {@code newswatch.articles.v1}, a record to the GUID repartition topic, a changelog write or a dead
 * letter.
 *
 * <ul>
 *   <li>The record cannot be serialized: that is a property of the data, so a retry cannot help. The
 *       source record that led to it goes to {@link Topics#PIPELINE_DLQ} as a
 *       {@link dev.newswatch.model.DeadLetter} (its raw bytes, as the processing handler does) and
 *       processing continues.
 *   <li>The serialized record could not be sent (broker unreachable or refusing it, delivery timed
 *       out): skipping it would lose an article or a state update, so it is not dead-lettered. A
 *       {@link RetriableException} is answered with {@code RETRY} (the task restarts from its last
 *       commit, as Kafka Streams' default handler does); anything else with {@code FAIL}, which kills
 *       the stream thread, and {@link dev.newswatch.pipeline.PipelineService} replaces it. Both abort the open transaction.
 * </ul>
 *
 * <p>Public only because Kafka Streams instantiates it by class name; {@link dev.newswatch.pipeline.PipelineService} installs
 * it. It reads its {@link PipelineMetrics} from the streams config.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

  private PipelineMetrics metrics;

  /** Called by Kafka Streams. */
  public DeadLetterProductionHandler() {}

  @Override
  public void configure(Map<String, ?> configs) {
    metrics = StreamsSettings.metricsFrom(configs);
  }

  // Kafka Streams declares the record raw: its key and value are the objects the serializer rejected.
  @Override
  @SuppressWarnings("rawtypes")
  public Response handleSerializationError(
      ErrorHandlerContext context, ProducerRecord record, Exception exception, SerializationExceptionOrigin origin) {
    String what = origin.name().toLowerCase(Locale.ROOT);
    // Only the exception type: serializer messages can quote the value.
    LOG.warn("Dead-lettering record {}-{}@{}: its output {} for {} cannot be serialized: {}",
        context.topic(), context.partition(), context.offset(), what, record.topic(),
        exception.getClass().getName());
    metrics.deadLetter(PipelineMetrics.STAGE_PRODUCTION);
    return Response.resume(List.of(DeadLetters.record(
        context.topic(), context.partition(), context.offset(),
        DeadLetters.reason("cannot serialize " + what + " for " + record.topic(), exception),
        context.sourceRawKey(), context.sourceRawValue())));
  }

  // Called from the producer's callback: the context describes whatever record the task is on now,
  // not necessarily the one that failed, so the log names the failed record's topic and the task.
  @Override
  public Response handleError(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    if (exception instanceof RetriableException) {
      LOG.warn("Sending a record to {} failed in task {}: {}; retrying the task from its last commit",
          record.topic(), context.taskId(), exception.getClass().getName());
      return Response.retry();
    }
    LOG.warn("Sending a record to {} failed in task {}: {}; failing the stream thread, it will be replaced",
        record.topic(), context.taskId(), exception.getClass().getName());
    return Response.fail();
  }
}
