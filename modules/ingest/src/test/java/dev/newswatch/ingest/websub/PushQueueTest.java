package dev.newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.testkit.MetricValues;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PushQueueTest {

  private static final String FEED = "https://grodnowire.example/rss.xml";

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final WebSubMetrics metrics = new WebSubMetrics(registry);

  private double pushes(String outcome) {
    return MetricValues.value(registry, "newswatch_ingest_websub_pushes", "outcome", outcome);
  }

  @Test
  void aFullQueueRefusesAndCountsThePushWhileTheOthersAreProcessedInOrder() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    List<Integer> processed = new CopyOnWriteArrayList<>();
    PushQueue queue = new PushQueue(1, (feedUrl, body, contentType) -> {
      started.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      processed.add((int) body[0]);
      return PushTarget.Result.PUBLISHED;
    }, metrics);
    try {
      assertThat(queue.offer(FEED, new byte[] {1}, null)).isTrue();
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(queue.offer(FEED, new byte[] {2}, null)).isTrue();

      assertThat(queue.offer(FEED, new byte[] {3}, null)).as("one running, one queued: full").isFalse();
      assertThat(pushes("queue_full")).isEqualTo(1);

      release.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (processed.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(processed).containsExactly(1, 2);
      assertThat(pushes("accepted")).isEqualTo(2);
    } finally {
      queue.close();
    }
  }

  @Test
  void processingResultsAreCountedByOutcome() throws InterruptedException {
    List<PushTarget.Result> results = new CopyOnWriteArrayList<>(List.of(PushTarget.Result.PARSE_ERROR,
        PushTarget.Result.FAILED));
    PushQueue queue = new PushQueue(4, (feedUrl, body, contentType) -> {
      if (results.isEmpty()) {
        throw new IllegalStateException("boom");
      }
      return results.remove(0);
    }, metrics);
    try {
      queue.offer(FEED, new byte[1], null);
      queue.offer(FEED, new byte[1], null);
      queue.offer(FEED, new byte[1], null);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (pushes("publish_error") < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(pushes("parse_error")).isEqualTo(1);
      assertThat(pushes("publish_error")).as("a failed publish and an exception").isEqualTo(2);
    } finally {
      queue.close();
    }
  }
}
