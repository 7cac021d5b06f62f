package dev.newswatch.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.model.FeedState;
import dev.newswatch.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.InvalidTxnStateException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TransactionalPublisherTest {

  private static final String FEED = "https://news.example/feed.xml";

  private final List<MockProducer<String, byte[]>> made = new ArrayList<>();
  private final AtomicInteger replaced = new AtomicInteger();

  /** A publisher whose n-th producer (from 0) is set up by {@code setup}. */
  private TransactionalPublisher publisher(Consumer<MockProducer<String, byte[]>> setup) {
    TransactionalPublisher publisher = new TransactionalPublisher(() -> {
      MockProducer<String, byte[]> p = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
      made.add(p);
      setup.accept(p);
      return (Producer<String, byte[]>) p;
    }, "poller-test", replaced::incrementAndGet);
    publisher.initialize();
    return publisher;
  }

  @Test
  void publishesArticlesAndStateInOneTransaction() throws Exception {
    TransactionalPublisher publisher = publisher(p -> { });
    publisher.publish(FEED, List.of(), FeedState.empty(FEED));
    assertThat(made).singleElement().satisfies(p -> {
      assertThat(p.transactionCommitted()).isTrue();
      assertThat(p.history()).singleElement().satisfies(r -> assertThat(r.topic()).isEqualTo(Topics.FEED_STATE));
    });
  }

  @Test
  void anUnusableProducerIsReplacedAndPublishingGoesOn() throws Exception {
    TransactionalPublisher publisher = publisher(p -> {
      if (made.size() == 1) {
        p.commitTransactionException = new OutOfOrderSequenceException("broker lost the producer's state");
      }
    });
    assertThatThrownBy(() -> publisher.publish(FEED, List.of(), FeedState.empty(FEED)))
        .isInstanceOfSatisfying(PublishException.class, e -> {
          assertThat(e.fatal()).as("not the end of publishing").isFalse();
          assertThat(e.getMessage()).contains("replaced before the next publish");
        });
    publisher.publish(FEED, List.of(), FeedState.empty(FEED));
    assertThat(made).hasSize(2);
    assertThat(made.get(0).closed()).isTrue();
    assertThat(made.get(1).transactionInitialized()).isTrue();
    assertThat(made.get(1).transactionCommitted()).isTrue();
    assertThat(replaced).hasValue(1);
  }

  @Test
  void anAbortThatFailsAfterABrokenTransactionAlsoLeadsToANewProducer() throws Exception {
    TransactionalPublisher publisher = publisher(p -> {
      if (made.size() == 1) {
        p.commitTransactionException = new KafkaException("send failed", new InvalidTxnStateException("refused"));
        p.abortTransactionException = new IllegalStateException("transaction manager in fatal state");
      }
    });
    assertThatThrownBy(() -> publisher.publish(FEED, List.of(), FeedState.empty(FEED)))
        .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.fatal()).isFalse());
    publisher.publish(FEED, List.of(), FeedState.empty(FEED));
    assertThat(made).hasSize(2);
    assertThat(replaced).hasValue(1);
  }

  @Test
  void newProducersThatFailAtOnceAreNotMadeInATightLoop() throws Exception {
    TransactionalPublisher publisher = publisher(p ->
        p.commitTransactionException = new OutOfOrderSequenceException("still broken"));
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> publisher.publish(FEED, List.of(), FeedState.empty(FEED)))
          .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.fatal()).isFalse());
    }
    // The first publish breaks the first producer, the second replaces it (and breaks the new one);
    // the next ones come within the backoff and make none.
    assertThat(made).hasSize(2);
  }

  @Test
  void beingFencedByANewerInstanceEndsPublishingForGood() throws Exception {
    TransactionalPublisher publisher = publisher(p -> p.commitTransactionException =
        new ProducerFencedException("there is a newer producer with the same transactional id"));
    assertThatThrownBy(() -> publisher.publish(FEED, List.of(), FeedState.empty(FEED)))
        .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.fatal()).isTrue());
    assertThatThrownBy(() -> publisher.publish(FEED, List.of(), FeedState.empty(FEED)))
        .isInstanceOfSatisfying(PublishException.class, e -> {
          assertThat(e.fatal()).isTrue();
          assertThat(e.getMessage()).contains("ProducerFencedException");
        });
    assertThat(made).as("no new producer competes with the newer instance").hasSize(1);
    assertThat(replaced).hasValue(0);
  }

  @Test
  void finalErrorsAreFoundAsCausesAndSuppressedOnesToo() {
    assertThat(TransactionalPublisher.isFinal(new KafkaException("x", new ProducerFencedException("f")))).isTrue();
    assertThat(TransactionalPublisher.isFinal(new TopicAuthorizationException("no write"))).isTrue();
    assertThat(TransactionalPublisher.isFinal(new InvalidProducerEpochException("bumped by a successor"))).isTrue();
    IllegalStateException abort = new IllegalStateException("abort failed");
    abort.addSuppressed(new ProducerFencedException("f"));
    assertThat(TransactionalPublisher.isFinal(abort)).isTrue();
    assertThat(TransactionalPublisher.isFinal(new KafkaException("x", new InvalidTxnStateException("s")))).isFalse();
  }

  @Test
  void transactionsTimeOutAfterTenSecondsUnlessConfiguredOtherwise() {
    // A transaction left open by a killed poller holds back every read_committed reader of its partitions.
    var config = TransactionalPublisher.producerConfig(java.util.Map.of("bootstrap.servers", "b:9092"), "poller-1");
    assertThat(config).containsEntry("transaction.timeout.ms", 10_000).containsEntry("transactional.id", "poller-1");
    var configured = TransactionalPublisher.producerConfig(
        java.util.Map.of("bootstrap.servers", "b:9092", "transaction.timeout.ms", 30_000), "poller-1");
    assertThat(configured).containsEntry("transaction.timeout.ms", 30_000);
  }
}
