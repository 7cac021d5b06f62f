package dev.newswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.subscriptions.OwnerAuth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WebSessionsTest {

  private static final OwnerAuth.Caller ALICE = new OwnerAuth.Caller("alice", false);

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-05-02T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void endsAfterIdleTimeAfterMaximumAgeAndOnSignOut() {
    Hands clock = new Hands();
    WebSessions sessions = new WebSessions(new WebSettings(true, Duration.ofMinutes(30), Duration.ofHours(2), 10, null),
        clock);
    String id = sessions.create("alice-token-0123456789", ALICE);
    assertThat(id).hasSize(43);
    assertThat(sessions.find(id)).get().extracting(WebSessions.Session::caller).isEqualTo(ALICE);
    for (int i = 0; i < 4; i++) {
      clock.now = clock.now.plus(Duration.ofMinutes(25));
      assertThat(sessions.find(id)).as("used within the idle time").isPresent();
    }
    clock.now = clock.now.plus(Duration.ofMinutes(25)); // 2 h 5 min after sign-in, used 25 min ago
    assertThat(sessions.find(id)).as("past the maximum age").isEmpty();

    String idle = sessions.create("alice-token-0123456789", ALICE);
    clock.now = clock.now.plus(Duration.ofMinutes(31));
    assertThat(sessions.find(idle)).as("idle too long").isEmpty();

    String out = sessions.create("alice-token-0123456789", ALICE);
    sessions.end(out);
    assertThat(sessions.find(out)).isEmpty();
    assertThat(sessions.find("not-a-session")).isEmpty();
    assertThat(sessions.find(null)).isEmpty();
  }

  @Test
  void holdsAtMostMaxSessionsDroppingTheLeastRecentlyUsed() {
    WebSessions sessions = new WebSessions(new WebSettings(true, null, null, 2, null), new Hands());
    String a = sessions.create("t-aaaaaaaaaaaaaaaa", ALICE);
    String b = sessions.create("t-bbbbbbbbbbbbbbbb", ALICE);
    assertThat(sessions.find(a)).isPresent(); // a is now more recent than b
    String c = sessions.create("t-cccccccccccccccc", ALICE);
    assertThat(sessions.size()).isEqualTo(2);
    assertThat(sessions.find(b)).isEmpty();
    assertThat(sessions.find(a)).isPresent();
    assertThat(sessions.find(c)).isPresent();
  }

  @Test
  void csrfTokensAreRandomPerSessionAndCompared() {
    WebSessions sessions = new WebSessions(WebSettings.defaults(), new Hands());
    WebSessions.Session one = sessions.find(sessions.create("t-aaaaaaaaaaaaaaaa", ALICE)).orElseThrow();
    WebSessions.Session two = sessions.find(sessions.create("t-aaaaaaaaaaaaaaaa", ALICE)).orElseThrow();
    assertThat(one.csrf()).isNotEqualTo(two.csrf()).hasSize(43);
    assertThat(WebSessions.csrfMatches(one, one.csrf())).isTrue();
    assertThat(WebSessions.csrfMatches(one, two.csrf())).isFalse();
    assertThat(WebSessions.csrfMatches(one, null)).isFalse();
    assertThat(one.toString()).doesNotContain("t-aaaa");
  }
}
