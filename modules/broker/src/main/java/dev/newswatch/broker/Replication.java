package dev.newswatch.broker;

/**
 * How many copies of each partition a cluster keeps, when nothing says otherwise: three where there are
 * three brokers or more (fewer on a smaller cluster), and writes acknowledged by all but one of them
 * ({@code min.insync.replicas}), so one broker may be down without stopping {@code acks=all} producers or
 * losing what they were told is written.
 */
public final class Replication {

  private Replication() {}

  /** {@code min(3, brokers)}, at least 1. */
  public static int factorFor(int brokers) {
    return Math.max(1, Math.min(3, brokers));
  }

  /** One less than the replication factor, at least 1: 3 replicas need 2 in sync, 1 or 2 need 1. */
  public static int minInsyncFor(int replicationFactor) {
    return Math.max(1, replicationFactor - 1);
  }
}
