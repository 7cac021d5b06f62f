package dev.newswatch.ingest.registry;

import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.FeedState;
import dev.newswatch.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every feed of the registry with its latest stored state, kept in memory by one thread that follows
 * {@link Topics#FEEDS} and {@link Topics#FEED_STATE} (assigned partitions, no consumer group,
 * {@code read_committed}), so any instance can show every feed, whichever instance polls it.
 *
 * <p>The state is what the poller last <em>stored</em>: it writes the state topic when something
 * changed (new items, validators, failures), not after every unchanged poll, so {@code lastPolledAt}
 * and {@code nextPollAt} of a quiet feed can be older than the truth by up to one poll interval. The
 * seen item keys are dropped on arrival; the rest of a state is small.
 */
public final class FeedCatalog implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedCatalog.class);
  private static final Duration POLL = Duration.ofMillis(250);
  private static final Duration RETRY = Duration.ofSeconds(5);

  /** A feed of the registry and its stored state (null before its first stored poll). */
  public record Entry(FeedDefinition definition, FeedState state) {}

  private final KafkaConsumer<String, byte[]> consumer;
  private final Deserializer<FeedDefinition> definitions = Topics.feedDefinitionSerde().deserializer();
  private final Deserializer<FeedState> states = Topics.feedStateSerde().deserializer();
  private final Map<String, FeedDefinition> feeds = new ConcurrentHashMap<>();
  private final Map<String, FeedState> stateByUrl = new ConcurrentHashMap<>();
  private final Map<Integer, Long> seenOffsets = new ConcurrentHashMap<>();
  private final Object progress = new Object();
  private final Thread thread;
  private volatile boolean caughtUp;
  private volatile boolean closing;

  /** Starts following both topics from their beginning. */
  public FeedCatalog(Map<String, Object> kafkaConfig) {
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ConsumerConfig.CLIENT_ID_CONFIG, "newswatch")
        + "-feed-catalog");
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    thread = new Thread(this::run, "newswatch-feed-catalog");
    thread.setDaemon(true);
    thread.start();
  }

  /** True once both topics were read to the end they had when the catalog started. */
  public boolean caughtUp() {
    return caughtUp;
  }

  /** Waits until {@link #caughtUp()}; returns whether it is. */
  public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
    return await(() -> caughtUp, timeout);
  }

  /**
   * Waits until the registry record written at {@code offset} of {@code partition} has been read, so
   * a write is visible here before the caller answers; returns whether it was.
   */
  public boolean awaitRegistryOffset(int partition, long offset, Duration timeout) throws InterruptedException {
    return await(() -> seenOffsets.getOrDefault(partition, -1L) >= offset, timeout);
  }

  /** The latest registry record per URL, removed markers included. */
  public Map<String, FeedDefinition> definitions() {
    return Map.copyOf(feeds);
  }

  /** Feeds not removed, with their stored state, by name then URL. */
  public List<Entry> active() {
    List<Entry> entries = new ArrayList<>();
    for (FeedDefinition definition : feeds.values()) {
      if (!definition.removed()) {
        entries.add(new Entry(definition, stateByUrl.get(definition.url())));
      }
    }
    entries.sort(Comparator.comparing((Entry e) -> e.definition().name()).thenComparing(e -> e.definition().url()));
    return entries;
  }

  /** The feed (not removed) with this id. */
  public Optional<Entry> byId(String id) {
    return feeds.values().stream()
        .filter(d -> !d.removed() && d.id().equals(id))
        .findFirst()
        .map(d -> new Entry(d, stateByUrl.get(d.url())));
  }

  @Override
  public void close() {
    closing = true;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    while (!closing) {
      try {
        follow();
      } catch (WakeupException e) {
        // closing
      } catch (RuntimeException e) {
        if (closing) {
          break;
        }
        LOG.warn("feed catalog: reading {} and {} failed, retrying in {}: {}", Topics.FEEDS, Topics.FEED_STATE,
            RETRY, e.toString());
        try {
          Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException ie) {
          return;
        }
      }
    }
    consumer.close(Duration.ofSeconds(5));
  }

  private void follow() {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(Topics.FEEDS, Topics.FEED_STATE)) {
      consumer.partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    feeds.clear();
    stateByUrl.clear();
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
    while (!closing) {
      for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
        if (record.topic().equals(Topics.FEEDS)) {
          RegistryRecords.apply(feeds, record, definitions);
          seenOffsets.merge(record.partition(), record.offset(), Math::max);
        } else {
          applyState(record);
        }
      }
      if (!caughtUp && partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p))) {
        caughtUp = true;
        LOG.info("feed catalog: {} registry records and {} feed states read", feeds.size(), stateByUrl.size());
      }
      synchronized (progress) {
        progress.notifyAll();
      }
    }
  }

  private void applyState(ConsumerRecord<String, byte[]> record) {
    if (record.key() == null) {
      return;
    }
    if (record.value() == null) {
      stateByUrl.remove(record.key());
      return;
    }
    try {
      FeedState s = states.deserialize(record.topic(), record.value());
      // The seen keys are the bulk of a state and no status shows them.
      stateByUrl.put(record.key(), new FeedState(s.feedUrl(), s.etag(), s.lastModified(), List.of(),
          s.lastPolledAt(), s.redirectedUrl(), s.nextPollAt(), s.consecutiveFailures(), s.failingSince(),
          s.brokenReason(), s.itemsPerDay(), s.lastError(), s.itemsPublished()));
    } catch (RuntimeException e) {
      LOG.debug("unreadable feed state at {}-{}@{} skipped: {}", record.topic(), record.partition(),
          record.offset(), e.getMessage());
    }
  }

  private boolean await(java.util.function.BooleanSupplier condition, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      while (!condition.getAsBoolean()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        progress.wait(Math.max(1, Math.min(left / 1_000_000, POLL.toMillis())));
      }
    }
    return true;
  }
}
