package dev.newswatch.ingest.poll;

import dev.newswatch.model.Article;
import dev.newswatch.model.FeedState;
import dev.newswatch.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.errors.ApplicationRecoverableException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes a feed's new articles and its new state in one Kafka transaction, so that either both are
 * visible to {@code read_committed} readers or neither is. A lock serialises transactions: the
 * producer allows only one open transaction, while polls run on many threads.
 *
 * <p>Errors the producer cannot recover from (fenced by a newer instance with the same transactional
 * id, authorization, a commit whose result is unknown) mark it broken; everything else aborts the
 * transaction and leaves the producer ready for the next one.
 */
final class TransactionalPublisher implements AutoCloseable {

  /** A commit that timed out may have succeeded; it may only be retried, never aborted. */
  private static final int COMMIT_ATTEMPTS = 3;

  private final KafkaProducer<String, byte[]> producer;
  private final ReentrantLock lock = new ReentrantLock();
  private final Serializer<Article> articleSerializer = Topics.articleSerde().serializer();
  private final Serializer<FeedState> stateSerializer = Topics.feedStateSerde().serializer();
  private boolean initialized;
  private boolean broken;
  private boolean closed;

  TransactionalPublisher(Map<String, Object> kafkaConfig, String transactionalId) {
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswatch-poller-" + transactionalId);
    producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * Registers the transactional id with the coordinator, which fences any older producer with the same
   * id and completes or aborts its open transaction. Does nothing when already done; may be retried
   * after a timeout.
   */
  void initialize() {
    lock.lock();
    try {
      if (!initialized) {
        producer.initTransactions();
        initialized = true;
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Publishes in one transaction: each article to {@link Topics#ARTICLES_RAW} keyed by canonical URL,
   * then the state to {@link Topics#FEED_STATE} keyed by feed URL.
   */
  void publish(String feedUrl, List<Article> articles, FeedState state) throws PublishException {
    lock.lock();
    try {
      if (closed) {
        throw new PublishException("publisher is closed", false, null);
      }
      if (broken) {
        throw new PublishException("producer unusable after an earlier fatal error", true, null);
      }
      boolean committing = false;
      try {
        producer.beginTransaction();
        for (Article article : articles) {
          producer.send(new ProducerRecord<>(Topics.ARTICLES_RAW, article.canonicalUrl(),
              articleSerializer.serialize(Topics.ARTICLES_RAW, article)));
        }
        producer.send(new ProducerRecord<>(Topics.FEED_STATE, feedUrl,
            stateSerializer.serialize(Topics.FEED_STATE, state)));
        committing = true;
        commit();
      } catch (ApplicationRecoverableException | InvalidConfigurationException | OutOfOrderSequenceException
          | IllegalStateException e) {
        throw broken("producer failed fatally", e);
      } catch (KafkaException e) {
        if (committing && (e instanceof TimeoutException || e instanceof InterruptException)) {
          throw broken("commit outcome unknown", e);
        }
        abort(e);
        throw new PublishException("transaction aborted: " + describe(e), false, e);
      }
    } finally {
      lock.unlock();
    }
  }

  /** The producer's client metrics. */
  Map<MetricName, ? extends Metric> metrics() {
    return producer.metrics();
  }

  /** Closes the producer; waits up to the timeout for a transaction in progress to finish first. */
  void close(Duration timeout) {
    boolean locked = false;
    try {
      locked = lock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      closed = true;
      producer.close(timeout);
    } finally {
      if (locked) {
        lock.unlock();
      }
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }

  private void commit() {
    for (int attempt = 1; ; attempt++) {
      try {
        producer.commitTransaction();
        return;
      } catch (TimeoutException e) {
        if (attempt >= COMMIT_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private void abort(KafkaException cause) throws PublishException {
    try {
      producer.abortTransaction();
    } catch (KafkaException | IllegalStateException e) {
      e.addSuppressed(cause);
      throw broken("abort failed", e);
    }
  }

  private PublishException broken(String what, Exception e) {
    broken = true;
    return new PublishException(what + ": " + describe(e), true, e);
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
