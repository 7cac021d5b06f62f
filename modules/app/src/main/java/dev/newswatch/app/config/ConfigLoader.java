package dev.newswatch.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link NewswatchConfig} from YAML, then applies the environment:
 * <ul>
 *   <li>{@code ${NAME}} and {@code ${NAME:-default}} inside any string value are replaced by the
 *       environment variable (secrets stay out of the file);</li>
 *   <li>{@code NEWSWATCH_<SECTION>__<FIELD>} overrides one scalar field: segments are separated by a double
 *       underscore and written in UPPER_SNAKE case, so {@code NEWSWATCH_KAFKA__BOOTSTRAP_SERVERS} sets
 *       {@code kafka.bootstrapServers} and {@code NEWSWATCH_POLLER__FETCH__ALLOWED_HOSTS=a,b} sets a
 *       list.</li>
 * </ul>
 * Durations are ISO-8601 ({@code PT5M}) or short ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 7d}).
 * Unknown keys are errors, so a typo does not silently fall back to a default.
 */
public final class ConfigLoader {

  /** Prefix of environment variables that override configuration fields. */
  public static final String ENV_PREFIX = "NEWSWATCH_";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private static final java.util.Set<String> KAFKA_PROPERTY_MAPS = java.util.Set.of("clientProperties",
      "clientPropertyFiles");

  private final ObjectMapper yaml;
  private final Map<String, String> env;

