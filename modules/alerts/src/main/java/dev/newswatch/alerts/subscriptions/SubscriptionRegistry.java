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

  /** What the API needs: reads, writes and the stories to preview against. */
  public record Backend(SubscriptionDirectory directory, SubscriptionStore store, java.util.function.Supplier<List<Story>> recent) {}

  private final KafkaSubscriptionDirectory directory;
  private final SubscriptionWriter writer;
  private final RecentStories recent;
  private final Backend backend;

  /**
   * Starts following the subscriptions and the recent stories; returns at once.
   *
   * @param kafkaConfig   common client settings
   * @param index         kept equal to the live subscriptions
   * @param metrics       counts subscriptions the index refuses
   * @param recentStories how many recent stories previews run against
   */
  public SubscriptionRegistry(Map<String, Object> kafkaConfig, SubscriptionIndex index, MatchMetrics metrics,
      int recentStories) {
    Objects.requireNonNull(index, "index");
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
    });
    this.writer = new SubscriptionWriter(kafkaConfig);
    this.recent = new RecentStories(kafkaConfig, recentStories);
    this.backend = new Backend(directory, new KafkaSubscriptionStore(writer, directory), recent::snapshot);
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
      if (!s.equals(stored)) {
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
