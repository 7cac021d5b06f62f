package dev.newswatch.ingest.poll;

import dev.newswatch.model.FeedState;
import dev.newswatch.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the compacted {@link Topics#FEED_STATE} from the beginning to its last stable offset: the
 * latest committed state per feed, tombstones removing it. Partitions are assigned, not subscribed, so
 * every poller instance sees every state and no consumer group is involved.
 */
final class FeedStateStore {

  private static final Logger LOG = LoggerFactory.getLogger(FeedStateStore.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private FeedStateStore() {}

  /**
   * @param kafkaConfig common client settings (bootstrap servers, security)
   * @param feedUrls    the feeds whose state to keep; states of other feeds are skipped
   * @param timeout     how long loading may take
   * @return state per feed URL, for the feeds that have one
   * @throws IllegalStateException when the topic is missing or cannot be read to its end in time
   */
  static Map<String, FeedState> load(Map<String, Object> kafkaConfig, Set<String> feedUrls, Duration timeout) {
    return load(kafkaConfig, null, feedUrls, timeout);
  }

  /**
   * As {@link #load(Map, Set, Duration)}, reading only the given partitions: a feed's state sits on the
   * partition number its registry record has (same key, same partition count), so a poller assigned
   * some registry partitions reads just the matching state partitions.
   *
   * @param selected the partition numbers to read, or null for all
   */
  static Map<String, FeedState> load(Map<String, Object> kafkaConfig, Set<Integer> selected,
      Set<String> feedUrls, Duration timeout) {
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.remove(ConsumerConfig.GROUP_ID_CONFIG);
    config.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newswatch-feed-state-loader");
    Deserializer<FeedState> deserializer = Topics.feedStateSerde().deserializer();
    Map<String, FeedState> states = new HashMap<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<String, byte[]> consumer =
             new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> all = consumer.partitionsFor(Topics.FEED_STATE, timeout).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      if (all.isEmpty()) {
        throw new IllegalStateException("topic " + Topics.FEED_STATE + " does not exist");
      }
      List<TopicPartition> partitions = all.stream()
          .filter(p -> selected == null || selected.contains(p.partition())).toList();
      if (partitions.isEmpty() || feedUrls.isEmpty()) {
        return states;
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < end.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + Topics.FEED_STATE + " to its end within " + timeout);
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          apply(states, feedUrls, record, deserializer);
        }
      }
    }
    return states;
  }

  private static void apply(Map<String, FeedState> states, Set<String> feedUrls,
      ConsumerRecord<String, byte[]> record, Deserializer<FeedState> deserializer) {
    if (record.key() == null || !feedUrls.contains(record.key())) {
      return;
    }
    if (record.value() == null) {
      states.remove(record.key());
      return;
    }
    try {
      FeedState state = deserializer.deserialize(record.topic(), record.value());
      if (record.key().equals(state.feedUrl())) {
        states.put(record.key(), state);
      } else {
        LOG.warn("feed state at {}-{}@{} names another feed than its key; ignored",
            record.topic(), record.partition(), record.offset());
      }
    } catch (SerializationException e) {
      LOG.warn("unreadable feed state at {}-{}@{} ignored: {}",
          record.topic(), record.partition(), record.offset(), e.getMessage());
    }
  }
}
