package dev.newswatch.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.StringJoiner;

/** Texts of settings that hold secrets, for logs and error messages: the secret itself never shows. */
public final class Redacted {

  private Redacted() {}

  /** {@code "***"} for a secret that is set, {@code "none"} for a null or empty one. */
  public static String secret(String value) {
    return value == null || value.isEmpty() ? "none" : "***";
  }

  /**
   * What {@code record.toString()} says by default, {@code Name[a=1, b=2]}, but with the components named in
   * {@code secrets} shown as {@link #secret}.
   */
  public static String toString(Record record, String... secrets) {
    Set<String> hidden = Set.of(secrets);
    StringJoiner text = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value = value(record, component);
      String name = component.getName();
      text.add(name + "=" + (hidden.contains(name) ? secret(value == null ? null : value.toString()) : value));
    }
    return text.toString();
  }

  private static Object value(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of a " + record.getClass(), e);
    }
  }
}
