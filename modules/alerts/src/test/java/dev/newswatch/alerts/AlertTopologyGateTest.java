package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

/** The match step waits for the subscriptions the service is still loading, and never matches without them. */
class AlertTopologyGateTest {

  private static Subscription query(String id, String query) {
    return new Subscription(id, "alice", null, query, List.of(), 1, null, null, List.of(), 0, false, null, null);
  }

  private static TopologyTestDriver driver(SubscriptionIndex index, CompletableFuture<?> loaded) {
    MatchMetrics metrics = new MatchMetrics(new PrometheusRegistry(), index::counts);
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-gate-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "dummy:1234");
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
    return new TopologyTestDriver(AlertTopology.build(index, Duration.ofDays(7), metrics, loaded), props);
  }

  @Test
  void theFirstStoryWaitsUntilTheSubscriptionsAreLoaded() throws Exception {
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    ScheduledExecutorService loader = Executors.newSingleThreadScheduledExecutor();
    try (SubscriptionIndex index = new SubscriptionIndex(); TopologyTestDriver driver = driver(index, loaded)) {
      // The subscription arrives while the story already waits: matched against it, not against an empty index.
      loader.schedule(() -> {
        index.put(query("pardons", "tags:pardon"));
        loaded.complete(null);
      }, 300, TimeUnit.MILLISECONDS);
      Story story = StoryFixtures.pardon().build();
      long started = System.nanoTime();
      driver.createInputTopic(Topics.STORIES, Topics.keySerde().serializer(), Topics.storySerde().serializer())
          .pipeInput(story.id(), story, story.updatedAt());
      assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(250), "did not wait for the load");
      List<Alert> alerts = driver.createOutputTopic(Topics.ALERTS, Topics.keySerde().deserializer(),
          Topics.alertSerde().deserializer()).readValuesToList();
      assertEquals(1, alerts.size());
      assertEquals("pardons", alerts.getFirst().subscriptionId());
    } finally {
      loader.shutdownNow();
    }
  }

  @Test
  void aFailedLoadStopsOnTheStoryWithoutAlertingOrDeadLettering() throws Exception {
    CompletableFuture<Void> loaded = new CompletableFuture<>();
    loaded.completeExceptionally(new java.util.concurrent.TimeoutException("newswatch.subscriptions.v1 not read"));
    try (SubscriptionIndex index = new SubscriptionIndex(); TopologyTestDriver driver = driver(index, loaded)) {
      index.put(query("pardons", "tags:pardon"));
      Story story = StoryFixtures.pardon().build();
      var input = driver.createInputTopic(Topics.STORIES, Topics.keySerde().serializer(),
          Topics.storySerde().serializer());
      RuntimeException e = assertThrows(RuntimeException.class, () -> input.pipeInput(story.id(), story));
      boolean named = false;
      for (Throwable t = e; t != null; t = t.getCause()) {
        named |= t instanceof MatchProcessor.SubscriptionsUnavailable;
      }
      assertTrue(named, "failed on something else: " + e);
      assertTrue(driver.createOutputTopic(Topics.ALERTS, Topics.keySerde().deserializer(),
          Topics.alertSerde().deserializer()).isEmpty());
      assertTrue(driver.createOutputTopic(Topics.PIPELINE_DLQ, new ByteArrayDeserializer(),
          new ByteArrayDeserializer()).isEmpty(), "the story was dead-lettered");
    }
  }
}
