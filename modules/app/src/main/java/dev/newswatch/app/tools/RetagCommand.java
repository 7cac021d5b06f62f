package dev.newswatch.app.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Tag;
import dev.newswatch.model.Topics;
import dev.newswatch.pipeline.tagging.ArticleTags;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Re-runs the tagging rules over the articles stored on {@code newswatch.articles.v1}, for instance after a
 * rule change: reads the topic from {@code --since} ago up to its end as of the start (read_committed, no
 * consumer group, nothing committed), tags each article exactly as the pipeline does ({@link ArticleTags}),
 * and reports every article whose tags changed as a JSON line {@code {"id","title","before","after"}}
 * (tag names with their country). With {@code --write} it also publishes each changed article back to the
 * topic under its id with the new tags; consumers take it as the current version of that article, and the
 * alert service matches it like any other (once per subscription and article within its dedup window).
 */
@Command(name = "retag", mixinStandardHelpOptions = true,
    description = "Re-run the tagging rules over the articles stored on newswatch.articles.v1 and report (and with "
        + "--write publish) the ones whose tags change.")
public final class RetagCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ClusterOptions cluster;

  @Option(names = "--since", defaultValue = "P7D",
      description = "Re-tag articles written this long ago or later, ISO-8601 (default ${DEFAULT-VALUE}).")
  Duration since;

  @Option(names = "--write", description = "Publish each article whose tags changed back to the topic.")
  boolean write;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report here instead of standard output.")
  Path out;

  @Mixin
  TaggerOptions tagging;

  @Option(names = "--topic", defaultValue = Topics.ARTICLES, hidden = true,
      description = "The articles topic (tests use their own).")
  String topic;

  @Option(names = "--timeout", defaultValue = "PT60S", description = "Give up reading after this long (default ${DEFAULT-VALUE}).")
  Duration timeout;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Object> common;
    try {
      common = cluster.clientConfig();
    } catch (UncheckedIOException e) {
      err.println("retag: " + e.getMessage());
      return 2;
    }
    int read = 0;
    int unreadable = 0;
    int changed = 0;
    int written = 0;
    try (ArticleTagger tagger = tagging.load();
        Writer report = out == null
            ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
            : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        KafkaConsumer<byte[], byte[]> consumer = consumer(common);
        KafkaProducer<byte[], byte[]> producer = write ? producer(common) : null) {
      Map<TopicPartition, Long> start = new HashMap<>();
      Map<TopicPartition, Long> end = startAt(consumer, clock.instant().minus(since), start);
      // First pass: the newest record of each article in the range; only that one is the article's
      // current version (an article re-tagged before, or updated by its feed, appears more than once).
      Map<String, Long> newest = new HashMap<>();
      if (!scan(consumer, start, end, record -> newest.put(key(record), record.offset()), err)) {
        return 1;
      }
      List<Future<RecordMetadata>> sends = new ArrayList<>();
      int[] counts = new int[3];
      boolean complete = scan(consumer, start, end, record -> {
        if (record.value() == null || !Long.valueOf(record.offset()).equals(newest.get(key(record)))) {
          return;
        }
        counts[0]++;
        EnrichedArticle stored;
        try {
          stored = JsonCodec.fromBytes(record.value(), EnrichedArticle.class);
        } catch (RuntimeException e) {
          counts[1]++;
          return;
        }
        EnrichedArticle retagged = ArticleTags.enrich(tagger, stored.article(), clock.instant());
        List<Tag> now = retagged.tags();
        if (labels(now).equals(labels(stored.tags()))) {
          return;
        }
        counts[2]++;
        ObjectNode line = JsonCodec.mapper().createObjectNode()
            .put("id", stored.id()).put("title", stored.article().title());
        line.set("before", JsonCodec.mapper().valueToTree(labels(stored.tags())));
        line.set("after", JsonCodec.mapper().valueToTree(labels(now)));
        try {
          report.write(JsonCodec.mapper().writeValueAsString(line));
          report.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (producer != null) {
          sends.add(producer.send(new ProducerRecord<>(topic, stored.id().getBytes(StandardCharsets.UTF_8),
              JsonCodec.toBytes(retagged))));
        }
      }, err);
      read = counts[0];
      unreadable = counts[1];
      changed = counts[2];
      if (!complete) {
        return 1;
      }
      for (Future<RecordMetadata> send : sends) {
        try {
          send.get();
          written++;
        } catch (ExecutionException e) {
          err.printf("retag: a changed article was not written: %s%n", e.getCause().getMessage());
        }
      }
      report.flush();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.printf("retag: %s%n", e.getMessage());
      return 2;
    }
    err.printf("retag: %d articles read, %d unreadable, %d with changed tags%s%n", read, unreadable, changed,
        write ? ", " + written + " written back to " + topic : " (report only; --write publishes them)");
    return written == (write ? changed : 0) ? 0 : 1;
  }

  /** Tag names with their country ({@code pardon/BY}), the part of a tag a consumer acts on. */
  static List<String> labels(List<Tag> tags) {
    return tags.stream().map(t -> t.country() == null ? t.name() : t.name() + "/" + t.country()).sorted().toList();
  }

  private KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> common) {
    Map<String, Object> c = new HashMap<>(common);
    c.put("isolation.level", "read_committed");
    c.put("enable.auto.commit", false);
    c.put("client.id", "newswatch-retag");
    return new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static KafkaProducer<byte[], byte[]> producer(Map<String, Object> common) {
    Map<String, Object> c = new HashMap<>(common);
    c.put("acks", "all");
    c.put("enable.idempotence", true);
    c.put("client.id", "newswatch-retag");
    return new KafkaProducer<>(c, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static String key(ConsumerRecord<byte[], byte[]> record) {
    return record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
  }

  /**
   * Feeds every record from {@code start} up to {@code end} (exclusive) to {@code visit}; false when the
   * timeout ended the read first.
   */
  private boolean scan(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> start,
      Map<TopicPartition, Long> end, java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> visit,
      PrintWriter err) {
    start.forEach(consumer::seek);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done(consumer, end)) {
      if (System.nanoTime() > deadline) {
        err.printf("retag: stopped after %s with the topic not read to its end%n", timeout);
        return false;
      }
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
        if (record.offset() < end.getOrDefault(tp, 0L)) {
          visit.accept(record);
        }
      }
    }
    return true;
  }

  /**
   * Assigns every partition; fills {@code start} with the first offset at or after {@code from} and returns
   * the end offsets to stop at.
   */
  private Map<TopicPartition, Long> startAt(KafkaConsumer<byte[], byte[]> consumer, Instant from,
      Map<TopicPartition, Long> start) {
    List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(partitions);
    Map<TopicPartition, Long> when = new HashMap<>();
    partitions.forEach(p -> when.put(p, from.toEpochMilli()));
    Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(when, timeout);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
    for (TopicPartition p : partitions) {
      OffsetAndTimestamp at = starts.get(p);
      start.put(p, at == null ? end.get(p) : at.offset());
    }
    return end;
  }

  private static boolean done(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }
}
