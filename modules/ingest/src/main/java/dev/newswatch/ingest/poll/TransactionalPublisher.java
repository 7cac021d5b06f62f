package dev.newswatch.ingest.poll;

import dev.newswatch.model.Article;
import dev.newswatch.model.FeedState;
import dev.newswatch.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.errors.ApplicationRecoverableException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a feed's new articles and its new state in one Kafka transaction, so that either both are
 * visible to {@code read_committed} readers or neither is. A lock serialises transactions: the
 * producer allows only one open transaction, while polls run on many threads.
 *
 * <p>An error that leaves the producer unusable (a transaction state the broker refuses, a commit whose
 * result is unknown, an abort that failed) does not end publishing: the producer is closed and replaced
 * before the next transaction, and the new one's {@code initTransactions} aborts whatever the old one left
 * open, so the caller (which keeps its state only after a commit) finds the same items again. Only being
 * fenced (a newer producer with the same transactional id took over) or not being authorised is final:
 * the publisher then refuses for good. Everything else aborts the transaction and leaves the producer ready.
 */
final class TransactionalPublisher implements AutoCloseable {

  /** How long a transaction may stay open before the coordinator aborts it ({@code transaction.timeout.ms}). */
  static final java.time.Duration TRANSACTION_TIMEOUT = java.time.Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(TransactionalPublisher.class);
  /** A commit that timed out may have succeeded; it may only be retried, never aborted. */
  private static final int COMMIT_ATTEMPTS = 3;
  /** Least time between two replacements, doubling while new producers keep failing, up to the most. */
  static final Duration REPLACE_BACKOFF = Duration.ofSeconds(1);
  static final Duration REPLACE_BACKOFF_MAX = Duration.ofSeconds(30);

  private final Supplier<Producer<String, byte[]>> factory;
  private final String transactionalId;
  private final Runnable onReplaced;
  private final ReentrantLock lock = new ReentrantLock();
  private final Serializer<Article> articleSerializer = Topics.articleSerde().serializer();
  private final Serializer<FeedState> stateSerializer = Topics.feedStateSerde().serializer();
  private volatile Producer<String, byte[]> producer;
  private boolean initialized;
  /** Why the producer must be replaced before the next transaction, or null. */
  private String unusable;
  /** Why publishing ended for good, or null. */
  private String finalError;
  private boolean closed;
  private long replaceNotBefore = System.nanoTime();
  private Duration replaceBackoff = REPLACE_BACKOFF;

  TransactionalPublisher(Map<String, Object> kafkaConfig, String transactionalId) {
    this(kafkaConfig, transactionalId, () -> { });
  }

  /** @param onReplaced called each time an unusable producer was replaced by a new one */
  TransactionalPublisher(Map<String, Object> kafkaConfig, String transactionalId, Runnable onReplaced) {
    this(() -> new KafkaProducer<>(producerConfig(kafkaConfig, transactionalId), new StringSerializer(),
        new ByteArraySerializer()), transactionalId, onReplaced);
  }

  /** With the producers it uses made by {@code factory} (tests pass a mock). */
  TransactionalPublisher(Supplier<Producer<String, byte[]>> factory, String transactionalId, Runnable onReplaced) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.transactionalId = Objects.requireNonNull(transactionalId, "transactionalId");
    this.onReplaced = Objects.requireNonNull(onReplaced, "onReplaced");
    this.producer = factory.get();
  }

  /** Package-private for tests. */
  static Map<String, Object> producerConfig(Map<String, Object> kafkaConfig, String transactionalId) {
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    // A poll's transaction holds only its sends and the commit (the fetch is done before it begins). One left
    // open by a killed poller holds back the read_committed end of every partition it wrote to, for every
    // reader and the other pollers' articles too, until a successor with the same id fences it or it times
    // out: Kafka Streams' exactly-once timeout instead of the producer's default of a minute bounds that wait
    // when no successor comes. kafka.properties may set another.
    config.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) TRANSACTION_TIMEOUT.toMillis());
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswatch-poller-" + transactionalId);
    return config;
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
   *
   * @throws PublishException nothing was published (or, after a commit with an unknown outcome, perhaps
   *     it was); {@link PublishException#fatal()} when this publisher will never publish again
   */
  void publish(String feedUrl, List<Article> articles, FeedState state) throws PublishException {
    lock.lock();
    try {
      if (closed) {
        throw new PublishException("publisher is closed", false, null);
      }
      if (finalError != null) {
        throw new PublishException("producer unusable after an earlier fatal error: " + finalError, true, null);
      }
      if (unusable != null) {
        replace();
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
        replaceBackoff = REPLACE_BACKOFF;
      } catch (ApplicationRecoverableException | InvalidConfigurationException | OutOfOrderSequenceException
          | IllegalStateException e) {
        throw unusable("producer failed", e);
      } catch (KafkaException e) {
        if (committing && (e instanceof TimeoutException || e instanceof InterruptException)) {
          throw unusable("commit outcome unknown", e);
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
      throw unusable("abort failed", e);
    }
  }

  /**
   * Closes the unusable producer and starts a new one with the same transactional id; its
   * initTransactions bumps the epoch and aborts what the old one left open. Failing that (the broker is
   * down), the next publish tries again.
   */
  private void replace() throws PublishException {
    long now = System.nanoTime();
    if (now - replaceNotBefore < 0) {
      throw new PublishException("producer unusable (" + unusable + "); it is replaced in "
          + Duration.ofNanos(replaceNotBefore - now).toMillis() + " ms", false, null);
    }
    // A new producer that fails at once again waits longer before the next one.
    replaceNotBefore = now + replaceBackoff.toNanos();
    Duration doubled = replaceBackoff.multipliedBy(2);
    replaceBackoff = doubled.compareTo(REPLACE_BACKOFF_MAX) > 0 ? REPLACE_BACKOFF_MAX : doubled;
    try {
      producer.close(Duration.ZERO);
    } catch (RuntimeException e) {
      LOG.debug("closing the unusable producer of {}: {}", transactionalId, e.toString());
    }
    try {
      producer = factory.get();
      producer.initTransactions();
    } catch (KafkaException | IllegalStateException e) {
      if (isFinal(e)) {
        finalError = describe(e);
        throw new PublishException("producer could not be replaced: " + describe(e), true, e);
      }
      throw new PublishException("producer could not be replaced yet, trying again on the next publish: "
          + describe(e), false, e);
    }
    LOG.warn("poller {}: the producer had become unusable ({}); replaced by a new one, whose start aborted "
        + "the unfinished transaction (its items are found again on the next poll)", transactionalId, unusable);
    unusable = null;
    onReplaced.run();
  }

  /** Marks the producer for replacement, or publishing as ended when the error is final. */
  private PublishException unusable(String what, Exception e) {
    if (isFinal(e)) {
      finalError = what + ": " + describe(e);
      return new PublishException(finalError, true, e);
    }
    unusable = what + ": " + describe(e);
    return new PublishException(unusable + "; the producer is replaced before the next publish", false, e);
  }

  /**
   * Fenced: a newer producer with the same transactional id bumped the epoch (another instance took this
   * one's place, and a new producer here would fence it back; with transactions v2 that shows as an
   * invalid producer epoch), or not authorised: no new producer would fare better.
   */
  static boolean isFinal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProducerFencedException || t instanceof InvalidProducerEpochException
          || t instanceof AuthorizationException
          || t instanceof AuthenticationException || t instanceof UnsupportedVersionException) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (s != e && isFinal(s)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String describe(Exception e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
