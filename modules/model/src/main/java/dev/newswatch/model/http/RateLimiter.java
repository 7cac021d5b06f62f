package dev.newswatch.model.http;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (an owner, a client address): each key may spend {@code burst} requests at once and
 * gets {@code perMinute} back per minute, spread evenly. Memory is bounded: at most {@code maxKeys} keys are
 * tracked; a key idle long enough for its bucket to be full again is forgotten first (a full bucket and an
 * absent one behave the same), and when every tracked key is still recovering the least recently used one is
 * forgotten. Thread-safe; the clock is injectable so tests need not sleep.
 */
public final class RateLimiter {

  /**
   * @param perMinute requests a key gets back per minute (at least 1)
   * @param burst     requests a key may make at once, the size of its bucket (at least 1)
   * @param maxKeys   keys tracked at most (at least 1)
   */
  public record Settings(int perMinute, int burst, int maxKeys) {
    public Settings {
      if (perMinute < 1 || burst < 1 || maxKeys < 1) {
        throw new IllegalArgumentException("rate limit: perMinute, burst and maxKeys must each be at least 1, were "
            + perMinute + ", " + burst + ", " + maxKeys);
      }
    }
  }

  /**
   * One answer.
   *
   * @param allowed    true when the request may go ahead
   * @param retryAfter when refused, how long until the key has a request again; zero when allowed
   */
  public record Decision(boolean allowed, Duration retryAfter) {
    static final Decision ALLOW = new Decision(true, Duration.ZERO);

    /** {@link #retryAfter} in whole seconds, rounded up, at least 1 when refused (for {@code Retry-After}). */
    public long retryAfterSeconds() {
      if (allowed) {
        return 0;
      }
      long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
      return Math.max(1, seconds);
    }
  }

  private static final class Bucket {
    double tokens;
    long updatedNanos;

    Bucket(double tokens, long updatedNanos) {
      this.tokens = tokens;
      this.updatedNanos = updatedNanos;
    }
  }

  private final Settings settings;
  private final LongSupplier nanoClock;
  private final double tokensPerNano;
  /** Access order: the eldest entry is the key used longest ago. */
  private final LinkedHashMap<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true);
  private long forgottenEarly;

  /** A limiter on {@link System#nanoTime()}. */
  public RateLimiter(Settings settings) {
    this(settings, System::nanoTime);
  }

  /**
   * @param nanoClock a monotonic clock in nanoseconds (as {@link System#nanoTime()})
   */
  public RateLimiter(Settings settings, LongSupplier nanoClock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.tokensPerNano = settings.perMinute() / (double) Duration.ofMinutes(1).toNanos();
  }

  public Settings settings() {
    return settings;
  }

  /** Spends one request of {@code key}'s bucket when it has one; otherwise refuses and says when to retry. */
  public synchronized Decision acquire(String key) {
    long now = nanoClock.getAsLong();
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      makeRoom(now);
      bucket = new Bucket(settings.burst(), now);
      buckets.put(key, bucket);
    } else {
      refill(bucket, now);
    }
    Decision decision;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      decision = Decision.ALLOW;
    } else {
      decision = refused(bucket);
    }
    // Idle keys go away as requests come, not only when the table is full.
    forgetIdle(now, 2);
    return decision;
  }

  /**
   * Whether {@code key} has a request left, without spending it (for a client that is refused outright while
   * its bucket is empty, such as an address that guessed too many tokens).
   */
  public synchronized Decision check(String key) {
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      return Decision.ALLOW;
    }
    refill(bucket, nanoClock.getAsLong());
    return bucket.tokens >= 1 ? Decision.ALLOW : refused(bucket);
  }

  /** Keys tracked now (at most {@code maxKeys}). */
  public synchronized int trackedKeys() {
    return buckets.size();
  }

  /** Keys forgotten while their bucket was not yet full, because {@code maxKeys} were tracked. */
  public synchronized long forgottenEarly() {
    return forgottenEarly;
  }

  private Decision refused(Bucket bucket) {
    long nanos = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
    return new Decision(false, Duration.ofNanos(Math.max(1, nanos)));
  }

  private void refill(Bucket bucket, long now) {
    long elapsed = now - bucket.updatedNanos;
    if (elapsed > 0) {
      bucket.tokens = Math.min(settings.burst(), bucket.tokens + elapsed * tokensPerNano);
      bucket.updatedNanos = now;
    }
  }

  /**
   * Before a new key is added at {@code maxKeys}: forgets the full buckets at the least recently used end
   * (nothing is lost), then, when none was full, the least recently used key (it starts afresh if it returns).
   */
  private void makeRoom(long now) {
    if (buckets.size() < settings.maxKeys()) {
      return;
    }
    forgetIdle(now, Integer.MAX_VALUE);
    if (buckets.size() >= settings.maxKeys()) {
      Iterator<Map.Entry<String, Bucket>> eldest = buckets.entrySet().iterator();
      eldest.next();
      eldest.remove();
      forgottenEarly++;
    }
  }

  /** Forgets up to {@code most} keys whose bucket is full again, from the least recently used end. */
  private void forgetIdle(long now, int most) {
    Iterator<Map.Entry<String, Bucket>> eldest = buckets.entrySet().iterator();
    for (int i = 0; i < most && eldest.hasNext(); i++) {
      // Read through the iterator, not get(): the access order stays as it is.
      Bucket b = eldest.next().getValue();
      refill(b, now);
      if (b.tokens < settings.burst()) {
        return;
      }
      eldest.remove();
    }
  }
}
