package dev.newswatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads this module's test resources. */
public final class TestFiles {

  private TestFiles() {}

  /** The bytes of a resource, for example {@code feeds/atom1-warsaw-observer.xml}. */
  public static byte[] bytes(String name) {
    try (InputStream in = TestFiles.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A UTF-8 resource as text. */
  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }
}
