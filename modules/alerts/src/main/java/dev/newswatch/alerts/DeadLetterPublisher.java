package dev.newswatch.alerts;

import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * Writes what the delivery loop could not handle: undeliverable alerts to {@link Topics#DELIVERIES_DLQ}
 * (keyed by subscription id) and unreadable alert records to {@link Topics#PIPELINE_DLQ}. Each write waits
 * for the broker's acknowledgement, because the caller marks the alert finished right after.
 */
final class DeadLetterPublisher implements AlertDispatcher.FailureSink {

  /** Upper bound on writing one dead letter. */
  static final Duration DEAD_LETTER_TIMEOUT = Duration.ofSeconds(30);

  private final Producer<byte[], byte[]> producer;

  /** @param producer an idempotent producer with {@code acks=all}; closed by the owner */
  DeadLetterPublisher(Producer<byte[], byte[]> producer) {
    this.producer = producer;
  }

  /**
   * @throws KafkaException when the broker does not acknowledge the write in time; nothing was lost, the
   *     caller must not commit the alert
   */
  @Override
  public void publish(DeliveryFailure failure) throws InterruptedException {
    send(Topics.DELIVERIES_DLQ, failure.alert().subscriptionId().getBytes(StandardCharsets.UTF_8),
        JsonCodec.toBytes(failure));
  }

  /** Writes an unreadable record; {@code key} is the record's original key bytes. */
  void publish(DeadLetter letter, byte[] key) throws InterruptedException {
    send(Topics.PIPELINE_DLQ, key, JsonCodec.toBytes(letter));
  }

  private void send(String topic, byte[] key, byte[] value) throws InterruptedException {
    try {
      producer.send(new ProducerRecord<>(topic, key, value))
          .get(DEAD_LETTER_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new KafkaException("could not write dead letter to " + topic, e.getCause());
    } catch (TimeoutException e) {
      throw new KafkaException("no acknowledgement for dead letter on " + topic + " within "
          + DEAD_LETTER_TIMEOUT.toSeconds() + " s");
    }
  }
}
