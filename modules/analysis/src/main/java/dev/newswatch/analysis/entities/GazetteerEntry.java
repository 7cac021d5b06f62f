package dev.newswatch.analysis.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One known person, organisation, country or city.
 *
 * @param id             stable identifier, e.g. {@code "person:bialiatski"}
 * @param type           {@code person}, {@code org}, {@code country} or {@code city}
 * @param name           display name
 * @param country        ISO 3166 alpha-2 code the entry belongs to (a person's country, a city's
 *                       country, the country itself); may be null
 * @param aliases        spellings in any script; each is matched tolerant of transliteration and inflection
 * @param contextAliases spellings that are also ordinary names or words ("Cole"), matched only when the
 *                       article contains one of {@code context}
 * @param context        words (any case, matched as word prefixes) that make {@code contextAliases} count
 * @param gender         {@code "f"}, {@code "m"} or null; tells apart relatives sharing a surname
 * @param role           optional role; {@code "leader"} makes the person the voice of their country when
 *                       attributing who pardoned or sanctioned
 * @param excludes       words, as written, that never name this entry although their keys fit an alias
 *                       (Polish "Wiosna", spring, for Viasna)
 */
public record GazetteerEntry(
    @JsonProperty("id") String id,
    @JsonProperty("type") String type,
    @JsonProperty("name") String name,
    @JsonProperty("country") String country,
    @JsonProperty("aliases") List<String> aliases,
    @JsonProperty("contextAliases") List<String> contextAliases,
    @JsonProperty("context") List<String> context,
    @JsonProperty("gender") String gender,
    @JsonProperty("role") String role,
    @JsonProperty("excludes") List<String> excludes) {

  /** The entry types. */
  public static final Set<String> TYPES = Set.of("person", "org", "country", "city");

  public GazetteerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name of " + id);
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException("entry " + id + ": type must be one of " + TYPES + ", got " + type);
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    contextAliases = contextAliases == null ? List.of() : List.copyOf(contextAliases);
    context = context == null ? List.of() : List.copyOf(context);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    if (!contextAliases.isEmpty() && context.isEmpty()) {
      throw new IllegalArgumentException("entry " + id + ": contextAliases need context words");
    }
  }

  /** An entry without {@code excludes}. */
  public GazetteerEntry(String id, String type, String name, String country, List<String> aliases,
      List<String> contextAliases, List<String> context, String gender, String role) {
    this(id, type, name, country, aliases, contextAliases, context, gender, role, null);
  }

  /** True for a person. */
  public boolean isPerson() {
    return "person".equals(type);
  }

  /** True for a country or city (places that attribute a tag to a country). */
  public boolean isPlace() {
    return "country".equals(type) || "city".equals(type);
  }
}
