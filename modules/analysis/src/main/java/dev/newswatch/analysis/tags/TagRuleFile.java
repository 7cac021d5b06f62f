package dev.newswatch.analysis.tags;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.newswatch.analysis.JsonDocuments;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.newswatch.analysis.lang.Language;
import dev.newswatch.analysis.lang.LanguageWords;

/**
 * A versioned rule file: the languages rules are written in, tag definitions, and the Lucene-query rules
 * that are evidence for the tags. The bundled file names its languages; each has a file of its own
 * ({@code tags/languages/<code>.json}: analyzer, number words, marker words, word lists and that language's
 * rules). Users extend the bundled rules by passing their own file with {@link #extendedBy}; a rule change
 * takes effect when the tagger is rebuilt (on restart).
 *
 * @param version   file format version, 2 (version 1 was the keyword rule file of {@code tagging})
 * @param threshold confidence a tag needs to be reported, in (0, 1)
 * @param languages the languages, in the order their fields are tried
 * @param tags      tag definitions by name
 * @param rules     the rules; ids unique, each naming a defined tag and one of {@code languages}
 */
public record TagRuleFile(
    int version,
    double threshold,
    List<Language> languages,
    Map<String, TagDefinition> tags,
    List<TagRule> rules) {

  /** The rules shipped with newswatch, on the class path. */
  public static final String BUNDLED = "/tags/rules.v2.json";
  /** Where the bundled languages' files are, on the class path: {@code <dir>/<code>.json}. */
  public static final String LANGUAGES = "/tags/languages/";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Map<String, LanguageFile> LANGUAGE_FILES = new java.util.concurrent.ConcurrentHashMap<>();

  /** The main file as written. */
  private record MainFile(
      @JsonProperty("version") int version,
      @JsonProperty("threshold") double threshold,
      @JsonProperty("languages") List<String> languages,
      @JsonProperty("tags") Map<String, TagDefinition> tags,
      @JsonProperty("rules") List<TagRule> rules) {}

  /** One language's file: its definition and its rules (whose field defaults to the language). */
  private record LanguageFile(Language language, List<TagRule> rules) {}

  public TagRuleFile {
    if (version != 2) {
      throw new IllegalArgumentException("rule file version must be 2, got " + version);
    }
    if (threshold <= 0 || threshold >= 1) {
      throw new IllegalArgumentException("threshold must be in (0, 1), got " + threshold);
    }
    languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
    tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    Set<String> codes = new HashSet<>();
    languages.forEach(l -> codes.add(l.code()));
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
      if (!codes.contains(r.lang())) {
        throw new IllegalArgumentException("rule " + r.id() + ": lang must be one of " + codes + ", got " + r.lang());
      }
    }
  }

  /** The bundled rules ({@value #BUNDLED}) with their languages' files. */
  public static TagRuleFile bundled() {
    try (InputStream in = TagRuleFile.class.getResourceAsStream(BUNDLED)) {
      return read(Objects.requireNonNull(in, BUNDLED + " missing from the class path"), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED, e);
    }
  }

  /** The word lists of this file's languages. */
  public LanguageWords words() {
    return new LanguageWords(languages);
  }

  /** The codes of the languages newswatch ships ({@value #BUNDLED}'s list). */
  public static List<String> bundledLanguages() {
    try (InputStream in = TagRuleFile.class.getResourceAsStream(BUNDLED)) {
      List<String> out = new ArrayList<>();
      MAPPER.readTree(Objects.requireNonNull(in, BUNDLED + " missing from the class path")).path("languages")
          .forEach(n -> out.add(n.asText()));
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED, e);
    }
  }

  /**
   * Reads a rule file. Its {@code languages} are loaded from the bundled language files, with their rules; a
   * file that lists none gets the bundled languages without their rules (a rule set of its own).
   *
   * @param json   the JSON document
   * @param source file name for error messages
   * @throws IllegalArgumentException naming {@code source} when malformed or invalid
   */
  public static TagRuleFile read(InputStream json, String source) {
    try {
      MainFile file = MAPPER.readValue(json, MainFile.class);
      if (file == null) {
        throw new IllegalArgumentException("rule file " + source + " is empty");
      }
      // A file that lists its languages takes their rules too (the bundled file does); one that lists none
      // is a rule set of its own, over the bundled languages' fields.
      boolean withLanguageRules = file.languages() != null;
      List<String> codes = withLanguageRules ? file.languages() : bundledLanguages();
      List<Language> languages = new ArrayList<>();
      List<TagRule> rules = new ArrayList<>();
      for (String code : codes) {
        LanguageFile lf = languageFile(code);
        languages.add(lf.language());
        if (withLanguageRules) {
          rules.addAll(lf.rules());
        }
      }
      if (file.rules() != null) {
        rules.addAll(file.rules());
      }
      return new TagRuleFile(file.version(), file.threshold(), languages,
          file.tags() == null ? Map.of() : file.tags(), rules);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("rule file ")) {
        throw e;
      }
      throw new IllegalArgumentException("rule file " + source + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw JsonDocuments.failure("rule file " + source, e);
    }
  }

  /** A bundled language's file, read once per JVM. */
  private static LanguageFile languageFile(String code) {
    if (!code.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("unknown language " + code);
    }
    return LANGUAGE_FILES.computeIfAbsent(code, c -> {
      String path = LANGUAGES + c + ".json";
      try (InputStream in = TagRuleFile.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalArgumentException("unknown language " + c + ": no " + path);
        }
        com.fasterxml.jackson.databind.JsonNode root = MAPPER.readTree(in);
        Set<String> known = Set.of("language", "rules");
        root.fieldNames().forEachRemaining(name -> {
          if (!known.contains(name)) {
            throw new IllegalArgumentException("language file " + path + ": unknown field " + name);
          }
        });
        Language language = MAPPER.treeToValue(root.get("language"), Language.class);
        if (!language.code().equals(c)) {
          throw new IllegalArgumentException("language file " + path + " defines " + language.code());
        }
        List<TagRule> rules = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode r : root.path("rules")) {
          TagRule rule = MAPPER.treeToValue(r, TagRule.class);
          rules.add(r.has("lang") ? rule : rule.inLanguage(c));
        }
        return new LanguageFile(language, List.copyOf(rules));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("language file " + path + " is malformed: " + e.getOriginalMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path, e);
      }
    });
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
    return new TagRuleFile(version, threshold, languages, allTags, allRules);
  }
}
