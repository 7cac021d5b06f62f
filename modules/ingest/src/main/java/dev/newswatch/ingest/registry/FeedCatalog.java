package dev.newswatch.ingest.registry;

import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.FeedState;
import dev.newswatch.model.Topics;
import dev.newswatch.model.kafka.TopicFollower;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
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
public final class FeedCatalog extends TopicFollower {

  private static final Logger LOG = LoggerFactory.getLogger(FeedCatalog.class);

  /** A feed of the registry and its stored state (null before its first stored poll). */
  public record Entry(FeedDefinition definition, FeedState state) {}

  private final Deserializer<FeedDefinition> definitions = Topics.feedDefinitionSerde().deserializer();
  private final Deserializer<FeedState> states = Topics.feedStateSerde().deserializer();
  private final Map<String, FeedDefinition> feeds = new ConcurrentHashMap<>();
  private final Map<String, FeedState> stateByUrl = new ConcurrentHashMap<>();

  /** Starts following both topics from their beginning. */
  public FeedCatalog(Map<String, Object> kafkaConfig) {
    super(List.of(Topics.FEEDS, Topics.FEED_STATE), kafkaConfig, "feed-catalog");
    startFollowing();
  }

  /**
   * Waits until the registry record written at {@code offset} of {@code partition} has been read, so
   * a write is visible here before the caller answers; returns whether it was.
   */
  public boolean awaitRegistryOffset(int partition, long offset, Duration timeout) throws InterruptedException {
    return awaitOffset(Topics.FEEDS, partition, offset, timeout);
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
  protected void reset() {
    feeds.clear();
    stateByUrl.clear();
  }

  @Override
  protected void apply(ConsumerRecord<String, byte[]> record) {
    if (record.topic().equals(Topics.FEEDS)) {
      RegistryRecords.apply(feeds, record, definitions);
    } else {
      applyState(record);
    }
  }

  @Override
  protected void onCaughtUp() {
    LOG.info("feed catalog: {} registry records and {} feed states read", feeds.size(), stateByUrl.size());
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
}
