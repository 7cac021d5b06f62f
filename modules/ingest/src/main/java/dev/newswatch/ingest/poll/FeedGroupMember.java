package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.FeedState;
import dev.newswatch.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A poller's membership in the group that shares the feed registry. One thread runs the consumer of
 * {@link Topics#FEEDS} (subscribed, cooperative-sticky assignor) and keeps calling {@code poll()}, so
 * the membership stays alive however long fetches take; the fetches run on the service's pool.
 *
 * <p>When partitions are assigned it reads them from the beginning (a small compacted registry), loads
 * the state of their feeds from the same partition numbers of {@link Topics#FEED_STATE}, and hands the
 * feeds to the {@link PollerService}. Later records add, rename or remove feeds while running. When
 * partitions are revoked (or lost, or the member leaves) it takes their feeds away and waits, bounded,
 * for their polls in progress, before the group may hand them to another instance.
 */
final class FeedGroupMember implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedGroupMember.class);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration STATE_LOAD_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration RETRY = Duration.ofSeconds(5);
  private static final Duration CLOSE_MARGIN = Duration.ofSeconds(15);

  private final PollerService service;
  private final Map<String, Object> kafkaConfig;
  private final PollerGroup group;
  private final String name;
  private final KafkaConsumer<String, byte[]> consumer;
  private final Deserializer<FeedDefinition> deserializer = Topics.feedDefinitionSerde().deserializer();
  private final Thread thread;
  // Touched by the consumer thread only (the rebalance listener runs inside poll()).
  private final Map<Integer, Map<String, FeedSource>> feedsByPartition = new HashMap<>();
  private final Map<Integer, Long> loading = new HashMap<>();
  private final Map<Integer, Map<String, FeedSource>> pending = new HashMap<>();
  private long retryAt = System.nanoTime();
  private final Set<Integer> assigned = ConcurrentHashMap.newKeySet();
  private volatile boolean started;
  private volatile boolean closing;
  private volatile boolean failed;

  FeedGroupMember(PollerService service, Map<String, Object> kafkaConfig, PollerGroup group, String name) {
    this.service = service;
    this.kafkaConfig = kafkaConfig;
    this.group = group;
    this.name = name;
    Map<String, Object> config = new HashMap<>(kafkaConfig);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, group.groupId());
    config.put(ConsumerConfig.GROUP_PROTOCOL_CONFIG, "classic");
    config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
    config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) group.sessionTimeout().toMillis());
    if (group.instanceId() != null) {
      // Static member: a restart within the session timeout keeps this instance's feeds, no rebalance.
      config.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, group.instanceId());
    }
    config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) group.heartbeatInterval().toMillis());
    // A revocation waits up to revokeTimeout inside poll(); the poll interval must leave room for it.
    config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG,
        (int) Math.max(300_000, group.revokeTimeout().plusMinutes(1).toMillis()));
    // Assigned partitions are always read from the beginning; committed offsets would mean nothing.
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, config.getOrDefault(ConsumerConfig.CLIENT_ID_CONFIG, "newswatch-poller")
        + "-registry");
    consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    thread = new Thread(this::run, "newswatch-poller-group");
    thread.setDaemon(true);
  }

  /**
   * Checks that the registry and the state topic have the same partition count (else a feed's state
   * would sit on another partition than its registry record), then joins the group.
   *
   * @throws IllegalStateException when a topic is missing or the counts differ
   */
  void start() {
    int feeds = consumer.partitionsFor(Topics.FEEDS, STATE_LOAD_TIMEOUT).size();
    int states = consumer.partitionsFor(Topics.FEED_STATE, STATE_LOAD_TIMEOUT).size();
    if (feeds == 0 || states == 0) {
      throw new IllegalStateException("topics " + Topics.FEEDS + " and " + Topics.FEED_STATE + " must exist");
    }
    if (feeds != states) {
      throw new IllegalStateException(Topics.FEEDS + " has " + feeds + " partitions and " + Topics.FEED_STATE
          + " " + states + "; they must have the same count (a feed's state is read from its registry partition)");
    }
    started = true;
    thread.start();
  }

  /** The registry partitions held now, loaded or not. */
  Set<Integer> assignedPartitions() {
    return Set.copyOf(assigned);
  }

  /** True when the membership ended on an error (the service then reports unhealthy). */
  boolean failed() {
    return failed;
  }

  /** Leaves the group: gives every feed back (waiting for polls in progress) and closes the consumer. */
  @Override
  public void close() {
    boolean again = closing;
    closing = true;
    if (again && !thread.isAlive()) {
      return;
    }
    if (!started) {
      consumer.close(Duration.ZERO);
      return;
    }
    consumer.wakeup();
    if (thread.isAlive()) {
      try {
        thread.join(group.revokeTimeout().plus(CLOSE_MARGIN).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run() {
    try {
      consumer.subscribe(List.of(Topics.FEEDS), new Listener());
      while (!closing) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
          apply(record);
        }
        finishLoading();
        assignPending();
      }
    } catch (WakeupException e) {
      if (!closing) {
        failed = true;
        LOG.error("poller {}: registry consumer woken up unexpectedly; it stops", name);
      }
    } catch (RuntimeException e) {
      failed = true;
      LOG.error("poller {}: registry consumer failed; no feeds are polled until restart", name, e);
    } finally {
      try {
        // Leave the group explicitly: a static member would otherwise keep its feeds for the session timeout.
        consumer.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(group.revokeTimeout().plus(Duration.ofSeconds(5))));
      } catch (RuntimeException e) {
        LOG.warn("poller {}: closing the registry consumer: {}", name, e.toString());
      }
      // Whatever close() could not revoke (a failed membership) stops being polled now.
      revokeAll(new ArrayList<>(feedsByPartition.keySet()));
    }
  }

  /** One registry record: a feed to poll, renamed, or removed (marker or tombstone). */
  private void apply(ConsumerRecord<String, byte[]> record) {
    Map<String, FeedSource> feeds = feedsByPartition.get(record.partition());
    if (feeds == null || record.key() == null) {
      return;
    }
    String url = record.key();
    FeedSource feed = decode(record);
    boolean ready = !loading.containsKey(record.partition());
    if (feed == null) {
      FeedSource gone = feeds.remove(url);
      Map<String, FeedSource> waiting = pending.get(record.partition());
      if (waiting != null) {
        waiting.remove(url);
      }
      if (gone != null && ready) {
        LOG.info("poller {}: feed {} ({}) removed from the registry; no longer polled", name, gone.name(),
            RedactedUri.of(url));
        service.revoke(List.of(url), group.revokeTimeout());
      }
      return;
    }
    FeedSource before = feeds.put(url, feed);
    if (ready && !feed.equals(before)) {
      pending.computeIfAbsent(record.partition(), p -> new HashMap<>()).put(url, feed);
    }
  }

  private FeedSource decode(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return null;
    }
    try {
      FeedDefinition definition = deserializer.deserialize(record.topic(), record.value());
      if (!record.key().equals(definition.url())) {
        LOG.warn("registry record at {}-{}@{} names another feed than its key; ignored", record.topic(),
            record.partition(), record.offset());
        return null;
      }
      return definition.removed() ? null : new FeedSource(definition.url(), definition.name());
    } catch (RuntimeException e) {
      LOG.warn("unreadable registry record at {}-{}@{} ignored: {}", record.topic(), record.partition(),
          record.offset(), e.getMessage());
      return null;
    }
  }

  /** Partitions read to their end since assignment: their feeds become pending. */
  private void finishLoading() {
    for (Integer partition : new ArrayList<>(loading.keySet())) {
      if (consumer.position(new TopicPartition(Topics.FEEDS, partition)) >= loading.get(partition)) {
        loading.remove(partition);
        pending.computeIfAbsent(partition, p -> new HashMap<>()).putAll(feedsByPartition.get(partition));
        LOG.info("poller {}: registry partition {} read: {} feeds", name, partition,
            feedsByPartition.get(partition).size());
      }
    }
  }

  /** Loads the state of pending feeds from their state partitions and starts polling them. */
  private void assignPending() {
    pending.values().removeIf(Map::isEmpty);
    if (pending.isEmpty() || System.nanoTime() - retryAt < 0) {
      return;
    }
    Map<String, FeedSource> feeds = new HashMap<>();
    pending.values().forEach(feeds::putAll);
    try {
      Map<String, FeedState> states = FeedStateStore.load(kafkaConfig, new HashSet<>(pending.keySet()),
          feeds.keySet(), STATE_LOAD_TIMEOUT);
      service.assign(feeds.values(), states);
      pending.clear();
    } catch (KafkaException | IllegalStateException e) {
      retryAt = System.nanoTime() + RETRY.toNanos();
      LOG.warn("poller {}: state of {} feeds not loaded, retrying in {}: {}", name, feeds.size(), RETRY,
          e.getMessage());
    }
  }

  private void revokeAll(Collection<Integer> partitions) {
    List<String> urls = new ArrayList<>();
    for (Integer partition : partitions) {
      Map<String, FeedSource> feeds = feedsByPartition.remove(partition);
      if (feeds != null) {
        urls.addAll(feeds.keySet());
      }
      loading.remove(partition);
      pending.remove(partition);
      assigned.remove(partition);
    }
    if (!urls.isEmpty()) {
      service.revoke(urls, group.revokeTimeout());
    }
  }

  private final class Listener implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (partitions.isEmpty()) {
        return;
      }
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      for (TopicPartition tp : partitions) {
        feedsByPartition.put(tp.partition(), new HashMap<>());
        loading.put(tp.partition(), ends.getOrDefault(tp, 0L));
        assigned.add(tp.partition());
      }
      LOG.info("poller {}: registry partitions {} assigned, now holding {}", name, numbers(partitions),
          new TreeSet<>(assigned));
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (!partitions.isEmpty()) {
        LOG.info("poller {}: registry partitions {} revoked; finishing their polls", name, numbers(partitions));
        revokeAll(numbers(partitions));
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      if (!partitions.isEmpty()) {
        LOG.warn("poller {}: registry partitions {} lost (membership expired); their feeds stop here", name,
            numbers(partitions));
        revokeAll(numbers(partitions));
      }
    }
  }

  private static Set<Integer> numbers(Collection<TopicPartition> partitions) {
    Set<Integer> numbers = new TreeSet<>();
    partitions.forEach(tp -> numbers.add(tp.partition()));
    return numbers;
  }
}
