package dev.newswatch.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.fetch.FetchConfig;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollSchedulerTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  private final CountDownLatch release = new CountDownLatch(1);
  private final Set<String> started = ConcurrentHashMap.newKeySet();
  private final AtomicInteger backlog = new AtomicInteger(-1);
  private final Map<String, Instant> due = new ConcurrentHashMap<>();
  private PollScheduler scheduler;

  @AfterEach
  void stop() {
    release.countDown();
    if (scheduler != null) {
      scheduler.close(Duration.ofSeconds(5));
    }
  }

  private PollScheduler scheduler(List<FeedSource> feeds, int perHost) {
    PollerConfig config = new PollerConfig(feeds, Duration.ofMinutes(5), 8, FetchConfig.defaults(), perHost,
        Duration.ofDays(7), ScheduleConfig.fixed(Duration.ofMinutes(5)), 0);
    scheduler = new PollScheduler(config, config::feeds, feed -> {
      started.add(feed.url());
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, new PollScheduler.Plan() {
      @Override
      public Instant nextPollAt(FeedSource feed) {
        return due.getOrDefault(feed.url(), Instant.EPOCH);
      }

      @Override
      public String host(FeedSource feed) {
        return URI.create(feed.url()).getHost();
      }
    }, Clock.fixed(NOW, ZoneOffset.UTC), backlog::set);
    return scheduler;
  }

  private static FeedSource feed(String host, int n) {
    return new FeedSource("https://" + host + "/feed-" + n + ".xml", null);
  }

  private void awaitStarted(int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (started.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void startsAtMostTheLimitOfFeedsOfOneHostAndTheOtherHostsAlongside() throws InterruptedException {
    List<FeedSource> feeds = List.of(feed("wire.example", 1), feed("wire.example", 2), feed("wire.example", 3),
        feed("wire.example", 4), feed("post.example", 1));
    PollScheduler s = scheduler(feeds, 2);

    s.queueDue();
    awaitStarted(3);
    s.queueDue();

    assertThat(started).containsExactlyInAnyOrder(feeds.get(0).url(), feeds.get(1).url(), feeds.get(4).url());
    assertThat(backlog.get()).as("two feeds of wire.example due but held back").isEqualTo(2);
  }

  @Test
  void leavesFeedsWhoseNextPollIsInTheFutureAlone() throws InterruptedException {
    List<FeedSource> feeds = List.of(feed("wire.example", 1), feed("post.example", 1));
    due.put(feeds.get(0).url(), NOW.plusSeconds(1));
    due.put(feeds.get(1).url(), NOW);
    PollScheduler s = scheduler(feeds, 2);

    s.queueDue();
    awaitStarted(1);
    s.queueDue();

    assertThat(started).containsExactly(feeds.get(1).url());
    assertThat(backlog.get()).isZero();
  }
}
