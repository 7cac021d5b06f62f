package dev.newswatch.alerts.subscriptions;

import dev.newswatch.model.Subscription;
import java.time.Duration;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link SubscriptionStore} on {@code newswatch.subscriptions.v1}: write, then wait to read it back. */
public final class KafkaSubscriptionStore implements SubscriptionStore {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaSubscriptionStore.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final SubscriptionWriter writer;
  private final KafkaSubscriptionDirectory directory;

  public KafkaSubscriptionStore(SubscriptionWriter writer, KafkaSubscriptionDirectory directory) {
    this.writer = writer;
    this.directory = directory;
  }

  @Override
  public void put(Subscription subscription) {
    await(subscription.id(), writer.put(subscription, TIMEOUT));
  }

  @Override
  public void delete(String id) {
    await(id, writer.delete(id, TIMEOUT));
  }

  @Override
  public boolean ready() {
    return directory.caughtUp();
  }

  private void await(String id, RecordMetadata written) {
    try {
      if (!directory.awaitOffset(written.topic(), written.partition(), written.offset(), TIMEOUT)) {
        LOG.warn("subscription {} written but not yet read back after {}", id, TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for subscription " + id, e);
    }
  }
}
