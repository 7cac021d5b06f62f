package dev.newswatch.alerts.subscriptions;

import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes subscriptions to {@link Topics#SUBSCRIPTIONS}: a record per change, a tombstone per deletion,
 * idempotent and acknowledged by all in-sync replicas before a call returns. Channel secrets are sealed
 * ({@link SealedSubscriptions}): the topic never holds them in clear.
 */
public final class SubscriptionWriter implements AutoCloseable {

  private final KafkaProducer<String, Subscription> producer;

  /**
   * @param kafkaConfig common client settings
   * @param codec       seals channel secrets with the active key
   */
  public SubscriptionWriter(Map<String, Object> kafkaConfig, SealedSubscriptions codec) {
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    config.put(CommonClientConfigs.CLIENT_ID_CONFIG, config.getOrDefault(CommonClientConfigs.CLIENT_ID_CONFIG,
        "newswatch") + "-subscription-writer");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    Serializer<Subscription> values = (topic, s) -> s == null ? null : codec.encode(s);
    producer = new KafkaProducer<>(config, new StringSerializer(), values);
  }

  /** Stores {@code subscription}, replacing the one with its id. */
  public RecordMetadata put(Subscription subscription, Duration timeout) {
    return send(new ProducerRecord<>(Topics.SUBSCRIPTIONS, subscription.id(), subscription), timeout);
  }

  /** Deletes the subscription with {@code id} (a tombstone). */
  public RecordMetadata delete(String id, Duration timeout) {
    return send(new ProducerRecord<>(Topics.SUBSCRIPTIONS, id, null), timeout);
  }

  private RecordMetadata send(ProducerRecord<String, Subscription> record, Duration timeout) {
    try {
      return producer.send(record).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing subscription " + record.key(), e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot write subscription " + record.key() + ": "
          + (e.getCause() == null ? e : e.getCause()).toString(), e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
