package dev.newswatch.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What the readers of the JSON data files (gazetteer, rule files) throw when one cannot be read. */
public final class JsonDocuments {

  private JsonDocuments() {}

  /**
   * The exception for {@code e}, met while reading the document {@code what} (e.g. {@code "gazetteer x.json"}):
   * an {@link IllegalArgumentException} naming it when it is invalid or malformed, else an
   * {@link UncheckedIOException}.
   */
  public static RuntimeException failure(String what, IOException e) {
    if (e instanceof ValueInstantiationException invalid) {
      Throwable cause = invalid.getCause() != null ? invalid.getCause() : invalid;
      return new IllegalArgumentException(what + ": " + cause.getMessage(), e);
    }
    if (e instanceof JsonProcessingException malformed) {
      return new IllegalArgumentException(what + " is malformed: " + malformed.getOriginalMessage(), e);
    }
    return new UncheckedIOException("cannot read " + what, e);
  }
}
