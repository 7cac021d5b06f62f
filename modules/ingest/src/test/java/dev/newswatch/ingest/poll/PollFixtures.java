package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.testkit.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the poller tests share: fetch settings for local test servers, the feed fixture, the clock. */
final class PollFixtures {

  /** The Baltic Wire feed fixture; its newest item is from 2026-11-22. */
  static final String BALTIC_WIRE = Fixtures.text("feeds/baltic-wire.xml");

  /** Fetches through the address guard, which lets only 127.0.0.1 through (the integration tests). */
  static final FetchConfig GUARDED_LOOPBACK = new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(10),
      1024 * 1024, 3, FetchConfig.DEFAULT_USER_AGENT, false, List.of("127.0.0.1"));

  /** Fetches with private networks allowed and a 5 s request timeout (the unit tests). */
  static final FetchConfig LOOPBACK = new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(5),
      1024 * 1024, 3, FetchConfig.DEFAULT_USER_AGENT, true, List.of());

  /** Real time, running from 2026-11-23 on: after every fixture item, so first polls publish them all. */
  static final Clock AFTER_FIXTURES = Clock.offset(Clock.systemUTC(),
      Duration.between(Instant.now(), Instant.parse("2026-11-23T00:00:00Z")));

  private PollFixtures() {}
}
