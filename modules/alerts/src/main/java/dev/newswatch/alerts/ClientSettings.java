package dev.newswatch.alerts;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;

/** Client configurations of the alerts service: the common settings from the app plus what each part needs. */
final class ClientSettings {

  /** Records per poll: polling only queues them, so a batch is quick to take in. */
  static final int MAX_POLL_RECORDS = 200;

  private ClientSettings() {}

  /**
   * The matching Streams app: exactly-once, dead-lettering error handlers. Settings the service depends on
   * override the caller's.
   *
   * @throws IllegalArgumentException when {@code application.id} or {@code state.dir} is missing: without a
   *     state dir Kafka Streams would keep the snapshot store under the OS temp directory, which the OS may
   *     clean, and the gate would alert again after a restart
   */
  static Map<String, Object> streams(Map<String, Object> kafkaConfig, Map<String, Object> streamsConfig) {
    Map<String, Object> props = new HashMap<>(kafkaConfig);
    props.putAll(streamsConfig);
    applicationId(props);
    Object stateDir = props.get(StreamsConfig.STATE_DIR_CONFIG);
    if (stateDir == null || stateDir.toString().isBlank()) {
      throw new IllegalArgumentException("streams config needs " + StreamsConfig.STATE_DIR_CONFIG);
    }
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
    props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
    return props;
  }

  /**
   * The delivery consumer: its own group, committed alerts only, manual commits. Delivery happens on other
   * threads, so the poll loop only waits for a dead-letter write or a commit and the default poll interval
   * (5 min) is ample. A new group starts at the earliest alert, since alerts written before its first commit
   * must not be lost.
   */
  static Map<String, Object> consumer(Map<String, Object> kafkaConfig, String applicationId) {
    Map<String, Object> props = new HashMap<>(kafkaConfig);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, applicationId + "-delivery");
    props.put(CommonClientConfigs.CLIENT_ID_CONFIG, applicationId + "-delivery");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    return props;
  }

  /** The dead-letter producer: idempotent, acknowledged by all in-sync replicas. */
  static Map<String, Object> producer(Map<String, Object> kafkaConfig, String applicationId) {
    Map<String, Object> props = new HashMap<>(kafkaConfig);
    props.put(CommonClientConfigs.CLIENT_ID_CONFIG, applicationId + "-delivery-dlq");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return props;
  }

  /** The application id in {@code props}. */
  static String applicationId(Map<String, Object> props) {
    Object id = props.get(StreamsConfig.APPLICATION_ID_CONFIG);
    if (id == null || id.toString().isBlank()) {
      throw new IllegalArgumentException("streams config needs " + StreamsConfig.APPLICATION_ID_CONFIG);
    }
    return id.toString();
  }
}
