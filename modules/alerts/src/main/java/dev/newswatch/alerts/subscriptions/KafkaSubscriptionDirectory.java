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
 *
 * <p>Channel secrets are stored sealed ({@link SealedSubscriptions}). A record whose secrets do not open
 * (sealed with a key that is not configured, or altered) is logged, counted and kept aside as
 * {@link Locked}: not matched, shown by the API with its error, and read normally once the key is
 * configured again or the subscription is written anew. Records stored in clear or under an older key
 * are served as usual and listed in {@link #resealPending()}.
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

  /**
   * A subscription whose stored secrets cannot be opened.
   *
   * @param id      its id
   * @param owner   the owner the record names (null when it names none)
   * @param name    its display name, or null
   * @param reason  {@code unknown_key}, {@code tampered} or {@code malformed}
   * @param keyId   the key id the sealed value names, or null
   * @param message what is wrong, never a secret
   */
  public record Locked(String id, String owner, String name, String reason, String keyId, String message) {}

  private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
  private final Map<String, Locked> locked = new ConcurrentHashMap<>();
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final SealedSubscriptions codec;
  private final SecretMetrics secretMetrics;
  private final SubscriptionDirectory view = SubscriptionDirectory.over(byId);
  private final Listener listener;
  private final Set<String> readThisPass = new HashSet<>();
  private volatile boolean loaded;
  private volatile long unreadable;

  /**
   * Starts reading {@link Topics#SUBSCRIPTIONS} from its beginning.
   *
   * @param kafkaConfig common client settings
   * @param listener    told about the subscriptions and their changes
   * @param codec       opens the sealed channel secrets
   * @param metrics     counts secrets in clear and secrets that do not open
   */
  public KafkaSubscriptionDirectory(Map<String, Object> kafkaConfig, Listener listener, SealedSubscriptions codec,
      SecretMetrics metrics) {
    super(java.util.List.of(Topics.SUBSCRIPTIONS), kafkaConfig, "subscriptions");
    this.listener = listener;
    this.codec = java.util.Objects.requireNonNull(codec, "codec");
    this.secretMetrics = java.util.Objects.requireNonNull(metrics, "metrics");
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

  /** The subscription with this id when its secrets cannot be opened. */
  public Optional<Locked> locked(String id) {
    return Optional.ofNullable(locked.get(id));
  }

  /** Every subscription whose secrets cannot be opened. */
  public Collection<Locked> locked() {
    return List.copyOf(locked.values());
  }

  /** Ids of readable subscriptions stored with secrets in clear or under a key other than the active one. */
  public Set<String> resealPending() {
    return Set.copyOf(pending);
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
      locked.remove(id);
      pending.remove(id);
      if (byId.remove(id) != null && loaded) {
        listener.removed(id);
      }
      return;
    }
    Subscription s;
    SealedSubscriptions.Read read;
    try {
      read = codec.decode(record.value());
      s = read.subscription();
    } catch (SealedSubscriptions.UnreadableException e) {
      lock(id, record, e);
      return;
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
    if (read.clearSecrets() > 0) {
      secretMetrics.clearSecretRead();
    }
    if (read.current(codec.box().activeKeyId())) {
      pending.remove(id);
    } else {
      pending.add(id);
    }
    locked.remove(id);
    readThisPass.add(id);
    byId.put(id, s);
    if (loaded) {
      listener.changed(s);
    }
  }

  private void lock(String id, ConsumerRecord<String, byte[]> record, SealedSubscriptions.UnreadableException e) {
    var cause = e.secretError();
    secretMetrics.error(cause.reason());
    LOG.error("subscription {} at {}-{}@{}: its secrets cannot be opened ({}), so it is not matched until they "
        + "can: {}", id, record.topic(), record.partition(), record.offset(), cause.reason().label(), e.getMessage());
    locked.put(id, new Locked(id, e.owner(), e.name(), cause.reason().label(), cause.keyId(), e.getMessage()));
    pending.remove(id);
    readThisPass.add(id);
    if (byId.remove(id) != null && loaded) {
      listener.removed(id);
    }
  }

  @Override
  protected void onCaughtUp() {
    for (String id : new ArrayList<>(byId.keySet())) {
      if (!readThisPass.contains(id)) {
        byId.remove(id);
        pending.remove(id);
      }
    }
    locked.keySet().removeIf(id -> !readThisPass.contains(id));
    if (!locked.isEmpty()) {
      LOG.error("subscriptions: {} cannot be read because their secrets do not open (see the errors above, "
          + "newswatch_alerts_subscriptions_unreadable and docs/security.md): {}", locked.size(), locked.keySet());
    }
    loaded = true;
    LOG.info("subscriptions: {} read from {}", byId.size(), Topics.SUBSCRIPTIONS);
    listener.loaded(List.copyOf(byId.values()));
  }
}
