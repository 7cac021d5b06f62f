package dev.newswatch.model.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  private RateLimiter limiter(int perMinute, int burst, int maxKeys) {
    return new RateLimiter(new RateLimiter.Settings(perMinute, burst, maxKeys), nanos::get);
  }

  private void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }

  @Test
  void aBurstIsAllowedThenRefusedUntilATokenIsBack() {
    RateLimiter limiter = limiter(6, 3, 100); // one request back every 10 s
    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("alice").allowed()).isTrue();
    }
    RateLimiter.Decision refused = limiter.acquire("alice");
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds()).isEqualTo(10);
    advance(Duration.ofSeconds(4));
    assertThat(limiter.acquire("alice").retryAfterSeconds()).isEqualTo(6);
    advance(Duration.ofSeconds(6));
    assertThat(limiter.acquire("alice").allowed()).isTrue();
    assertThat(limiter.acquire("alice").allowed()).isFalse();
  }

  @Test
  void keysHaveTheirOwnBuckets() {
    RateLimiter limiter = limiter(60, 1, 100);
    assertThat(limiter.acquire("alice").allowed()).isTrue();
    assertThat(limiter.acquire("alice").allowed()).isFalse();
    assertThat(limiter.acquire("bob").allowed()).isTrue();
  }

  @Test
  void checkDoesNotSpend() {
    RateLimiter limiter = limiter(60, 1, 100);
    assertThat(limiter.check("alice").allowed()).isTrue();
    assertThat(limiter.check("alice").allowed()).isTrue();
    assertThat(limiter.trackedKeys()).isZero();
    assertThat(limiter.acquire("alice").allowed()).isTrue();
    RateLimiter.Decision blocked = limiter.check("alice");
    assertThat(blocked.allowed()).isFalse();
    assertThat(blocked.retryAfterSeconds()).isEqualTo(1);
  }

  @Test
  void tracksAtMostMaxKeysForgettingIdleOnesFirst() {
    RateLimiter limiter = limiter(60, 2, 3);
    limiter.acquire("a");
    advance(Duration.ofSeconds(5)); // a is full again
    limiter.acquire("b");
    limiter.acquire("b");
    limiter.acquire("c");
    assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(3);
    for (int i = 0; i < 1000; i++) {
      limiter.acquire("k" + i);
      assertThat(limiter.trackedKeys()).isLessThanOrEqualTo(3);
    }
    assertThat(limiter.forgottenEarly()).isPositive();
  }

  @Test
  void aKeyUnderAttackKeepsItsStateWhileOthersIdle() {
    RateLimiter limiter = limiter(60, 2, 3);
    limiter.acquire("idle-1");
    limiter.acquire("idle-2");
    advance(Duration.ofSeconds(10));
    limiter.acquire("guesser");
    limiter.acquire("guesser");
    assertThat(limiter.acquire("guesser").allowed()).isFalse();
    limiter.acquire("newcomer"); // the full, idle buckets go, not the guesser's empty one
    assertThat(limiter.check("guesser").allowed()).isFalse();
    assertThat(limiter.forgottenEarly()).isZero();
  }

  @Test
  void idleKeysAreForgottenAsRequestsCome() {
    RateLimiter limiter = limiter(60, 2, 100);
    limiter.acquire("once");
    advance(Duration.ofSeconds(5));
    limiter.acquire("other");
    assertThat(limiter.trackedKeys()).isEqualTo(1);
  }

  @Test
  void refusesNonsenseSettings() {
    assertThatThrownBy(() -> new RateLimiter.Settings(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter.Settings(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimiter.Settings(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ipv6ClientsCountPerSlash64() throws Exception {
    assertThat(ClientAddress.key(InetAddress.getByName("2001:db8:1:2:aaaa::1")))
        .isEqualTo(ClientAddress.key(InetAddress.getByName("2001:db8:1:2:bbbb::7")))
        .isEqualTo("2001:0db8:0001:0002::/64");
    assertThat(ClientAddress.key(InetAddress.getByName("2001:db8:1:3::1"))).isNotEqualTo(
        ClientAddress.key(InetAddress.getByName("2001:db8:1:2::1")));
    assertThat(ClientAddress.key(InetAddress.getByName("192.0.2.7"))).isEqualTo("192.0.2.7");
  }
}
