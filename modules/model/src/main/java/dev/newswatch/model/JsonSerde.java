package dev.newswatch.model;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Kafka serde for one record type, using {@link JsonCodec}. Null maps to null (tombstones). */
public final class JsonSerde<T> implements Serde<T> {

  private final Class<T> type;

  public JsonSerde(Class<T> type) {
    this.type = type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : JsonCodec.toBytes(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return JsonCodec.fromBytes(bytes, type);
      } catch (IllegalArgumentException e) {
        throw new SerializationException("bad " + type.getSimpleName() + " record on " + topic, e);
      }
    };
  }
}
