package dev.newswatch.ingest.registry;

import dev.newswatch.model.FeedDefinition;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies one record of the registry topic to a map of the latest record per URL. */
final class RegistryRecords {

  private static final Logger LOG = LoggerFactory.getLogger(RegistryRecords.class);

  private RegistryRecords() {}

  /** A tombstone forgets the URL; an unreadable record or one whose URL is not its key is skipped. */
  static void apply(Map<String, FeedDefinition> known, ConsumerRecord<String, byte[]> record,
      Deserializer<FeedDefinition> deserializer) {
    if (record.key() == null) {
      return;
    }
    if (record.value() == null) {
      known.remove(record.key());
      return;
    }
    try {
      FeedDefinition definition = deserializer.deserialize(record.topic(), record.value());
      if (record.key().equals(definition.url())) {
        known.put(record.key(), definition);
      } else {
        LOG.warn("registry record at {}-{}@{} names another feed than its key; ignored", record.topic(),
            record.partition(), record.offset());
      }
    } catch (RuntimeException e) {
      LOG.warn("unreadable registry record at {}-{}@{} ignored: {}", record.topic(), record.partition(),
          record.offset(), e.getMessage());
    }
  }
}
