package dev.newswatch.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.newswatch.ingest.poll.PollFixtures.AFTER_FIXTURES;
import static dev.newswatch.ingest.poll.PollFixtures.BALTIC_WIRE;
import static dev.newswatch.ingest.poll.PollFixtures.GUARDED_LOOPBACK;

import dev.newswatch.ingest.registry.FeedRegistry;
import dev.newswatch.model.Article;
import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.FeedServer;
import dev.newswatch.testkit.MetricValues;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Two pollers in one group share the registry's feeds, and one takes the other's over when it stops. */
class FeedGroupIT {

  private static final FeedServer SERVER = new FeedServer();
  private static final Duration WAIT = Duration.ofSeconds(30);

  @AfterAll
  static void stopServer() {
    SERVER.close();
  }

  private static PollerService member(String group, PrometheusRegistry registry) {
    PollerConfig config = new PollerConfig(List.of(), Duration.ofMinutes(10), 4, GUARDED_LOOPBACK);
    PollerGroup pollerGroup = new PollerGroup(group, Duration.ofSeconds(6), Duration.ofSeconds(1),
        Duration.ofSeconds(10));
    return new PollerService(config, TestKafka.clientConfig(), "group-it-" + UUID.randomUUID(), registry,
        AFTER_FIXTURES,
        pollerGroup);
  }

  @Test
  void eachFeedIsPolledByOneMemberAndTheSurvivorTakesOverWithoutRepublishing() throws Exception {
    int partitions = partitionCount();
    assertThat(partitions).as("test topics have two compacted partitions").isEqualTo(2);
    // Eight feeds, four on each registry partition, so each member gets some.
    Map<String, String> pathByUrl = new HashMap<>();
    int[] perPartition = new int[partitions];
    while (pathByUrl.size() < 8) {
      String path = "/" + UUID.randomUUID() + "/baltic-wire.xml";
      int partition = Utils.toPositive(Utils.murmur2(SERVER.url(path).getBytes(StandardCharsets.UTF_8))) % partitions;
      if (perPartition[partition] < 4) {
        perPartition[partition]++;
        SERVER.serveRss(path, BALTIC_WIRE);
        pathByUrl.put(SERVER.url(path), path);
      }
    }
    String group = "group-it-" + UUID.randomUUID();
    PrometheusRegistry survivorMetrics = new PrometheusRegistry();

    try (FeedRegistry registry = new FeedRegistry(TestKafka.clientConfig(), Clock.systemUTC());
         PollerService survivor = member(group, survivorMetrics)) {
      PollerService leaver = member(group, new PrometheusRegistry());
      try {
        leaver.start();
        await(() -> leaver.assignedPartitions().size() == 2, "first member holds both partitions");
        survivor.start();
        await(() -> leaver.assignedPartitions().size() == 1 && survivor.assignedPartitions().size() == 1,
            "the partitions are shared");

        for (String url : pathByUrl.keySet()) {
          registry.put(FeedDefinition.active(url, "Baltic Wire " + pathByUrl.get(url).substring(1, 9),
              FeedDefinition.SOURCE_API, Instant.now()), WAIT);
        }
        await(() -> polled(leaver).size() + polled(survivor).size() == 8, "every feed polled once");
        Thread.sleep(1_000);

        Set<String> leaversFeeds = new HashSet<>(leaver.status().keySet());
        Set<String> survivorsFeeds = new HashSet<>(survivor.status().keySet());
        assertThat(leaversFeeds).hasSize(4).doesNotContainAnyElementsOf(survivorsFeeds);
        assertThat(survivorsFeeds).hasSize(4);
        assertThat(pathByUrl.values()).allSatisfy(path -> assertThat(SERVER.hits(path)).as(path).isEqualTo(1));
        assertThat(MetricValues.value(survivorMetrics, "newswatch_ingest_feeds_configured")).isEqualTo(4);

        // New bytes, same items: the survivor gets a 200 and must rely on the state the leaver stored.
        pathByUrl.values().forEach(path -> SERVER.serveRss(path, BALTIC_WIRE + "<!-- regenerated -->\n"));
        leaver.close();
        await(() -> survivor.status().size() == 8, "the survivor takes the leaver's feeds over");
        assertThat(survivor.assignedPartitions()).hasSize(2);
        survivor.pollOnce();

        assertThat(survivor.status().values()).allSatisfy(s -> {
          assertThat(s.lastOutcome()).isIn("ok", "not_modified");
          assertThat(s.consecutiveFailures()).isZero();
        });
        for (String url : leaversFeeds) {
          assertThat(SERVER.hits(pathByUrl.get(url))).as("taken-over feed polled again").isEqualTo(2);
          assertThat(survivor.status().get(url).articlesPublished()).isZero();
        }
        Map<String, List<String>> published = articlesByFeed(pathByUrl.keySet());
        assertThat(published).hasSize(8);
        assertThat(published.values()).allSatisfy(keys -> assertThat(keys).hasSize(2).doesNotHaveDuplicates());
        assertThat(MetricValues.value(survivorMetrics, "newswatch_ingest_feeds_configured")).isEqualTo(8);

        // A feed removed from the registry stops being polled at once.
        String removed = leaversFeeds.iterator().next();
        registry.put(FeedDefinition.active(removed, null, FeedDefinition.SOURCE_API, Instant.now())
            .markedRemoved(Instant.now()), WAIT);
        await(() -> !survivor.status().containsKey(removed), "a removed feed leaves the survivor");
        int hits = SERVER.hits(pathByUrl.get(removed));
        survivor.pollOnce();
        assertThat(SERVER.hits(pathByUrl.get(removed))).isEqualTo(hits);
        assertThat(survivor.status()).hasSize(7);
        assertThat(survivor.isHealthy()).isTrue();
      } finally {
        leaver.close();
        for (String url : pathByUrl.keySet()) {
          registry.put(FeedDefinition.active(url, null, FeedDefinition.SOURCE_API, Instant.now())
              .markedRemoved(Instant.now()), WAIT);
        }
      }
    }
  }

  private static int partitionCount() {
    try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(TestKafka.clientConfig(),
        new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
        new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
      return consumer.partitionsFor(Topics.FEEDS, Duration.ofSeconds(10)).size();
    }
  }

  private static Set<String> polled(PollerService service) {
    Set<String> urls = new HashSet<>();
    service.status().forEach((url, s) -> {
      if (s.lastOutcome().equals("ok")) {
        urls.add(url);
      }
    });
    return urls;
  }

  private static Map<String, List<String>> articlesByFeed(Set<String> feedUrls) {
    Map<String, List<String>> byFeed = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : TestKafka.readAll(Topics.ARTICLES_RAW)) {
      Article article;
      try {
        article = Topics.articleSerde().deserializer().deserialize(record.topic(), record.value());
      } catch (RuntimeException e) {
        continue;
      }
      if (feedUrls.contains(article.feedUrl())) {
        byFeed.computeIfAbsent(article.feedUrl(), u -> new ArrayList<>())
            .add(new String(record.key(), StandardCharsets.UTF_8));
      }
    }
    return byFeed;
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting until " + what);
      }
      Thread.sleep(100);
    }
  }
}
