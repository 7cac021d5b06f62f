package dev.newswatch.analysis.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A versioned set of {@link TagRule}s, at most one per tag, as read from a JSON rule file such as the
 * bundled {@value #BUNDLED}.
 *
 * @param version the rule file format version, currently {@value #FORMAT_VERSION}
 * @param rules   the rules, one per tag
 */
public record RuleSet(int version, List<TagRule> rules) {

  /** Classpath resource of the rules shipped with newswatch. */
  public static final String BUNDLED = "tagging/rules.v1.json";
  /** The only rule file format version this code reads. */
  public static final int FORMAT_VERSION = 1;

  /**
   * Validates the set.
   *
   * @throws IllegalArgumentException when the version is not {@value #FORMAT_VERSION}, there are no
   *     rules, or two rules share a tag
   */
  public RuleSet {
    if (version != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "unsupported rule file version " + version + " (expected " + FORMAT_VERSION + ")");
    }
    if (rules == null || rules.isEmpty()) {
      throw new IllegalArgumentException("rule set has no rules");
    }
    Set<String> seen = new HashSet<>();
    for (TagRule rule : rules) {
      if (rule == null) {
        throw new IllegalArgumentException("rule set has an empty rule");
      }
      if (!seen.add(rule.tag())) {
        throw new IllegalArgumentException("tag '" + rule.tag() + "' has more than one rule");
      }
    }
    rules = List.copyOf(rules);
  }

  /** The rules bundled with this module ({@value #BUNDLED}). */
  public static RuleSet bundled() {
    try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled rule file " + BUNDLED + " is missing from the classpath");
      }
      return read(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled rule file " + BUNDLED, e);
    }
  }

  /**
   * Reads and validates a JSON rule file. Unknown fields are rejected so that a misspelt key does not
   * silently drop phrases.
   *
   * @param json   the file content; not closed by this method
   * @param source the file name, used in error messages
   * @return the validated rule set
   * @throws IllegalArgumentException naming {@code source} when the file is not valid JSON, does not
   *     have the expected shape, or breaks a rule (for example an unknown tag name)
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static RuleSet read(InputStream json, String source) {
    return RuleFileReader.read(json, source);
  }
}
