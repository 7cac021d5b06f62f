package dev.newswatch.broker;

import dev.newswatch.model.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics of the contract up front and waits until every partition has a leader. Producing
 * to a topic whose partitions have no leader yet can lose an idempotent producer's first batch
 * (KAFKA-15591), so services start only after {@link #ensureTopics} returns.
 */
public final class TopicInitializer {

  private static final Logger LOG = LoggerFactory.getLogger(TopicInitializer.class);

  /** {@link Settings#replicationFactor} or {@link Settings#minInsyncReplicas} chosen from the cluster. */
  public static final short FROM_CLUSTER = 0;

  /**
   * How topics are created.
   *
   * @param partitions          partitions of every non-compacted topic
   * @param compactedPartitions partitions of compacted (registry/state) topics
   * @param replicationFactor   replication factor of every topic; {@link #FROM_CLUSTER}:
   *                            {@link Replication#factorFor min(3, brokers)}
   * @param minInsyncReplicas   {@code min.insync.replicas} of every topic; {@link #FROM_CLUSTER}:
   *                            {@link Replication#minInsyncFor one less than the replication factor}, at least 1
   * @param retention           retention of non-compacted topics
   */
  public record Settings(int partitions, int compactedPartitions, short replicationFactor, short minInsyncReplicas,
      Duration retention) {
    public Settings {
      if (partitions < 1 || compactedPartitions < 1 || replicationFactor < 0 || minInsyncReplicas < 0) {
        throw new IllegalArgumentException("partitions and replication factor must be at least 1");
      }
      if (replicationFactor != FROM_CLUSTER && minInsyncReplicas > replicationFactor) {
        throw new IllegalArgumentException("min.insync.replicas " + minInsyncReplicas
            + " is more than the replication factor " + replicationFactor + ": no write could succeed");
      }
    }

    /** A fixed replication factor, {@code min.insync.replicas} one less (at least 1). */
    public Settings(int partitions, int compactedPartitions, short replicationFactor, Duration retention) {
      this(partitions, compactedPartitions, replicationFactor, FROM_CLUSTER, retention);
      if (replicationFactor < 1) {
        throw new IllegalArgumentException("partitions and replication factor must be at least 1");
      }
    }

    /** These settings with what is {@link #FROM_CLUSTER} chosen for a cluster of {@code brokers} brokers. */
    public Settings resolve(int brokers) {
      short rf = replicationFactor != FROM_CLUSTER ? replicationFactor : (short) Replication.factorFor(brokers);
      short minIsr = minInsyncReplicas != FROM_CLUSTER ? minInsyncReplicas : (short) Replication.minInsyncFor(rf);
      return new Settings(partitions, compactedPartitions, rf, (short) Math.min(minIsr, rf), retention);
    }

    boolean resolved() {
      return replicationFactor != FROM_CLUSTER && minInsyncReplicas != FROM_CLUSTER;
    }
  }

  private TopicInitializer() {}

  /**
   * Creates missing topics (existing ones are left as they are, and reported when their partition count or
   * replication factor differs) and waits until every partition of every topic has a leader.
   *
   * @return the settings used, with a replication factor and {@code min.insync.replicas} chosen from the
   *     cluster where they were {@link #FROM_CLUSTER}: give the same to Kafka Streams for its internal topics
   * @throws TimeoutException when the cluster does not get there within {@code timeout}
   */
  public static Settings ensureTopics(Map<String, Object> adminConfig, Collection<TopicSpec> topics, Settings settings,
      Duration timeout) throws TimeoutException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = Admin.create(adminConfig)) {
      Settings resolved = settings.resolved() ? settings : settings.resolve(brokerCount(admin, deadline));
      if (resolved.minInsyncReplicas() < settings.minInsyncReplicas()) {
        LOG.warn("min.insync.replicas {} is more than the replication factor {} chosen for this cluster; using {}",
            settings.minInsyncReplicas(), resolved.replicationFactor(), resolved.minInsyncReplicas());
      }
      createMissing(admin, topics, resolved, deadline);
      awaitLeaders(admin, topics, resolved, deadline);
      return resolved;
    }
  }

  private static int brokerCount(Admin admin, long deadline) throws TimeoutException, InterruptedException {
    while (true) {
      try {
        int brokers = admin.describeCluster().nodes().get(remaining(deadline), TimeUnit.MILLISECONDS).size();
        LOG.info("{} brokers in the cluster: topics get replication factor {}", brokers, Replication.factorFor(brokers));
        return brokers;
      } catch (ExecutionException e) {
        LOG.warn("cluster not described yet: {}; retrying", e.getCause().toString());
        sleepUntilRetry(deadline);
      }
    }
  }

  private static void createMissing(Admin admin, Collection<TopicSpec> topics, Settings settings, long deadline)
      throws TimeoutException, InterruptedException {
    List<NewTopic> wanted = new ArrayList<>();
    for (TopicSpec spec : topics) {
      Map<String, String> configs = new HashMap<>();
      if (spec.compacted()) {
        configs.put("cleanup.policy", "compact");
        configs.put("min.compaction.lag.ms", "60000");
      } else {
        configs.put("retention.ms", String.valueOf(settings.retention().toMillis()));
      }
      configs.put("min.insync.replicas", String.valueOf(settings.minInsyncReplicas()));
      int partitions = spec.compacted() ? settings.compactedPartitions() : settings.partitions();
      wanted.add(new NewTopic(spec.name(), partitions, settings.replicationFactor()).configs(configs));
    }
    while (true) {
      try {
        Set<String> existing = admin.listTopics().names().get(remaining(deadline), TimeUnit.MILLISECONDS);
        List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
        if (!missing.isEmpty()) {
          try {
            admin.createTopics(missing).all().get(remaining(deadline), TimeUnit.MILLISECONDS);
            missing.forEach(t -> LOG.info("created topic {} ({} partitions, replication {}, min.insync.replicas {})",
                t.name(), t.numPartitions(), t.replicationFactor(), settings.minInsyncReplicas()));
          } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicAuthorizationException
                || e.getCause() instanceof ClusterAuthorizationException) {
              // With authorization on, a topic the principal may not describe looks missing; creating it is
              // refused too. Waiting cannot help: name the topics and what is needed.
              throw new IllegalStateException("topics " + missing.stream().map(NewTopic::name).toList()
                  + " are not visible to this client and it may not create them: create them beforehand and allow "
                  + "this principal to use them (docs/security.md); " + e.getCause().getMessage(), e.getCause());
            }
            if (!(e.getCause() instanceof TopicExistsException)) {
              throw e;
            }
          }
        }
        return;
      } catch (ExecutionException e) {
        LOG.warn("topic creation not possible yet: {}; retrying", e.getCause().toString());
        sleepUntilRetry(deadline);
      }
    }
  }

  private static void awaitLeaders(Admin admin, Collection<TopicSpec> topics, Settings settings, long deadline)
      throws TimeoutException, InterruptedException {
    List<String> names = topics.stream().map(TopicSpec::name).toList();
    boolean compared = false;
    while (true) {
      try {
        Map<String, TopicDescription> descriptions =
            admin.describeTopics(names).allTopicNames().get(remaining(deadline), TimeUnit.MILLISECONDS);
        if (!compared) {
          reportDifferences(topics, descriptions, settings);
          compared = true;
        }
        List<String> leaderless = new ArrayList<>();
        for (TopicDescription d : descriptions.values()) {
          for (TopicPartitionInfo p : d.partitions()) {
            if (p.leader() == null || p.leader().isEmpty()) {
              leaderless.add(d.name() + "-" + p.partition());
            }
          }
        }
        if (leaderless.isEmpty()) {
          LOG.info("all {} topics ready, every partition has a leader", names.size());
          return;
        }
        LOG.debug("waiting for leaders of {}", leaderless);
      } catch (ExecutionException e) {
        LOG.debug("topics not described yet: {}", e.getCause().toString());
      }
      sleepUntilRetry(deadline);
    }
  }

  /** Existing topics are never altered: say where one differs from what the settings would create. */
  private static void reportDifferences(Collection<TopicSpec> topics, Map<String, TopicDescription> descriptions,
      Settings settings) {
    for (TopicSpec spec : topics) {
      TopicDescription d = descriptions.get(spec.name());
      if (d == null || d.partitions().isEmpty()) {
        continue;
      }
      int partitions = spec.compacted() ? settings.compactedPartitions() : settings.partitions();
      if (d.partitions().size() != partitions) {
        LOG.warn("topic {} has {} partitions, the settings say {}; existing topics are not altered", spec.name(),
            d.partitions().size(), partitions);
      }
      int replicas = d.partitions().get(0).replicas().size();
      if (replicas < settings.replicationFactor()) {
        LOG.warn("topic {} has replication factor {}, the settings say {}: existing topics are not altered; raise it "
            + "with a partition reassignment (docs/operations.md)", spec.name(), replicas, settings.replicationFactor());
      }
    }
  }

  private static long remaining(long deadline) throws TimeoutException {
    long ms = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
    if (ms <= 0) {
      throw new TimeoutException("topics not ready before the deadline");
    }
    return ms;
  }

  private static void sleepUntilRetry(long deadline) throws TimeoutException, InterruptedException {
    Thread.sleep(Math.min(200, remaining(deadline)));
  }
}
