package dev.newswatch.bench;

import dev.newswatch.alerts.DigestSchedule;
import dev.newswatch.alerts.match.StoryMatch;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.CanonicalUrl;
import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.FeedState;
import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The soak's tally: reads every record of the topics (committed only) and sets them against what the feed
 * server offered and what the receiver got. Alerts expected are found by matching the latest revision of
 * every story in {@code newswatch.stories.v1} against the same subscriptions with the same matcher
 * ({@link SubscriptionIndex}).
 */
final class SoakAudit {

  /**
   * @param revisionOffered per {@code storyId|revision}, when the newest article of that revision was offered
   * @param stages          the wall-clock times each stage stamped on its records, for the per-kill timeline
   */
  record Result(Map<String, Object> articles, Map<String, Object> alerts, List<SoakReceiver.Receipt> firstReceipts,
      Map<String, Instant> revisionOffered, Stages stages, boolean clean) {}

  /**
   * When each stage wrote: the pollers' fetch times ({@code articles.raw.v1}), the pipeline's tagging times
   * ({@code articles.v1} {@code processedAt}) and story updates ({@code stories.v1} {@code updatedAt}), the
   * alerts' match times ({@code alerts.v1} {@code createdAt}); each sorted. {@code revisionWritten}: per
   * {@code storyId|revision}, the earliest {@code updatedAt} of its records.
   */
  record Stages(List<Instant> fetched, List<Instant> tagged, List<Instant> storyUpdated, List<Instant> alertCreated,
      Map<String, Instant> revisionWritten) {

    /** When the pipeline first wrote revision {@code revision} of story {@code storyId}, or null. */
    Instant revisionWritten(String storyId, Integer revision) {
      return revisionWritten.get(storyId + "|" + revision);
    }

    /** The first time in {@code times} after {@code at}, or null. */
    static Instant firstAfter(List<Instant> times, Instant at) {
      int i = java.util.Collections.binarySearch(times, at);
      int from = i >= 0 ? i + 1 : -i - 1;
      while (from < times.size() && !times.get(from).isAfter(at)) {
        from++;
      }
      return from < times.size() ? times.get(from) : null;
    }
  }

  private SoakAudit() {}

  /** Lost articles explained at most, each with its feeds' story. */
  static final int LOST_EXPLAINED = 10;

