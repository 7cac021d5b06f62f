package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery half of the alerts service, run on its own thread: reads {@link Topics#ALERTS}, delivers
 * each alert and commits its offset before taking the next, so a restart resends nothing that was
 * delivered; a crash between delivery and commit resends at most that one alert, with the same
 * idempotency key. When a dead letter cannot be written the record is polled again after a pause rather
 * than skipped: nothing is lost, at the price of repeating the alert's deliveries. See DESIGN.md.
 */
final class DeliveryLoop implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryLoop.class);
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
  private static final Duration ERROR_PAUSE = Duration.ofSeconds(2);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> producer;
  private final Map<String, Subscription> subscriptions;
  private final AlertDispatcher dispatcher;
  private final DeadLetterPublisher deadLetters;
  private final AlertsMetrics metrics;
  private final Duration batchBudget;
  private volatile boolean running = true;
  /** The offset to commit for an alert that was handled but not yet committed, or null. */
  private Map<TopicPartition, OffsetAndMetadata> pendingCommit;

  /**
   * @param consumer a consumer configured by {@link ClientSettings}, closed by this loop
   * @param producer the dead-letter producer, closed by this loop
   */
  DeliveryLoop(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer, Map<String, Subscription> subscriptions,
      AlertDispatcher dispatcher, DeadLetterPublisher deadLetters, AlertsMetrics metrics, Duration batchBudget) {
    this.consumer = consumer;
    this.producer = producer;
    this.subscriptions = Map.copyOf(subscriptions);
    this.dispatcher = dispatcher;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.batchBudget = batchBudget;
  }

  /** Asks the loop to finish; the owner also interrupts the thread to cut backoff pauses short. */
  void stop() {
    running = false;
    consumer.wakeup();
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(Topics.ALERTS));
      while (running) {
        List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
        consumer.poll(POLL_TIMEOUT).forEach(batch::add);
        processBatch(batch);
      }
    } catch (WakeupException | InterruptException | InterruptedException e) {
      if (running) {
        LOG.warn("delivery loop interrupted while running; stopping");
      }
    } catch (RuntimeException e) {
      LOG.error("delivery loop failed; alerts are no longer delivered until restart", e);
    } finally {
      Thread.interrupted(); // closing must not be cut short by the interrupt that stopped the loop
      commitPendingOnShutdown();
      closeClients();
    }
  }

  private void processBatch(List<ConsumerRecord<byte[], byte[]>> batch) throws InterruptedException {
    long polledAt = System.nanoTime();
    for (int i = 0; i < batch.size() && running; i++) {
      if (System.nanoTime() - polledAt > batchBudget.toNanos()) {
        rewind(batch.subList(i, batch.size())); // poll again before the group expels this member
        return;
      }
      ConsumerRecord<byte[], byte[]> record = batch.get(i);
      try {
        handle(record);
      } catch (InterruptException e) {
        throw new InterruptedException("interrupted writing a dead letter");
      } catch (KafkaException e) {
        LOG.warn("alert record {}-{}@{} not finished, will retry it: {}", record.topic(), record.partition(),
            record.offset(), e.getMessage());
        rewind(batch.subList(i, batch.size()));
        Thread.sleep(ERROR_PAUSE.toMillis());
        return;
      }
      if (!commit(record)) {
        rewind(batch.subList(i + 1, batch.size()));
        return;
      }
    }
  }

  private void handle(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
    Alert alert = decode(record);
    if (alert == null) {
      return;
    }
    Subscription subscription = subscriptions.get(alert.subscriptionId());
    if (subscription == null) {
      LOG.warn("alert {} names subscription {} which is not configured; skipped", alert.alertId(),
          alert.subscriptionId());
      metrics.unknownSubscription();
      return;
    }
    dispatcher.dispatch(alert, subscription);
  }

  /** The alert in {@code record}, or null after dead-lettering a record that is not one. */
  private Alert decode(ConsumerRecord<byte[], byte[]> record) throws InterruptedException {
    String reason;
    try {
      if (record.value() != null) {
        return JsonCodec.fromBytes(record.value(), Alert.class);
      }
      reason = "empty alert record";
    } catch (IllegalArgumentException e) {
      reason = "cannot read alert: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
    }
    LOG.warn("dead-lettering alert record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reason);
    deadLetters.publish(new DeadLetter(record.topic(), record.partition(), record.offset(), reason,
        base64(record.key()), base64(record.value()), Instant.now()), record.key());
    return null;
  }

  private boolean commit(ConsumerRecord<byte[], byte[]> record) {
    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
    pendingCommit = Map.of(partition, new OffsetAndMetadata(record.offset() + 1));
    try {
      consumer.commitSync(pendingCommit);
      pendingCommit = null;
      return true;
    } catch (CommitFailedException | RebalanceInProgressException | TimeoutException e) {
      LOG.warn("could not commit alert record {}@{} ({}); it may be delivered once more, with the same alert id",
          partition, record.offset(), e.getClass().getSimpleName());
      pendingCommit = null;
      return false;
    }
  }

  /**
   * A shutdown that arrives between an alert's delivery and its commit interrupts the commit; the alert was
   * delivered, so the commit is made once more before closing rather than resending the alert after restart.
   */
  private void commitPendingOnShutdown() {
    if (pendingCommit == null) {
      return;
    }
    try {
      consumer.commitSync(pendingCommit, CLOSE_TIMEOUT);
    } catch (KafkaException e) {
      LOG.warn("could not commit {} on shutdown ({}); that alert will be delivered once more, with the same id",
          pendingCommit.keySet(), e.getClass().getSimpleName());
    }
  }

  /** Moves each still-owned partition back to its first unhandled record, so nothing in it is skipped. */
  private void rewind(List<ConsumerRecord<byte[], byte[]>> unhandled) {
    Map<TopicPartition, Long> first = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : unhandled) {
      first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
    }
    Set<TopicPartition> owned = consumer.assignment();
    first.forEach((partition, offset) -> {
      if (owned.contains(partition)) {
        consumer.seek(partition, offset);
      }
    });
  }

  private void closeClients() {
    try {
      consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
    } catch (RuntimeException e) {
      LOG.warn("closing the delivery consumer failed", e);
    }
    try {
      producer.close(CLOSE_TIMEOUT);
    } catch (RuntimeException e) {
      LOG.warn("closing the dead-letter producer failed", e);
    }
  }

  private static String base64(byte[] bytes) {
    return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
  }
}
