package dev.newswatch.analysis.entities;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.newswatch.analysis.JsonDocuments;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A versioned list of known entities, read from JSON: {@code {"version": 1, "endings": {...},
 * "genderEndings": {...}, "entries": [...]}}.
 *
 * @param version       file format version, 1
 * @param endings       per language (any label, e.g. "pl"), the case and gender endings {@link NameKey} strips
 *                      before comparing name words; all languages' endings are tried on every word. Empty:
 *                      those of the bundled gazetteer
 * @param genderEndings under "f" and "m", surname endings that suggest the gender (see {@link NameKey#genderOf})
 * @param entries       the entities; ids unique
 */
public record Gazetteer(@JsonProperty("version") int version,
    @JsonProperty("endings") Map<String, List<String>> endings,
    @JsonProperty("genderEndings") Map<String, List<String>> genderEndings,
    @JsonProperty("entries") List<GazetteerEntry> entries) {

  /** The gazetteer shipped with newswatch, on the class path. */
  public static final String BUNDLED = "/entities/gazetteer.v1.json";

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public Gazetteer {
    if (version != 1) {
      throw new IllegalArgumentException("gazetteer version must be 1, got " + version);
    }
    entries = entries == null ? List.of() : List.copyOf(entries);
    endings = copy(endings, "endings");
    genderEndings = copy(genderEndings, "genderEndings");
    for (String g : genderEndings.keySet()) {
      if (!g.equals("f") && !g.equals("m")) {
        throw new IllegalArgumentException("genderEndings: keys must be \"f\" or \"m\", got " + g);
      }
    }
    Set<String> ids = new HashSet<>();
    for (GazetteerEntry e : entries) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("duplicate gazetteer id " + e.id());
      }
    }
  }

  /** A gazetteer with the bundled gazetteer's endings. */
  public Gazetteer(int version, List<GazetteerEntry> entries) {
    this(version, null, null, entries);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> m, String what) {
    if (m == null) {
      return Map.of();
    }
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    m.forEach((lang, list) -> {
      List<String> l = list == null ? List.of() : List.copyOf(list);
      for (String e : l) {
        if (e.isBlank() || !e.equals(e.strip())) {
          throw new IllegalArgumentException(what + " of " + lang + ": blank or padded ending \"" + e + "\"");
        }
      }
      out.put(lang, l);
    });
    return java.util.Collections.unmodifiableMap(out);
  }

  /** The bundled gazetteer ({@value #BUNDLED}). */
  public static Gazetteer bundled() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(BUNDLED)) {
      return read(Objects.requireNonNull(in, BUNDLED + " missing from the class path"), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUNDLED, e);
    }
  }

  /**
   * Reads a gazetteer.
   *
   * @param json   the JSON document
   * @param source file name for error messages
   * @throws IllegalArgumentException naming {@code source} when the file is malformed or invalid
   */
  public static Gazetteer read(InputStream json, String source) {
    try {
      return MAPPER.readValue(json, Gazetteer.class);
    } catch (IOException e) {
      throw JsonDocuments.failure("gazetteer " + source, e);
    }
  }

  /** This gazetteer with {@code more} entries appended (ids must stay unique). */
  public Gazetteer plus(List<GazetteerEntry> more) {
    List<GazetteerEntry> all = new java.util.ArrayList<>(entries);
    all.addAll(more);
    return new Gazetteer(version, endings, genderEndings, all);
  }
}
