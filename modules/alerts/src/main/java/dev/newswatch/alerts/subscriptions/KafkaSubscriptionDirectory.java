package dev.newswatch.alerts.subscriptions;

import dev.newswatch.model.kafka.TopicFollower;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every subscription of the compacted {@link Topics#SUBSCRIPTIONS}, read from the beginning by each
 * alerts instance and then followed, so any instance can match, deliver and answer the API for any
 * subscription. A plain consumer rather than a GlobalKTable: the API, the delivery loop and the matcher
 * all need it outside the Streams threads, and the matcher needs each change as an event (to update its
 * Lucene monitor), not only a store to look into. See DESIGN.md.
 *
 * <p>Changes reach the {@link Listener} in topic order: first one {@link Listener#loaded} with everything
 * once the topic has been read to its end, then one call per change. A record that cannot be read is
 * logged and skipped (the API never writes one).
 */
public final class KafkaSubscriptionDirectory extends TopicFollower implements SubscriptionDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaSubscriptionDirectory.class);

  /** Hears about changes; called on the directory's thread, so it must not block for long. */
  public interface Listener {
    /** Everything read at start (or after a restart of reading); the listener replaces what it had. */
    void loaded(Collection<Subscription> all);

    /** A subscription was created or changed after loading. */
    void changed(Subscription subscription);

    /** A subscription was deleted after loading. */
    void removed(String id);
  }

  private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
  private final SubscriptionDirectory view = SubscriptionDirectory.over(byId);
  private final Deserializer<Subscription> reader = Topics.subscriptionSerde().deserializer();
  private final Listener listener;
  private final Set<String> readThisPass = new HashSet<>();
  private volatile boolean loaded;
  private volatile long unreadable;

  /**
   * Starts reading {@link Topics#SUBSCRIPTIONS} from its beginning.
   *
   * @param kafkaConfig common client settings
   * @param listener    told about the subscriptions and their changes
   */
  public KafkaSubscriptionDirectory(Map<String, Object> kafkaConfig, Listener listener) {
    super(java.util.List.of(Topics.SUBSCRIPTIONS), kafkaConfig, "subscriptions");
    this.listener = listener;
    startFollowing();
  }

  @Override
  public Optional<Subscription> get(String id) {
    return view.get(id);
  }

  @Override
  public Collection<Subscription> all() {
    return view.all();
  }

  /** Records skipped because they could not be read. */
  public long unreadable() {
    return unreadable;
  }

  @Override
  protected void reset() {
    // Keep serving what is known while reading again; entries deleted meanwhile are dropped at the end.
    readThisPass.clear();
    loaded = false;
  }

  @Override
  protected long startOffset(org.apache.kafka.common.TopicPartition partition, long beginning, long end) {
    return beginning;
  }

  @Override
  protected void apply(ConsumerRecord<String, byte[]> record) {
    String id = record.key();
    if (id == null) {
      return;
    }
    if (record.value() == null) {
      readThisPass.remove(id);
      if (byId.remove(id) != null && loaded) {
        listener.removed(id);
      }
      return;
    }
    Subscription s;
    try {
      s = reader.deserialize(record.topic(), record.value());
    } catch (RuntimeException e) {
      unreadable++;
      LOG.warn("subscription record {} at {}-{}@{} unreadable, skipped: {}", id, record.topic(), record.partition(),
          record.offset(), e.getMessage());
      return;
    }
    if (!s.id().equals(id)) {
      unreadable++;
      LOG.warn("subscription record keyed {} carries id {}; skipped", id, s.id());
      return;
    }
    readThisPass.add(id);
    byId.put(id, s);
    if (loaded) {
      listener.changed(s);
    }
  }

  @Override
  protected void onCaughtUp() {
    for (String id : new ArrayList<>(byId.keySet())) {
      if (!readThisPass.contains(id)) {
        byId.remove(id);
      }
    }
    loaded = true;
    LOG.info("subscriptions: {} read from {}", byId.size(), Topics.SUBSCRIPTIONS);
    listener.loaded(List.copyOf(byId.values()));
  }
}
