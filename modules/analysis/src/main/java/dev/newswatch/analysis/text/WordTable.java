package dev.newswatch.analysis.text;

import java.util.Arrays;

/**
 * A small open-addressing table from words to values, looked up by a range of a text so that a word seen
 * before costs no substring, no {@code String} hash and no boxed key: the word scanners of the entity
 * matcher and the fact extractor ask it once per word of every article. Bounded: when it holds
 * {@code maxSize} words it is emptied (news vocabulary refills it quickly). Not thread-safe: keep one per
 * thread (see {@link #perThread}).
 *
 * @param <V> the value type; null values cannot be told from absent words
 */
public final class WordTable<V> {

  private static final int MAX_WORD = 64;

  private final int maxSize;
  private char[][] keys;
  private int[] hashes;
  private Object[] values;
  private int size;

  /**
   * An empty table.
   *
   * @param maxSize how many words it holds before it is emptied; at least 16
   */
  public WordTable(int maxSize) {
    if (maxSize < 16) {
      throw new IllegalArgumentException("maxSize must be at least 16, was " + maxSize);
    }
    this.maxSize = maxSize;
    allocate(64);
  }

  /** One table per thread, each bounded by {@code maxSize}. */
  public static <V> ThreadLocal<WordTable<V>> perThread(int maxSize) {
    return ThreadLocal.withInitial(() -> new WordTable<>(maxSize));
  }

  private void allocate(int capacity) {
    keys = new char[capacity][];
    hashes = new int[capacity];
    values = new Object[capacity];
    size = 0;
  }

  /** The hash of {@code text[start, end)}. */
  private static int hash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h ^ (h >>> 16);
  }

  /**
   * The value stored for the word {@code text[start, end)}, or null.
   *
   * @param text  any text
   * @param start first character of the word
   * @param end   after its last character
   */
  @SuppressWarnings("unchecked")
  public V get(String text, int start, int end) {
    int len = end - start;
    if (len > MAX_WORD) {
      return null;
    }
    int h = hash(text, start, end);
    int mask = keys.length - 1;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      char[] k = keys[slot];
      if (k == null) {
        return null;
      }
      if (hashes[slot] == h && k.length == len && same(k, text, start)) {
        return (V) values[slot];
      }
    }
  }

  private static boolean same(char[] key, String text, int start) {
    for (int i = 0; i < key.length; i++) {
      if (key[i] != text.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Stores {@code value} for the word {@code text[start, end)}, replacing what was stored for it. Words longer
   * than 64 characters are not stored.
   */
  public void put(String text, int start, int end, V value) {
    int len = end - start;
    if (len > MAX_WORD) {
      return;
    }
    if (size >= maxSize) {
      Arrays.fill(keys, null);
      Arrays.fill(values, null);
      size = 0;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int h = hash(text, start, end);
    int mask = keys.length - 1;
    int slot = h & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == h && keys[slot].length == len && same(keys[slot], text, start)) {
        values[slot] = value;
        return;
      }
      slot = (slot + 1) & mask;
    }
    char[] k = new char[len];
    text.getChars(start, end, k, 0);
    keys[slot] = k;
    hashes[slot] = h;
    values[slot] = value;
    size++;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldHashes = hashes;
    Object[] oldValues = values;
    allocate(oldKeys.length * 2);
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = oldHashes[i] & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        hashes[slot] = oldHashes[i];
        values[slot] = oldValues[i];
        size++;
      }
    }
  }

  /** How many words it holds. */
  public int size() {
    return size;
  }
}