  /**
   * @param served how the feed server served each article (by number), for explaining a lost one
   * @param feedUrl the URL of feed {@code k}
   */
  static Result run(String bootstrap, List<SoakNews.Offered> offered, List<SoakReceiver.Receipt> receipts,
      List<Subscription> subs, SubscriptionIndex index, Instant auditAt, IntFunction<SoakNews.Served> served,
      IntFunction<String> feedUrl) {
    // Articles.
    Set<String> offeredIds = new HashSet<>();
    Map<String, String> urlOf = new HashMap<>();
    for (SoakNews.Offered o : offered) {
      String id = ArticleIds.fromCanonicalUrl(CanonicalUrl.of(o.url()).orElse(o.url()));
      offeredIds.add(id);
      urlOf.put(id, o.url());
    }
    int[] raw = {0};
    Set<String> rawIds = new HashSet<>();
    List<Instant> fetched = new ArrayList<>();
    List<Instant> tagged = new ArrayList<>();
    List<Instant> storyUpdated = new ArrayList<>();
    List<Instant> alertCreated = new ArrayList<>();
    Map<String, Instant> revisionWritten = new HashMap<>();
    read(bootstrap, Topics.ARTICLES_RAW, Topics.articleSerde().deserializer(), (Article a) -> {
      raw[0]++;
      rawIds.add(a.id());
      if (a.fetchedAt() != null) {
        fetched.add(a.fetchedAt());
      }
    });
    // A later record of an article already in articles.v1 is by design when it changes where the article
    // stands (dupOf, storyId: a fuller copy took over its group) or carries an edit (updatedAt); the same
    // standing twice is a duplicate.
    Map<String, Integer> inArticles = new HashMap<>();
    Map<String, Set<String>> standings = new HashMap<>();
    int[] restated = {0};
    read(bootstrap, Topics.ARTICLES, Topics.enrichedArticleSerde().deserializer(), (EnrichedArticle e) -> {
      if (e.processedAt() != null) {
        tagged.add(e.processedAt());
      }
      String standing = e.dupOf() + "|" + e.storyId() + "|" + e.article().updatedAt();
      boolean first = !standings.containsKey(e.id());
      if (standings.computeIfAbsent(e.id(), k -> new HashSet<>()).add(standing)) {
        if (!first) {
          restated[0]++;
        }
      } else {
        inArticles.merge(e.id(), 1, Integer::sum);
      }
      inArticles.putIfAbsent(e.id(), 1);
    });
    List<String> lost = offeredIds.stream().filter(id -> !inArticles.containsKey(id)).map(urlOf::get).sorted().toList();
    long duplicates = inArticles.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
    Map<String, Object> articles = new LinkedHashMap<>();
    articles.put("offered", offeredIds.size());
    articles.put("rawRecords", raw[0]);
    articles.put("rawDistinct", rawIds.size());
    articles.put("notPublished", offeredIds.stream().filter(id -> !rawIds.contains(id)).count());
    articles.put("inArticles", inArticles.keySet().stream().filter(offeredIds::contains).count());
    articles.put("lost", lost.size());
    articles.put("lostSample", lost.stream().limit(10).toList());
    if (!lost.isEmpty()) {
      articles.put("lostExplained", explainLost(bootstrap, offered, Set.copyOf(lost), rawIds, served, feedUrl));
    }
    articles.put("restated", restated[0]);
    articles.put("duplicates", duplicates);
    articles.put("duplicatesSample", inArticles.entrySet().stream().filter(e -> e.getValue() > 1).limit(5)
        .map(e -> urlOf.getOrDefault(e.getKey(), e.getKey()) + " x" + e.getValue()).toList());

    // Stories and what the matcher expects of them.
    Map<String, Story> stories = new LinkedHashMap<>();
    Map<String, Instant> offeredAt = new HashMap<>();
    offered.forEach(o -> offeredAt.putIfAbsent(o.url(), o.at()));
    Map<String, Instant> revisionOffered = new HashMap<>();
    read(bootstrap, Topics.STORIES, Topics.storySerde().deserializer(), (Story st) -> {
      if (st != null) {
        stories.put(st.id(), st);
        if (st.updatedAt() != null) {
          storyUpdated.add(st.updatedAt());
          revisionWritten.merge(st.id() + "|" + st.revision(), st.updatedAt(),
              (a, b) -> a.isBefore(b) ? a : b);
        }
        Instant newest = null;
        for (Story.Source src : st.sources()) {
          Instant at = offeredAt.get(src.url());
          if (at != null && (newest == null || at.isAfter(newest))) {
            newest = at;
          }
        }
        if (newest != null) {
          revisionOffered.putIfAbsent(st.id() + "|" + st.revision(), newest);
        }
      }
    });
    Set<String> expected = new HashSet<>();
    for (Story st : stories.values()) {
      for (StoryMatch m : index.match(st).matches()) {
        expected.add(m.subscription().id() + "|" + st.id());
      }
    }
    // Alerts written, per subscription in topic order.
    Map<String, Alert> alerts = new LinkedHashMap<>();
    Map<String, List<String>> orderBySub = new HashMap<>();
    int[] topicDuplicates = {0};
    Set<String> pairsInTopic = new HashSet<>();
    read(bootstrap, Topics.ALERTS, Topics.alertSerde().deserializer(), (Alert a) -> {
      if (a.createdAt() != null) {
        alertCreated.add(a.createdAt());
      }
      if (alerts.putIfAbsent(a.alertId(), a) != null) {
        topicDuplicates[0]++;
        return;
      }
      orderBySub.computeIfAbsent(a.subscriptionId(), k -> new ArrayList<>()).add(a.alertId());
      pairsInTopic.add(a.subscriptionId() + "|" + a.storyId());
    });
    Map<String, String> dead = new HashMap<>();
    read(bootstrap, Topics.DELIVERIES_DLQ, Topics.deliveryFailureSerde().deserializer(),
        (DeliveryFailure f) -> dead.put(f.alert().alertId(), f.error()));
    List<String> expectedMissing = expected.stream().filter(p -> !pairsInTopic.contains(p)).sorted().toList();

    // Deliveries.
    Map<String, SoakReceiver.Receipt> first = new LinkedHashMap<>();
    List<SoakReceiver.Receipt> sorted = new ArrayList<>(receipts);
    sorted.sort(Comparator.comparing(SoakReceiver.Receipt::receivedAt));
    for (SoakReceiver.Receipt r : sorted) {
      first.putIfAbsent(r.alertId(), r);
    }
    Map<String, Subscription> subById = new HashMap<>();
    subs.forEach(s -> subById.put(s.id(), s));
    long delivered = 0;
    long digestPending = 0;
    long deadLettered = 0;
    List<String> lostAlerts = new ArrayList<>();
    for (Alert a : alerts.values()) {
      Subscription s = subById.get(a.subscriptionId());
      if (first.containsKey(a.alertId())) {
        delivered++;
      } else if (dead.containsKey(a.alertId())) {
        deadLettered++;
      } else if (s != null && Subscription.MODE_DIGEST.equals(s.mode())
          && DigestSchedule.nextSlot(s.digest(), a.createdAt()).isAfter(auditAt.minusSeconds(30))) {
        digestPending++;
      } else {
        lostAlerts.add(a.subscriptionId() + " " + a.alertId());
      }
    }
    // Order: per subscription, an alert first received after one written later is a violation.
    long violations = 0;
    Map<String, List<SoakReceiver.Receipt>> firstBySub = new HashMap<>();
    for (SoakReceiver.Receipt r : first.values()) {
      firstBySub.computeIfAbsent(r.subscriptionId(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<SoakReceiver.Receipt>> e : firstBySub.entrySet()) {
      Subscription s = subById.get(e.getKey());
      if (s == null || Subscription.MODE_DIGEST.equals(s.mode())) {
        continue;
      }
      Map<String, Integer> position = new HashMap<>();
      List<String> order = orderBySub.getOrDefault(e.getKey(), List.of());
      for (int i = 0; i < order.size(); i++) {
        position.put(order.get(i), i);
      }
      int max = -1;
      for (SoakReceiver.Receipt r : e.getValue()) {
        Integer p = position.get(r.alertId());
        if (p == null) {
          continue;
        }
        if (p < max) {
          violations++;
        }
        max = Math.max(max, p);
      }
    }
    long unknown = first.keySet().stream().filter(id -> !alerts.containsKey(id)).count();
    Map<String, Long> deadReasons = new HashMap<>();
    dead.values().forEach(reason -> deadReasons.merge(reason.length() > 80 ? reason.substring(0, 80) : reason, 1L,
        Long::sum));
    Map<String, Object> al = new LinkedHashMap<>();
    al.put("stories", stories.size());
    al.put("expectedPairs", expected.size());
    al.put("expectedMissing", expectedMissing.size());
    al.put("expectedMissingSample", expectedMissing.stream().limit(10).toList());
    al.put("inTopic", alerts.size());
    al.put("topicDuplicates", topicDuplicates[0]);
    al.put("delivered", delivered);
    al.put("digestPending", digestPending);
    al.put("deadLettered", deadLettered);
    al.put("deadLetterReasons", deadReasons);
    al.put("lost", lostAlerts.size());
    al.put("lostSample", lostAlerts.stream().limit(10).toList());
    al.put("deliveredTwice", receipts.size() - first.size());
    al.put("receivedNotInTopic", unknown);
    al.put("orderViolations", violations);
    boolean clean = lost.isEmpty() && duplicates == 0 && expectedMissing.isEmpty() && lostAlerts.isEmpty()
        && violations == 0 && topicDuplicates[0] == 0 && unknown == 0;
    for (List<Instant> times : List.of(fetched, tagged, storyUpdated, alertCreated)) {
      java.util.Collections.sort(times);
    }
    return new Result(articles, al, List.copyOf(first.values()), revisionOffered,
        new Stages(fetched, tagged, storyUpdated, alertCreated, revisionWritten), clean);
  }

  /**
   * For each lost article (the first {@value #LOST_EXPLAINED}): whether it reached articles.raw.v1, how often
   * its feeds served it whole, and what the feed-state records written for those feeds after it was offered
   * say: how many, whether any holds its item key, and the last one's poll time, failures and error. That
   * separates "never fetched" (a feed broken or not polled) from "fetched but not taken".
   */
  static List<String> explainLost(String bootstrap, List<SoakNews.Offered> offered, Set<String> lostUrls,
      Set<String> rawIds, IntFunction<SoakNews.Served> served, IntFunction<String> feedUrl) {
    List<SoakNews.Offered> lost = offered.stream().filter(o -> lostUrls.contains(o.url()))
        .sorted(Comparator.comparingInt(SoakNews.Offered::number)).limit(LOST_EXPLAINED).toList();
    Map<String, List<ConsumerRecord<byte[], byte[]>>> states = new HashMap<>();
    Set<String> urls = new HashSet<>();
    lost.forEach(o -> served.apply(o.number()).feeds().forEach(k -> urls.add(feedUrl.apply(k))));
    readRecords(bootstrap, Topics.FEED_STATE, r -> {
      String key = r.key() == null ? null : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
      if (key != null && urls.contains(key) && r.value() != null) {
        states.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
      }
    });
    Deserializer<FeedState> decode = Topics.feedStateSerde().deserializer();
    List<String> lines = new ArrayList<>();
    for (SoakNews.Offered o : lost) {
      SoakNews.Served s = served.apply(o.number());
      String id = ArticleIds.fromCanonicalUrl(CanonicalUrl.of(o.url()).orElse(o.url()));
      StringBuilder line = new StringBuilder(o.url()).append(" offered ").append(o.at())
          .append(rawIds.contains(id) ? ", in articles.raw.v1" : ", not in articles.raw.v1")
          .append("; served whole in ").append(s.documents()).append(" documents");
      if (s.first() != null) {
        line.append(" (").append(s.first()).append(" to ").append(s.last()).append(")");
      }
      String itemKey = "guid:" + o.url();
      for (int k : s.feeds()) {
        List<ConsumerRecord<byte[], byte[]>> after = states.getOrDefault(feedUrl.apply(k), List.of()).stream()
            .filter(r -> r.timestamp() >= o.at().toEpochMilli()).toList();
        int withKey = 0;
        FeedState last = null;
        for (ConsumerRecord<byte[], byte[]> r : after) {
          try {
            FeedState st = decode.deserialize(Topics.FEED_STATE, r.value());
            if (st.seenItemKeys().contains(itemKey)) {
              withKey++;
            }
            last = st;
          } catch (RuntimeException e) {
            // unreadable: not counted
          }
        }
        line.append("; feed ").append(k).append(": ").append(after.size()).append(" states written after, ")
            .append(withKey).append(" with its key");
        if (last != null) {
          line.append(", last polled ").append(last.lastPolledAt()).append(", failures ")
              .append(last.consecutiveFailures()).append(last.lastError() == null ? "" : ", error " + last.lastError());
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static void readRecords(String bootstrap, String topic,
      java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
    Map<String, Object> c = new HashMap<>();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(),
        new ByteArrayDeserializer())) {
      List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(500)).forEach(each);
      }
    }
  }

  private static <T> void read(String bootstrap, String topic, Deserializer<T> deserializer, java.util.function.Consumer<T> each) {
    readRecords(bootstrap, topic, r -> {
      if (r.value() == null) {
        return;
      }
      try {
        each.accept(deserializer.deserialize(topic, r.value()));
      } catch (RuntimeException e) {
        // An unreadable record is the pipeline's dead-letter business, not a soak finding.
      }
    });
  }
}
