package dev.newswatch.alerts.subscriptions;

import dev.newswatch.alerts.match.InvalidQueryException;
import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.match.QueryCompiler;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions of one alerts instance: follows {@code newswatch.subscriptions.v1}
 * ({@link KafkaSubscriptionDirectory}) into the matcher's {@link SubscriptionIndex}, writes API changes,
 * keeps the recent stories for previews, and merges the configuration file's subscriptions in at start:
 * those carry owner {@code config}; each is written when the stored one differs, and a stored
 * {@code config} subscription that the file no longer lists is deleted. Subscriptions of other owners
 * are the API's and never touched here.
 */
public final class SubscriptionRegistry implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SubscriptionRegistry.class);

  /**
   * What the API needs: reads, writes, the stories to preview against, and the state of the sealed secrets.
   */
  public record Backend(SubscriptionDirectory directory, SubscriptionStore store,
      java.util.function.Supplier<List<Story>> recent, Secrets secrets) {

    public Backend {
      secrets = secrets == null ? Secrets.NONE : secrets;
    }

    /** A backend whose subscriptions are all readable and nothing to re-seal (tests, fixed directories). */
    public Backend(SubscriptionDirectory directory, SubscriptionStore store,
        java.util.function.Supplier<List<Story>> recent) {
      this(directory, store, recent, Secrets.NONE);
    }
  }

  /** The subscriptions whose secrets do not open, and re-sealing the others under the active key. */
  public interface Secrets {
    /** Every subscription readable, nothing to re-seal. */
    Secrets NONE = new Secrets() {
      @Override
      public Optional<KafkaSubscriptionDirectory.Locked> locked(String id) {
        return Optional.empty();
      }

      @Override
      public Collection<KafkaSubscriptionDirectory.Locked> locked() {
        return List.of();
      }

      @Override
      public ResealReport reseal() {
        return new ResealReport(0, List.of(), null);
      }
    };

    /** The subscription with this id when its secrets cannot be opened. */
    Optional<KafkaSubscriptionDirectory.Locked> locked(String id);

    /** Every subscription whose secrets cannot be opened. */
    Collection<KafkaSubscriptionDirectory.Locked> locked();

    /**
     * Writes every subscription stored with secrets in clear or under another key again, sealed with the
     * active key; returns once each is read back.
     *
     * @throws IllegalStateException when the store cannot be written now
     */
    ResealReport reseal();
  }

  /**
   * What a re-seal did.
   *
   * @param resealed   subscriptions written again under the active key
   * @param unreadable ids of subscriptions that could not be re-sealed because their secrets do not open
   * @param activeKey  the key id everything readable is now sealed with
   */
  public record ResealReport(int resealed, List<String> unreadable, String activeKey) {}

  private final KafkaSubscriptionDirectory directory;
  private final SubscriptionWriter writer;
  private final RecentStories recent;
  private final Backend backend;
  private final SecretMetrics secretMetrics;
  private final String activeKey;

  /**
   * Starts following the subscriptions and the recent stories; returns at once.
   *
   * @param kafkaConfig   common client settings
   * @param index         kept equal to the live subscriptions
   * @param metrics       counts subscriptions the index refuses
   * @param recentStories how many recent stories previews run against
   * @param codec         seals channel secrets on write and opens them on read
   * @param secretMetrics counts secrets in clear, secrets that do not open and re-seals
   */
  public SubscriptionRegistry(Map<String, Object> kafkaConfig, SubscriptionIndex index, MatchMetrics metrics,
      int recentStories, SealedSubscriptions codec, SecretMetrics secretMetrics) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(codec, "codec");
    this.secretMetrics = Objects.requireNonNull(secretMetrics, "secretMetrics");
    this.directory = new KafkaSubscriptionDirectory(kafkaConfig, new KafkaSubscriptionDirectory.Listener() {
      @Override
      public void loaded(Collection<Subscription> all) {
        Set<String> ids = new HashSet<>();
        all.forEach(s -> ids.add(s.id()));
        // Reading may have started over (broker outage): what was deleted meanwhile leaves the index.
        index.ids().stream().filter(id -> !ids.contains(id)).forEach(index::remove);
        try {
          index.putAll(all);
        } catch (InvalidQueryException e) {
          metrics.error();
          LOG.warn("the only subscription has a query the matcher refuses: {}", e.getMessage());
        }
        try {
          index.compact(); // one query-index segment: matching looks story terms up once, not per segment
        } catch (UncheckedIOException e) {
          LOG.warn("compacting the matcher's query index failed (matching goes on, slower): {}", e.toString());
        }
        LOG.info("subscriptions: {} loaded into the matcher", all.size());
      }

      @Override
      public void changed(Subscription s) {
        try {
          index.put(s);
          LOG.info("subscription {} of {} {}", s.id(), s.owner(), s.paused() ? "paused" : "active");
        } catch (InvalidQueryException e) {
          metrics.error();
          index.remove(s.id());
          LOG.warn("subscription {}: query refused, not matched: {}", s.id(), e.getMessage());
        }
      }

      @Override
      public void removed(String id) {
        index.remove(id);
        LOG.info("subscription {} deleted", id);
      }
    }, codec, secretMetrics);
    this.activeKey = codec.box().activeKeyId();
    this.writer = new SubscriptionWriter(kafkaConfig, codec);
    this.recent = new RecentStories(kafkaConfig, recentStories);
    KafkaSubscriptionStore store = new KafkaSubscriptionStore(writer, directory);
    this.backend = new Backend(directory, store, recent::snapshot, new Secrets() {
      @Override
      public Optional<KafkaSubscriptionDirectory.Locked> locked(String id) {
        return directory.locked(id);
      }

      @Override
      public Collection<KafkaSubscriptionDirectory.Locked> locked() {
        return directory.locked();
      }

      @Override
      public ResealReport reseal() {
        return SubscriptionRegistry.this.reseal(store);
      }
    });
  }

  /** Subscriptions whose secrets cannot be opened, for the metrics. */
  /** The recent stories previews run against (and the story board shows). */
  public RecentStories recentStories() {
    return recent;
  }

  public int lockedCount() {
    return directory.locked().size();
  }

  /** Subscriptions stored in clear or under another key, for the metrics. */
  public int resealPendingCount() {
    return directory.resealPending().size();
  }

  private synchronized ResealReport reseal(SubscriptionStore store) {
    int resealed = 0;
    for (String id : directory.resealPending()) {
      Optional<Subscription> s = directory.get(id);
      if (s.isPresent()) {
        store.put(s.get());
        secretMetrics.resealed();
        resealed++;
      }
    }
    List<String> unreadable = directory.locked().stream().map(KafkaSubscriptionDirectory.Locked::id).sorted()
        .toList();
    LOG.info("subscriptions: {} re-sealed under key {}; {} cannot be read {}", resealed, activeKey,
        unreadable.size(), unreadable);
    return new ResealReport(resealed, unreadable, activeKey);
  }

  /**
   * Waits until every stored subscription has been read, then writes the configuration file's changes.
   *
   * @param configured the configuration file's subscriptions (owner {@code config})
   * @throws TimeoutException        when the topic could not be read within {@code timeout}
   * @throws IllegalArgumentException naming the subscription when a configured query is invalid
   */
  public void loadAndMerge(List<Subscription> configured, Duration timeout)
      throws TimeoutException, InterruptedException {
    for (Subscription s : configured) {
      if (s.query() != null) {
        try {
          QueryCompiler.parse(s.query());
        } catch (InvalidQueryException e) {
          throw new IllegalArgumentException("subscriber " + s.id() + " in the configuration: " + e.getMessage(), e);
        }
      }
    }
    if (!directory.awaitCaughtUp(timeout)) {
      throw new TimeoutException("newswatch.subscriptions.v1 not read within " + timeout);
    }
    Set<String> listed = new HashSet<>();
    int written = 0;
    for (Subscription s : configured) {
      Subscription own = s.owner().equals(Subscription.OWNER_CONFIG) ? s : null;
      if (own == null) {
        LOG.warn("configured subscription {} names owner {}; configuration subscriptions belong to '{}'", s.id(),
            s.owner(), Subscription.OWNER_CONFIG);
        continue;
      }
      listed.add(s.id());
      Subscription stored = directory.get(s.id()).orElse(null);
      if (stored != null && !stored.owner().equals(Subscription.OWNER_CONFIG)) {
        LOG.warn("configured subscription {} not written: the id belongs to owner {}", s.id(), stored.owner());
        continue;
      }
      // Written again also when stored with clear secrets or under another key: it is sealed anew.
      if (!s.equals(stored) || directory.resealPending().contains(s.id())) {
        backend.store().put(s);
        written++;
      }
    }
    int deleted = 0;
    for (Subscription stored : directory.all()) {
      if (stored.owner().equals(Subscription.OWNER_CONFIG) && !listed.contains(stored.id())) {
        backend.store().delete(stored.id());
        deleted++;
      }
    }
    LOG.info("subscriptions: {} from the configuration file ({} written, {} no longer listed deleted), {} in all",
        configured.size(), written, deleted, directory.all().size());
  }

  public SubscriptionDirectory directory() {
    return directory;
  }

  public Backend backend() {
    return backend;
  }

  @Override
  public void close() {
    recent.close();
    directory.close();
    writer.close();
  }
}
