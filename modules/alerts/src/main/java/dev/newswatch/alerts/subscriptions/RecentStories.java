package dev.newswatch.alerts.subscriptions;

import dev.newswatch.model.kafka.TopicFollower;
import dev.newswatch.model.Story;
import dev.newswatch.model.Topics;
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
        return size() > RecentStories.this.capacity;
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

  @Override
  protected void reset() {
    synchronized (stories) {
      stories.clear();
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
        return;
      }
      try {
        Story story = reader.deserialize(record.topic(), record.value());
        stories.remove(record.key()); // re-inserted as the newest
        stories.put(record.key(), story);
      } catch (RuntimeException e) {
        LOG.debug("unreadable story at {}-{}@{} skipped: {}", record.topic(), record.partition(), record.offset(),
            e.getMessage());
      }
    }
  }
}
