package dev.newswatch.alerts;

import dev.newswatch.model.DeliveryFailure;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends dead-lettered alerts again: reads {@link Topics#DELIVERIES_DLQ} (from a time, or from the start) up
 * to its end as of the call, and writes each selected failure's alert back to {@link Topics#ALERTS}, keyed
 * by subscription id, with headers that restrict delivery to the channel that failed
 * ({@link DeliveryLoop#CHANNEL_HEADER}, {@link DeliveryLoop#TARGET_HEADER}). The alert keeps its id, so a
 * receiver that did get it after all drops the repeat. Running it twice over the same range sends the
 * alerts twice (same ids): narrow it with {@code since}.
 *
 * <p>Bounded: at most {@value #MAX_RECORDS} dead letters per call and {@link #READ_LIMIT} of reading.
 */
public final class Redeliverer {

  /** Dead letters redelivered per call at most. */
  public static final int MAX_RECORDS = 100_000;
  static final Duration READ_LIMIT = Duration.ofSeconds(60);
  private static final Logger LOG = LoggerFactory.getLogger(Redeliverer.class);

  /**
   * What a run did.
   *
   * @param read        dead letters read in the range
   * @param redelivered of them, alerts written back for delivery
   * @param unreadable  records that were not a delivery failure (skipped)
   */
  public record Result(int read, int redelivered, int unreadable) {}

  private final Map<String, Object> kafkaConfig;

  /** @param kafkaConfig common client settings ({@code bootstrap.servers}, security) */
  public Redeliverer(Map<String, Object> kafkaConfig) {
    this.kafkaConfig = Map.copyOf(kafkaConfig);
  }

  /**
   * Redelivers the dead letters that pass the filters.
   *
   * @param subscriptionId only this subscription's, or null for all
   * @param since          only those that failed at or after this time, or null for all retained
   * @param allowed        a further filter on the subscription id (the API's owner check)
   * @throws KafkaException when reading or writing fails; alerts written before the failure stay written
   */
  public Result redeliver(String subscriptionId, Instant since, Predicate<String> allowed) {
    Map<String, Object> consumerConfig = new HashMap<>(kafkaConfig);
    consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumerConfig.put(CommonClientConfigs.CLIENT_ID_CONFIG, "newswatch-redeliver");
    Map<String, Object> producerConfig = new HashMap<>(kafkaConfig);
    producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
    producerConfig.put(CommonClientConfigs.CLIENT_ID_CONFIG, "newswatch-redeliver");
    int read = 0;
    int unreadable = 0;
    int sent = 0;
    try (var consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
         var producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.DELIVERIES_DLQ, Duration.ofSeconds(10)).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      seek(consumer, partitions, since);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + READ_LIMIT.toNanos();
      Future<RecordMetadata> last = null;
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && sent < MAX_RECORDS) {
        if (System.nanoTime() > deadline) {
          throw new KafkaException("could not read " + Topics.DELIVERIES_DLQ + " to its end within "
              + READ_LIMIT.toSeconds() + " s; " + sent + " alerts were redelivered");
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition())) || sent >= MAX_RECORDS) {
            continue;
          }
          DeliveryFailure failure;
          try {
            failure = JsonCodec.fromBytes(record.value(), DeliveryFailure.class);
          } catch (IllegalArgumentException | NullPointerException e) {
            unreadable++;
            continue;
          }
          read++;
          String id = failure.alert().subscriptionId();
          if ((subscriptionId != null && !subscriptionId.equals(id)) || !allowed.test(id)
              || (since != null && failure.failedAt().isBefore(since))) {
            continue;
          }
          ProducerRecord<byte[], byte[]> alert = new ProducerRecord<>(Topics.ALERTS,
              id.getBytes(StandardCharsets.UTF_8), JsonCodec.toBytes(failure.alert()));
          alert.headers().add(DeliveryLoop.CHANNEL_HEADER, failure.channel().getBytes(StandardCharsets.UTF_8));
          if (failure.target() != null) {
            alert.headers().add(DeliveryLoop.TARGET_HEADER, failure.target().getBytes(StandardCharsets.UTF_8));
          }
          last = producer.send(alert);
          sent++;
        }
      }
      producer.flush();
      if (last != null) {
        last.get(); // surfaces a failed write; the idempotent producer keeps the earlier ones in order
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaException("interrupted after redelivering " + sent + " alerts");
    } catch (ExecutionException e) {
      throw new KafkaException("writing redelivered alerts failed", e.getCause());
    }
    LOG.info("redelivered {} of {} dead-lettered alerts (subscription {}, since {})", sent, read,
        subscriptionId == null ? "any" : subscriptionId, since == null ? "the start" : since);
    return new Result(read, sent, unreadable);
  }

  private static void seek(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions, Instant since) {
    if (since == null) {
      consumer.seekToBeginning(partitions);
      return;
    }
    Map<TopicPartition, Long> times = new HashMap<>();
    partitions.forEach(p -> times.put(p, since.toEpochMilli()));
    Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    for (TopicPartition p : partitions) {
      OffsetAndTimestamp at = offsets.get(p);
      consumer.seek(p, at == null ? ends.get(p) : at.offset());
    }
  }

  /**
   * Reads a {@code since} argument: an ISO-8601 instant ({@code 2026-11-23T08:00:00Z}) or a time back from
   * {@code now}: {@code 90m}, {@code 24h}, {@code 7d} or ISO {@code PT6H}.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static Instant parseSince(String text, Instant now) {
    String value = text.strip();
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      // not an instant; try a duration
    }
    String lower = value.toLowerCase(Locale.ROOT);
    try {
      if (lower.startsWith("p")) {
        return now.minus(Duration.parse(value));
      }
      long amount = Long.parseLong(lower.substring(0, lower.length() - 1));
      Duration back = switch (lower.charAt(lower.length() - 1)) {
        case 'm' -> Duration.ofMinutes(amount);
        case 'h' -> Duration.ofHours(amount);
        case 'd' -> Duration.ofDays(amount);
        default -> throw new IllegalArgumentException();
      };
      return now.minus(back);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("since must be an ISO instant (2026-11-23T08:00:00Z) or an age such as "
          + "90m, 24h, 7d, got '" + text + "'");
    }
  }
}
