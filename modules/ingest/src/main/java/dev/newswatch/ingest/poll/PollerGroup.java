package dev.newswatch.ingest.poll;

import java.time.Duration;
import java.util.Objects;

/**
 * How poller instances share the feeds of the registry ({@code newswatch.feeds.v1}): as members of one
 * Kafka consumer group, each polling the feeds of the registry partitions assigned to it.
 *
 * @param groupId           the consumer group every poller instance of a deployment joins
 * @param sessionTimeout    how long a silent instance keeps its feeds before the others take them over
 * @param heartbeatInterval how often an instance tells the group it is alive (well below the session timeout)
 * @param revokeTimeout     how long an instance giving feeds away waits for their polls in progress, so
 *                          the instance taking them over never polls a feed at the same time
 */
public record PollerGroup(String groupId, Duration sessionTimeout, Duration heartbeatInterval,
    Duration revokeTimeout, String instanceId) {

  public static final String DEFAULT_GROUP_ID = "newswatch-poller";

  /** A dynamic member (no {@code group.instance.id}). */
  public PollerGroup(String groupId, Duration sessionTimeout, Duration heartbeatInterval, Duration revokeTimeout) {
    this(groupId, sessionTimeout, heartbeatInterval, revokeTimeout, null);
  }

  public PollerGroup {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(sessionTimeout, "sessionTimeout");
    Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
    Objects.requireNonNull(revokeTimeout, "revokeTimeout");
    if (groupId.isBlank()) {
      throw new IllegalArgumentException("groupId must not be blank");
    }
    if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()
        || heartbeatInterval.compareTo(sessionTimeout) >= 0) {
      throw new IllegalArgumentException("heartbeatInterval must be positive and shorter than sessionTimeout");
    }
    if (revokeTimeout.isNegative() || revokeTimeout.compareTo(Duration.ofMinutes(4)) > 0) {
      throw new IllegalArgumentException("revokeTimeout must be 0-4 min (below the group's max.poll.interval.ms)");
    }
  }

  /** The default group: 45 s session (Kafka's default), 3 s heartbeats, 60 s to finish polls when giving feeds away. */
  public static PollerGroup defaults() {
    return new PollerGroup(DEFAULT_GROUP_ID, Duration.ofSeconds(45), Duration.ofSeconds(3), Duration.ofSeconds(60));
  }
}
