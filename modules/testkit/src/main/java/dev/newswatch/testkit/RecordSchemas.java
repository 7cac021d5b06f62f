package dev.newswatch.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.TopicSpec;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Validates topic values against the JSON Schemas shipped in the model module. */
public final class RecordSchemas {

  private static final String BASE = "https://newswatch.dev/schemas/";
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V202012,
      builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(BASE, "classpath:schemas/")));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  private RecordSchemas() {}

  /** The violations of the value bytes against the topic's schema; empty when valid. */
  public static List<String> violations(TopicSpec topic, byte[] value) {
    JsonNode node;
    try {
      node = JsonCodec.mapper().readTree(value);
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    JsonSchema schema = SCHEMAS.computeIfAbsent(topic.schemaResource(), resource ->
        FACTORY.getSchema(SchemaLocation.of(BASE + resource.substring(resource.lastIndexOf('/') + 1)), CONFIG));
    Set<ValidationMessage> messages = schema.validate(node);
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** The violations of a record object, encoded as it would be written to the topic. */
  public static List<String> violations(TopicSpec topic, Object record) {
    return violations(topic, JsonCodec.toBytes(record));
  }
}
