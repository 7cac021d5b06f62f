package dev.newswatch.alerts.subscriptions;

import dev.newswatch.model.kafka.TopicFollower;
import dev.newswatch.model.Story;
import dev.newswatch.model.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest revision of the most recently written stories of {@link Topics#STORIES}, at most
 * {@code capacity} of them, for previewing a query ("what would it have matched?"). Reading starts
 * {@code capacity} records before each partition's end, so memory and start-up time stay bounded however
 * long the topic is.
 */
public final class RecentStories extends TopicFollower {

  private static final Logger LOG = LoggerFactory.getLogger(RecentStories.class);

  private final int capacity;
  private final Deserializer<Story> reader = Topics.storySerde().deserializer();
  private final LinkedHashMap<String, Story> stories;
  /** Per story: the revisions seen, oldest first, at most {@value #MAX_REVISIONS}. */
  private final Map<String, java.util.ArrayDeque<Revision>> revisions = new java.util.HashMap<>();
  /** Per story: the change sequence of its latest write. */
  private final Map<String, Long> sequenceOf = new java.util.HashMap<>();
  private long sequence;

  /** Revisions kept per story for its history. */
  public static final int MAX_REVISIONS = 30;

  /**
   * One revision of a story as it was read: what the board shows as the story's history.
   *
   * @param revision           the story's revision number
   * @param updatedAt          when the revision was written
   * @param independentSources independent outlets at that revision
   * @param changes            what changed in it (empty for revision 1)
   */
  public record Revision(int revision, Instant updatedAt, int independentSources, List<String> changes) {}

  /**
   * @param kafkaConfig common client settings
   * @param capacity    stories kept (1-100000)
   */
  public RecentStories(Map<String, Object> kafkaConfig, int capacity) {
    super(java.util.List.of(Topics.STORIES), kafkaConfig, "recent-stories");
    if (capacity < 1 || capacity > 100_000) {
      throw new IllegalArgumentException("recent stories capacity must be 1-100000, was " + capacity);
    }
    this.capacity = capacity;
    this.stories = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Story> eldest) {
        boolean evict = size() > RecentStories.this.capacity;
        if (evict) {
          revisions.remove(eldest.getKey());
          sequenceOf.remove(eldest.getKey());
        }
        return evict;
      }
    };
    startFollowing();
  }

  /** The stories kept, oldest first. */
  public List<Story> snapshot() {
    synchronized (stories) {
      return new ArrayList<>(stories.values());
    }
  }

  /** The revisions of story {@code id} seen since it was first read here, oldest first; empty when unknown. */
  public List<Revision> revisions(String id) {
    synchronized (stories) {
      java.util.ArrayDeque<Revision> trail = revisions.get(id);
      return trail == null ? List.of() : List.copyOf(trail);
    }
  }

  /** The change sequence: increases by one on every story written or removed. */
  public long sequence() {
    synchronized (stories) {
      return sequence;
    }
  }

  /**
   * The stories written after change sequence {@code after}, in the order written, waiting up to {@code wait}
   * for one when there is none yet.
   */
  public Changes changesAfter(long after, java.time.Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    synchronized (stories) {
      while (sequence <= after) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return new Changes(sequence, List.of());
        }
        java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(stories, left);
      }
      List<Story> changed = new ArrayList<>();
      for (Map.Entry<String, Story> e : stories.entrySet()) {
        Long seq = sequenceOf.get(e.getKey());
        if (seq != null && seq > after) {
          changed.add(e.getValue());
        }
      }
      changed.sort(java.util.Comparator.comparingLong(st -> sequenceOf.getOrDefault(st.id(), 0L)));
      return new Changes(sequence, changed);
    }
  }

  /**
   * What {@link #changesAfter} found.
   *
   * @param sequence the change sequence to wait after next time
   * @param stories  the stories written meanwhile (their latest revision), oldest write first
   */
  public record Changes(long sequence, List<Story> stories) {}

  @Override
  protected void reset() {
    synchronized (stories) {
      stories.clear();
      revisions.clear();
      sequenceOf.clear();
      sequence++;
      stories.notifyAll();
    }
  }

  @Override
  protected long startOffset(org.apache.kafka.common.TopicPartition partition, long beginning, long end) {
    return Math.max(beginning, end - capacity);
  }

  @Override
  protected void apply(ConsumerRecord<String, byte[]> record) {
    if (record.key() == null) {
      return;
    }
    synchronized (stories) {
      if (record.value() == null) {
        stories.remove(record.key());
        revisions.remove(record.key());
        sequenceOf.remove(record.key());
        sequence++;
        stories.notifyAll();
        return;
      }
      try {
        Story story = reader.deserialize(record.topic(), record.value());
        stories.remove(record.key()); // re-inserted as the newest
        stories.put(record.key(), story);
        java.util.ArrayDeque<Revision> trail = revisions.computeIfAbsent(record.key(), k -> new java.util.ArrayDeque<>());
        if (trail.isEmpty() || trail.peekLast().revision() != story.revision()) {
          trail.addLast(new Revision(story.revision(), story.updatedAt(), story.independentSources(), story.changes()));
          while (trail.size() > MAX_REVISIONS) {
            trail.removeFirst();
          }
        }
        sequenceOf.put(record.key(), ++sequence);
        stories.notifyAll();
      } catch (RuntimeException e) {
        LOG.debug("unreadable story at {}-{}@{} skipped: {}", record.topic(), record.partition(), record.offset(),
            e.getMessage());
      }
    }
  }
}
