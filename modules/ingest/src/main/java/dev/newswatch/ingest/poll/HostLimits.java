package dev.newswatch.ingest.poll;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * At most a fixed number of polls per host at a time, so that many feeds of one outlet never hammer
 * its server however large the pool is. Hosts are compared case-insensitively by the caller's key.
 */
final class HostLimits {

  private final int perHost;
  private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

  HostLimits(int perHost) {
    if (perHost < 1) {
      throw new IllegalArgumentException("perHost must be at least 1, was " + perHost);
    }
    this.perHost = perHost;
  }

  /** Takes a slot of the host when one is free; the caller must {@link #release} it after the poll. */
  boolean tryAcquire(String host) {
    return semaphore(host).tryAcquire();
  }

  /** Waits for a slot of the host. */
  void acquire(String host) throws InterruptedException {
    semaphore(host).acquire();
  }

  void release(String host) {
    semaphore(host).release();
  }

  private Semaphore semaphore(String host) {
    return permits.computeIfAbsent(host, h -> new Semaphore(perHost));
  }
}
