package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.model.Alert;
import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery half of the alerts service. Its own thread polls {@link Topics#ALERTS} and hands each alert
 * to one {@link Lane} per channel of its subscription; lanes deliver on delivery threads, in order per
 * subscription and channel, independently of each other. Per partition an {@link OffsetLedger} tracks which
 * records are finished; this thread commits the lowest unfinished offset (plus the finished ones above it
 * in the commit metadata) every {@value #COMMIT_INTERVAL_MS} ms, so a crash resends only unfinished alerts,
 * with their same ids. Memory is bounded: a partition is paused while it holds
 * {@code maxBufferedPerPartition} unfinished records or one of its lanes {@code maxQueuedPerSubscription},
 * and resumed when back under half. See DESIGN.md.
 */
final class DeliveryLoop implements Runnable {

  /** Header of a redelivered record: deliver only to channels of this type. */
  static final String CHANNEL_HEADER = "newswatch-redeliver-channel";
  /** Header of a redelivered record: deliver only to channels with this {@link Subscription.Channel#target()}. */
  static final String TARGET_HEADER = "newswatch-redeliver-target";

  private static final Logger LOG = LoggerFactory.getLogger(DeliveryLoop.class);
  private static final Duration POLL_TIMEOUT = Duration.ofMillis(200);
  private static final long COMMIT_INTERVAL_MS = 500;
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> producer;
  private final SubscriptionDirectory directory;
  private final DeadLetterPublisher deadLetters;
  private final AlertsMetrics metrics;
  private final LaneRunner runner;
  private final Lane.Context laneContext;
  private final int maxQueuedPerLane;
  private final int maxBufferedPerPartition;

  private final Map<TopicPartition, OffsetLedger> ledgers = new ConcurrentHashMap<>();
  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
  private final Set<TopicPartition> paused = new HashSet<>();
  private Map<TopicPartition, OffsetAndMetadata> lastCommitted = new HashMap<>();
  private long lastCommitAt;
  private volatile boolean running = true;

  /**
   * @param consumer a consumer configured by {@link ClientSettings}, closed by this loop
   * @param producer the dead-letter producer, closed by this loop
   * @param runner   runs lanes; shut down by this loop
   */
  DeliveryLoop(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer, SubscriptionDirectory directory,
      DeadLetterPublisher deadLetters, AlertsMetrics metrics, LaneRunner runner, Lane.Context laneContext,
      DeliverySettings settings) {
    this.consumer = consumer;
    this.producer = producer;
    this.directory = directory;
    this.deadLetters = deadLetters;
    this.metrics = metrics;
    this.runner = runner;
    this.laneContext = laneContext;
    this.maxQueuedPerLane = settings.maxQueuedPerSubscription();
    this.maxBufferedPerPartition = settings.maxBufferedPerPartition();
  }

  /** Asks the loop to finish; it then stops the lanes, commits what is finished and closes its clients. */
  void stop() {
    running = false;
    consumer.wakeup();
  }

  @Override
  public void run() {
    try {
      consumer.subscribe(List.of(Topics.ALERTS), new Rebalance());
      while (running) {
        List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
        consumer.poll(POLL_TIMEOUT).forEach(batch::add);
        handleBatch(batch);
        commitIfDue(false);
        adjustPauses();
      }
    } catch (WakeupException | InterruptException | InterruptedException e) {
      if (running) {
        LOG.warn("delivery loop interrupted while running; stopping");
      }
    } catch (RuntimeException e) {
      LOG.error("delivery loop failed; alerts are no longer delivered until restart", e);
    } finally {
      running = false;
      Thread.interrupted(); // closing must not be cut short by an interrupt
      runner.shutdown(CLOSE_TIMEOUT);
      lanes.values().forEach(Lane::cancel);
      Thread.interrupted();
      try {
        commitIfDue(true);
      } catch (RuntimeException e) {
        LOG.warn("final commit of delivery offsets failed ({}); unfinished-looking alerts may be sent once more, "
            + "with their same ids", e.toString());
      } finally {
        // Leaving the group at once matters: a member that is not closed holds its partitions until its
        // session times out, and a successor delivers nothing meanwhile.
        closeClients();
      }
    }
  }

  /** Unfinished records held in memory, over all partitions (for the queue gauge and tests). */
  int buffered() {
    return ledgers.values().stream().mapToInt(OffsetLedger::pendingCount).sum();
  }

  private void handleBatch(List<ConsumerRecord<byte[], byte[]>> batch) throws InterruptedException {
    Set<TopicPartition> rewound = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> record : batch) {
      TopicPartition partition = new TopicPartition(record.topic(), record.partition());
      OffsetLedger ledger = ledgers.get(partition);
      if (ledger == null || rewound.contains(partition)) {
        continue; // revoked meanwhile, or waiting to be read again
      }
      try {
        handle(record, partition, ledger);
      } catch (InterruptException e) {
        throw new InterruptedException("interrupted writing a dead letter");
      } catch (KafkaException e) {
        LOG.warn("alert record {}@{} not handled, will read it again: {}", partition, record.offset(), e.getMessage());
        consumer.seek(partition, record.offset());
        rewound.add(partition);
      }
    }
  }

  private void handle(ConsumerRecord<byte[], byte[]> record, TopicPartition partition, OffsetLedger ledger)
      throws InterruptedException {
    if (ledger.finishedBefore(record.offset())) {
      ledger.add(record.offset(), 0);
      return;
    }
    Alert alert = decode(record);
    if (alert == null) {
      ledger.add(record.offset(), 0);
      return;
    }
    Optional<Subscription> subscription = directory.get(alert.subscriptionId());
    if (subscription.isEmpty()) {
      LOG.warn("alert {} names subscription {} which does not exist (any more); skipped", alert.alertId(),
          alert.subscriptionId());
      metrics.unknownSubscription();
      ledger.add(record.offset(), 0);
      return;
    }
    List<Subscription.Channel> channels = channels(subscription.get(), record);
    ledger.add(record.offset(), channels.size());
    boolean digest = subscription.get().mode().equals(Subscription.MODE_DIGEST);
    for (Subscription.Channel channel : channels) {
      laneContext.dispatcher().queued(alert, channel);
      lane(alert.subscriptionId(), channel, partition, ledger).add(alert, record.offset(), digest);
    }
  }

  /** The subscription's channels, or only those a redelivery names. */
  private static List<Subscription.Channel> channels(Subscription subscription, ConsumerRecord<byte[], byte[]> record) {
    String type = header(record, CHANNEL_HEADER);
    String target = header(record, TARGET_HEADER);
    Map<String, Subscription.Channel> byDestination = new java.util.LinkedHashMap<>();
    subscription.channels().stream()
        .filter(c -> type == null || c.type().equals(type))
        .filter(c -> target == null || c.target().equals(target))
        .forEach(c -> byDestination.putIfAbsent(c.type() + "\u0000" + c.url() + "\u0000" + c.to(), c));
    return List.copyOf(byDestination.values());
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private Lane lane(String subscriptionId, Subscription.Channel channel, TopicPartition partition, OffsetLedger ledger) {
    // One lane per destination (type, URL, recipient), whatever its secret: a rotated secret keeps the order.
    String key = partition + "\u0000" + subscriptionId + "\u0000" + channel.type() + "\u0000" + channel.url() + "\u0000"
        + channel.to();
    return lanes.computeIfAbsent(key, k -> new Lane(subscriptionId, channel, partition.partition(), ledger, laneContext));
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

  private void commitIfDue(boolean force) {
    long now = System.currentTimeMillis();
    if (!force && now - lastCommitAt < COMMIT_INTERVAL_MS) {
      return;
    }
    lastCommitAt = now;
    commit(ledgers.keySet());
  }

  private void commit(Collection<TopicPartition> partitions) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition partition : partitions) {
      OffsetLedger ledger = ledgers.get(partition);
      OffsetAndMetadata point = ledger == null ? null : ledger.commitPoint();
      if (point != null && !point.equals(lastCommitted.get(partition))) {
        offsets.put(partition, point);
      }
    }
    if (offsets.isEmpty()) {
      return;
    }
    try {
      consumer.commitSync(offsets, CLOSE_TIMEOUT);
      lastCommitted.putAll(offsets);
    } catch (CommitFailedException | RebalanceInProgressException | TimeoutException e) {
      LOG.warn("could not commit delivery offsets {} ({}); unfinished-looking alerts may be sent once more, with "
          + "their same ids", offsets.keySet(), e.getClass().getSimpleName());
    } catch (WakeupException e) {
      if (running) {
        throw e;
      }
      commit(partitions); // the wakeup was for the poll; this final commit still has to happen
    }
  }

  private void adjustPauses() {
    Map<Integer, Boolean> laneFull = new HashMap<>();
    for (Lane lane : lanes.values()) {
      int size = lane.size();
      if (size >= maxQueuedPerLane) {
        laneFull.put(lane.partition, true);
      } else if (size >= maxQueuedPerLane / 2) {
        laneFull.putIfAbsent(lane.partition, false);
      }
    }
    List<TopicPartition> toPause = new ArrayList<>();
    List<TopicPartition> toResume = new ArrayList<>();
    for (Map.Entry<TopicPartition, OffsetLedger> entry : ledgers.entrySet()) {
      TopicPartition partition = entry.getKey();
      int pending = entry.getValue().pendingCount();
      boolean full = pending >= maxBufferedPerPartition || Boolean.TRUE.equals(laneFull.get(partition.partition()));
      boolean low = pending < maxBufferedPerPartition / 2 && !laneFull.containsKey(partition.partition());
      if (full && paused.add(partition)) {
        toPause.add(partition);
      } else if (low && paused.remove(partition)) {
        toResume.add(partition);
      }
    }
    if (!toPause.isEmpty()) {
      LOG.info("delivery paused reading {}: too many undelivered alerts held", toPause);
      consumer.pause(toPause);
    }
    if (!toResume.isEmpty()) {
      LOG.info("delivery resumed reading {}", toResume);
      consumer.resume(toResume);
    }
    metrics.queued(buffered(), paused.size());
  }

  /** Commits before partitions go, drops their lanes, and restores finished ranges of new ones. */
  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      commit(partitions);
      drop(partitions);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      drop(partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (partitions.isEmpty()) {
        return;
      }
      Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(new HashSet<>(partitions));
      for (TopicPartition partition : partitions) {
        OffsetAndMetadata c = committed.get(partition);
        ledgers.put(partition, new OffsetLedger(c == null ? null : c.metadata()));
        if (c != null) {
          lastCommitted.put(partition, c);
        }
      }
      LOG.info("delivery took {}", partitions);
    }

    private void drop(Collection<TopicPartition> partitions) {
      for (TopicPartition partition : partitions) {
        OffsetLedger ledger = ledgers.remove(partition);
        lanes.values().removeIf(lane -> {
          if (lane.ledger == ledger) {
            lane.cancel();
            return true;
          }
          return false;
        });
        paused.remove(partition);
        lastCommitted.remove(partition);
      }
    }
  }

  private void closeClients() {
    try {
      consumer.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
          .withTimeout(CLOSE_TIMEOUT));
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
