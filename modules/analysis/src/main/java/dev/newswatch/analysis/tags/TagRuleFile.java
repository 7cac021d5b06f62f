package dev.newswatch.analysis.tags;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A versioned rule file: tag definitions and the Lucene-query rules that are evidence for them. Users
 * extend the bundled file by passing their own with {@link #plus}; a rule change takes effect when the
 * tagger is rebuilt (on restart).
 *
 * @param version   file format version, 2 (version 1 was the keyword rule file of {@code tagging})
 * @param threshold confidence a tag needs to be reported, in (0, 1)
 * @param tags      tag definitions by name
 * @param rules     the rules; ids unique, each naming a defined tag
 */
public record TagRuleFile(
    @JsonProperty("version") int version,
    @JsonProperty("threshold") double threshold,
    @JsonProperty("tags") Map<String, TagDefinition> tags,
    @JsonProperty("rules") List<TagRule> rules) {

  /** The rules shipped with newswatch, on the class path. */
  public static final String BUNDLED = "/tags/rules.v2.json";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  public TagRuleFile {
    if (version != 2) {
      throw new IllegalArgumentException("rule file version must be 2, got " + version);
    }
    if (threshold <= 0 || threshold >= 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    for (Map.Entry<String, TagDefinition> t : tags.entrySet()) {
      String parent = t.getValue().parent();
      if (parent != null && !tags.containsKey(parent)) {
        throw new IllegalArgumentException("tag " + t.getKey() + ": unknown parent " + parent);
      }
    }
    Set<String> ids = new HashSet<>();
    for (TagRule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("duplicate rule id " + r.id());
      }
      if (!tags.containsKey(r.tag())) {
        throw new IllegalArgumentException("rule " + r.id() + ": unknown tag " + r.tag());
      }
    }
  }

  /** The bundled rules ({@value #BUNDLED}). */
  public static TagRuleFile bundled() {
    try (InputStream in = TagRuleFile.class.getResourceAsStream(BUNDLED)) {
      return read(Objects.requireNonNull(in, BUNDLED + " missing from the class path"), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED, e);
    }
  }

  /**
   * Reads a rule file.
   *
   * @param json   the JSON document
   * @param source file name for error messages
   * @throws IllegalArgumentException naming {@code source} when malformed or invalid
   */
  public static TagRuleFile read(InputStream json, String source) {
    try {
      TagRuleFile file = MAPPER.readValue(json, TagRuleFile.class);
      if (file == null) {
        throw new IllegalArgumentException("rule file " + source + " is empty");
      }
      return file;
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException("rule file " + source + ": " + cause.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("rule file " + source + " is malformed: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + source, e);
    }
  }

  /**
   * These rules extended by a user's rule file: its {@code tags} added (or redefined) and its {@code rules}
   * appended. The file may add rules to tags defined here, so it is validated together with these rules,
   * not alone; its {@code version}, when given, must be 2, and its {@code threshold} is ignored.
   *
   * @throws IllegalArgumentException naming {@code source} when malformed or invalid
   */
  public TagRuleFile extendedBy(InputStream json, String source) {
    try {
      com.fasterxml.jackson.databind.JsonNode root = MAPPER.readTree(json);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("rule file " + source + " is not a JSON object");
      }
      Set<String> known = Set.of("version", "threshold", "tags", "rules");
      root.fieldNames().forEachRemaining(name -> {
        if (!known.contains(name)) {
          throw new IllegalArgumentException("rule file " + source + ": unknown field " + name);
        }
      });
      if (root.has("version") && root.get("version").asInt() != 2) {
        throw new IllegalArgumentException("rule file " + source + ": version must be 2, got " + root.get("version"));
      }
      Map<String, TagDefinition> moreTags = root.has("tags")
          ? MAPPER.convertValue(root.get("tags"), new com.fasterxml.jackson.core.type.TypeReference<>() {})
          : Map.of();
      List<TagRule> moreRules = root.has("rules")
          ? MAPPER.convertValue(root.get("rules"), new com.fasterxml.jackson.core.type.TypeReference<>() {})
          : List.of();
      return merged(moreTags, moreRules);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("rule file ")) {
        throw e;
      }
      Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
      throw new IllegalArgumentException("rule file " + source + ": " + cause.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("rule file " + source + " is malformed: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + source, e);
    }
  }

  /** These rules extended by {@code more}: its tags added (or redefined) and its rules appended. */
  public TagRuleFile plus(TagRuleFile more) {
    return merged(more.tags(), more.rules());
  }

  /** These rules with more tags (added or redefined) and more rules (appended), validated together. */
  private TagRuleFile merged(Map<String, TagDefinition> moreTags, List<TagRule> moreRules) {
    Map<String, TagDefinition> allTags = new LinkedHashMap<>(tags);
    allTags.putAll(moreTags);
    List<TagRule> allRules = new ArrayList<>(rules);
    allRules.addAll(moreRules);
    return new TagRuleFile(version, threshold, allTags, allRules);
  }
}