  public ConfigLoader(Map<String, String> env) {
    this.env = Map.copyOf(env);
    SimpleModule durations = new SimpleModule().addDeserializer(Duration.class, new DurationDeserializer());
    this.yaml = new ObjectMapper(new YAMLFactory())
        .registerModule(new JavaTimeModule())
        .registerModule(durations)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /** Loads the file (which must exist) with the environment applied. */
  public NewswatchConfig load(Path file) throws ConfigException {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("config file " + file + " does not exist");
    }
    try {
      return load(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses YAML text; {@code origin} names it in error messages. */
  public NewswatchConfig load(String yamlText, String origin) throws ConfigException {
    try {
      JsonNode root = yaml.readTree(yamlText);
      ObjectNode tree = root == null || root.isMissingNode() || root.isNull()
          ? JsonNodeFactory.instance.objectNode() : requireObject(root, origin);
      JsonNode interpolated = interpolate(tree, origin);
      applyOverrides((ObjectNode) interpolated);
      return withPropertyFiles(yaml.treeToValue(interpolated, NewswatchConfig.class));
    } catch (ConfigException e) {
      throw e;
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("invalid configuration in " + origin + ": " + rootMessage(e), e);
    }
  }

  private static ObjectNode requireObject(JsonNode root, String origin) throws ConfigException {
    if (!root.isObject()) {
      throw new ConfigException("invalid configuration in " + origin + ": the top level must be a mapping");
    }
    return (ObjectNode) root;
  }

  private JsonNode interpolate(JsonNode node, String origin) throws ConfigException {
    if (node.isTextual()) {
      return TextNode.valueOf(substitute(node.asText(), origin));
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        copy.set(field.getKey(), interpolate(field.getValue(), origin));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (JsonNode element : node) {
        copy.add(interpolate(element, origin));
      }
      return copy;
    }
    return node;
  }

  private String substitute(String value, String origin) throws ConfigException {
    Matcher m = PLACEHOLDER.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement = env.get(m.group(1));
      if (replacement == null || replacement.isEmpty()) {
        replacement = m.group(2);
      }
      if (replacement == null) {
        throw new ConfigException("configuration in " + origin + " refers to ${" + m.group(1)
            + "}, which is not set in the environment (use ${" + m.group(1) + ":-default} for a default)");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private void applyOverrides(ObjectNode root) throws ConfigException {
    for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(ENV_PREFIX) || !key.contains("__")) {
        continue;
      }
      List<String> path = new ArrayList<>();
      for (String segment : key.substring(ENV_PREFIX.length()).split("__")) {
        // Kafka client property names are dotted: ..._CLIENT_PROPERTIES__SASL_JAAS_CONFIG is sasl.jaas.config.
        path.add(path.size() == 2 && path.get(0).equals("kafka") && KAFKA_PROPERTY_MAPS.contains(path.get(1))
            ? segment.toLowerCase(Locale.ROOT).replace('_', '.') : camel(segment));
      }
      ObjectNode parent = root;
      for (String name : path.subList(0, path.size() - 1)) {
        JsonNode child = parent.get(name);
        if (child == null || child.isNull()) {
          child = parent.putObject(name);
        }
        if (!child.isObject()) {
          throw new ConfigException("environment variable " + key + " points into '" + name + "', which is not a section");
        }
        parent = (ObjectNode) child;
      }
      String leaf = path.get(path.size() - 1);
      JsonNode existing = parent.get(leaf);
      if (existing != null && existing.isArray() || leaf.endsWith("Hosts")) {
        ArrayNode list = parent.putArray(leaf);
        for (String item : e.getValue().split(",")) {
          if (!item.isBlank()) {
            list.add(item.strip());
          }
        }
      } else {
        parent.put(leaf, e.getValue());
      }
    }
  }

  /**
   * Reads {@code kafka.clientPropertyFiles} into {@code kafka.clientProperties}: each file's content, without a
   * trailing line break, is the property's value. Errors name the property and the file, never the content.
   */
  private static NewswatchConfig withPropertyFiles(NewswatchConfig config) throws ConfigException {
    NewswatchConfig.Kafka kafka = config.kafka();
    if (kafka.clientPropertyFiles().isEmpty()) {
      return config;
    }
    Map<String, String> props = new TreeMap<>(kafka.clientProperties());
    for (Map.Entry<String, Path> e : kafka.clientPropertyFiles().entrySet()) {
      String name = "kafka.clientPropertyFiles." + e.getKey();
      if (props.containsKey(e.getKey())) {
        throw new ConfigException(name + ": " + e.getKey() + " is also set in kafka.clientProperties; set it in one place");
      }
      if (e.getValue() == null) {
        throw new ConfigException(name + ": no file given");
      }
      String value;
      try {
        value = Files.readString(e.getValue());
      } catch (IOException | RuntimeException ex) {
        throw new ConfigException(name + ": cannot read " + e.getValue() + " (" + ex.getClass().getSimpleName() + ")");
      }
      value = value.replaceAll("\\R+\\z", "");
      if (value.isBlank()) {
        throw new ConfigException(name + ": " + e.getValue() + " is empty");
      }
      props.put(e.getKey(), value);
    }
    return new NewswatchConfig(kafka.withClientProperties(props), config.http(), config.poller(), config.pipeline(),
        config.alerts(), config.feeds(), config.subscribers());
  }

  /** "BOOTSTRAP_SERVERS" → "bootstrapServers". */
  static String camel(String upperSnake) {
    StringBuilder out = new StringBuilder();
    boolean upperNext = false;
    for (char c : upperSnake.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upperNext = out.length() > 0;
      } else {
        out.append(upperNext ? Character.toUpperCase(c) : c);
        upperNext = false;
      }
    }
    return out.toString();
  }

  /** Parses "500ms", "30s", "5m", "2h", "7d" or ISO-8601 ("PT5M", "P7D"). */
  public static Duration parseDuration(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_DURATION.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not a duration (use 30s, 5m, 2h, 7d or ISO-8601 like PT5M)");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.toString() : t.getMessage();
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException jme && !jme.getPath().isEmpty()) {
      return message.lines().findFirst().orElse(message) + " (at " + path(jme) + ")";
    }
    return message.lines().findFirst().orElse(message);
  }

  private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static final class DurationDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return parseDuration(p.getValueAsString());
    }
  }
}
