package dev.newswatch.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads fixture files shipped under {@code fixtures/} in this module's resources. */
public final class Fixtures {

  private Fixtures() {}

  /** The text of {@code fixtures/<name>}, for example {@code feeds/outlet-a.xml}. */
  public static String text(String name) {
    String path = "fixtures/" + name;
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
