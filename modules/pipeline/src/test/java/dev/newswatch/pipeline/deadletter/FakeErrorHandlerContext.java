package dev.newswatch.pipeline.deadletter;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;

/**
 * What Kafka Streams hands an exception handler about the source record being processed, for calling
 * the handlers directly.
 */
record FakeErrorHandlerContext(
    String topic, int partition, long offset, String processorNodeId, byte[] sourceRawKey, byte[] sourceRawValue)
    implements ErrorHandlerContext {

  @Override
  public Headers headers() {
    return new RecordHeaders();
  }

  @Override
  public TaskId taskId() {
    return new TaskId(1, partition);
  }

  @Override
  public long timestamp() {
    return 0L;
  }
}
