package dev.newswatch.analysis.tagging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** Binds a JSON rule file to a {@link RuleSet}, turning every failure into one message naming the file. */
final class RuleFileReader {

  // Strict, unlike the topic codec: a rule file is written by hand, so a typo must fail loudly.
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private RuleFileReader() {}

  static RuleSet read(InputStream json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    try {
      RuleSet rules = MAPPER.readValue(json, RuleSet.class);
      if (rules == null) {
        throw new IllegalArgumentException("rule file " + source + " is empty");
      }
      return rules;
    } catch (ValueInstantiationException e) {
      // The records' own validation failed; its message says what is wrong.
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException("rule file " + source + ": " + cause.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("rule file " + source + " is malformed: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + source, e);
    }
  }
}
