package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.ClusterConfig;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The cluster stage's state stores. Every one is persistent and changelogged (a restart or a moved task
 * restores it), and every one is bounded by the clustering windows: the band store by its retention, the
 * others by {@link ClusterProcessor}'s expiry punctuator. Names are part of changelog topic names
 * ({@code <application.id>-<store>-changelog}): renaming one orphans its state.
 */
final class ClusterStores {

  /** Content hash → first article with it. */
  static final String CONTENT_HASHES = "cluster-content-hashes";
  /** LSH band key → ids of the articles filed under it (window store, duplicates kept). */
  static final String BANDS = "cluster-band-lists";
  /** Article id → fingerprint (MinHash signature, shingle and word counts). */
  static final String FINGERPRINTS = "cluster-band-fingerprints";
  /** Article id → its representative (itself when it leads its group) and its length in words. */
  static final String DECIDED = "cluster-duplicate-decisions";
  /** Article id not decided yet → candidate links left by articles decided before it. */
  static final String LINKS = "cluster-duplicate-links";
  /** Article id and pass → the article waiting in the story step for its band reports. */
  static final String PENDING = "cluster-pending";
  /** Article id and pass → how many band reports it waits for, and those received. */
  static final String PENDING_PROGRESS = "cluster-pending-progress";
  /** Story id → matching summary. */
  static final String STORIES = "cluster-stories";
  /** Feature key (name, key number, key term) → stories filed under it. */
  static final String STORY_INDEX = "cluster-story-index";
  /** Article id → its story. */
  static final String ARTICLE_STORIES = "cluster-article-stories";
  /** Story id → the story as published, with what merging the next article needs. */
  static final String PUBLISHED = "cluster-published-stories";
  /** Article id of a current representative → its record, re-emitted with {@code dupOf} when a fuller copy takes over. */
  static final String LEADS = "cluster-lead-articles";

  /** Stores of a band partition (step 2). */
  static final List<String> BAND_TIMED = List.of(CONTENT_HASHES, FINGERPRINTS);
  /** Stores of the story step (step 3). */
  static final List<String> STORY_TIMED = List.of(DECIDED, LINKS, PENDING, PENDING_PROGRESS, STORIES, STORY_INDEX, ARTICLE_STORIES,
      PUBLISHED, LEADS);

  private ClusterStores() {}

  static List<StoreBuilder<?>> bandBuilders(ClusterConfig config) {
    List<StoreBuilder<?>> builders = timedBuilders(BAND_TIMED);
    Duration retention = config.dedupWindow();
    builders.add(Stores.windowStoreBuilder(Stores.persistentWindowStore(BANDS, retention, retention, true),
        Serdes.Long(), Serdes.String()));
    return builders;
  }

  static List<StoreBuilder<?>> storyBuilders() {
    return timedBuilders(STORY_TIMED);
  }

  private static List<StoreBuilder<?>> timedBuilders(List<String> names) {
    List<StoreBuilder<?>> builders = new java.util.ArrayList<>();
    for (String name : names) {
      // The cache absorbs repeated writes of hot keys (a story, an index list) between commits, so the
      // changelog gets one record per key per commit rather than one per write.
      builders.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.Bytes(),
          Serdes.ByteArray()).withCachingEnabled());
    }
    return builders;
  }

  static TimedStore timed(ProcessingContext context, String name) {
    KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]> store = context.getStateStore(name);
    return new TimedStore(store);
  }

  static WindowStore<Long, String> bands(ProcessingContext context) {
    return context.getStateStore(BANDS);
  }
}
