package dev.newswatch.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.broker.EmbeddedKafkaBroker;
import dev.newswatch.broker.TopicInitializer;
import dev.newswatch.model.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestKafkaIT {

  @Test
  void createsEveryContractTopicAndDeliversTheFirstIdempotentBatch() throws Exception {
    Map<String, Object> config = TestKafka.clientConfig();
    try (Admin admin = Admin.create(config)) {
      assertThat(admin.listTopics().names().get()).containsAll(Topics.ALL.stream().map(t -> t.name()).toList());
    }
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>(Topics.PIPELINE_DLQ, "k", "first")).get();
    }
    assertThat(TestKafka.readAll(Topics.PIPELINE_DLQ))
        .anySatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("first"));
  }

  @Test
  void brokerKeepsDataAcrossRestart(@TempDir Path dir) throws Exception {
    String topic = "restart-check";
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0, 0)) {
      TopicInitializer.ensureTopics(Map.of("bootstrap.servers", broker.bootstrapServers()),
          List.of(new dev.newswatch.model.TopicSpec(topic, false, String.class, "none", "none")),
          new TopicInitializer.Settings(1, 1, (short) 1, Duration.ofDays(1)), Duration.ofSeconds(60));
      try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
          new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>(topic, "k", "kept")).get();
      }
    }
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir, 0, 0);
         Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      assertThat(admin.listTopics().names().get()).contains(topic);
      var tp = new org.apache.kafka.common.TopicPartition(topic, 0);
      long end = admin.listOffsets(Map.of(tp, org.apache.kafka.clients.admin.OffsetSpec.latest()))
          .partitionResult(tp).get().offset();
      assertThat(end).isEqualTo(1);
    }
  }
}
