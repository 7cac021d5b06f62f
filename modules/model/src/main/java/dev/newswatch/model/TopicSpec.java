package dev.newswatch.model;

import java.util.Objects;

/**
 * One topic of the contract: its name, whether it is compacted, the record type of its values, the
 * JSON Schema describing them (a classpath resource of this module) and what its key is.
 */
public record TopicSpec(String name, boolean compacted, Class<?> valueType, String schemaResource, String key) {
  public TopicSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(valueType, "valueType");
    Objects.requireNonNull(schemaResource, "schemaResource");
    Objects.requireNonNull(key, "key");
  }
}
