package dev.newswatch.analysis.text;

/**
 * A small per-thread memo from short words to a small non-negative number, for the word scanners that ask
 * something of every word of every article (which fact word classes a word belongs to; whether a word can
 * start a gazetteer name at all). Direct-mapped: each word has one slot, chosen by a hash of its characters,
 * and a newer word takes the slot of an older one. Exact: a hit compares the word's characters, which are
 * kept in one flat array next to each other, so a look-up touches a few cache lines and allocates nothing.
 * Words longer than {@value #MAX_WORD} characters are not kept. Each slot's part of the hash, length and
 * number share one int, so a miss costs one memory access. Fixed size (36 bytes per slot). Not thread-safe:
 * keep one per thread.
 */
public final class WordMemo {

  /** The longest word kept. */
  public static final int MAX_WORD = 16;

  private final int mask;
  // Per slot: bits 21-31 a part of the word's hash, 16-20 its length - 1, 0-15 the number; 0 for an empty slot.
  private final int[] tags;
  private final char[] chars;

  /**
   * An empty memo.
   *
   * @param slots how many words it holds at most; a power of two from 16 to 2^20
   */
  public WordMemo(int slots) {
    if (slots < 16 || slots > 1 << 20 || Integer.bitCount(slots) != 1) {
      throw new IllegalArgumentException("slots must be a power of two from 16 to 2^20, was " + slots);
    }
    mask = slots - 1;
    tags = new int[slots];
    chars = new char[slots * MAX_WORD];
  }

  private static int hash(String text, int start, int end) {
    int h = 0x811C9DC5;
    for (int i = start; i < end; i++) {
      h = (h ^ text.charAt(i)) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }

  private static int tag(int hash, int len, int value) {
    return hash & 0xFFE00000 | (len - 1) << 16 | value;
  }

  /**
   * The number kept for the word {@code text[start, end)}, or -1 when it is not kept.
   *
   * @param text  any text
   * @param start first character of the word
   * @param end   after its last character
   */
  public int get(String text, int start, int end) {
    int len = end - start;
    if (len > MAX_WORD || len <= 0) {
      return -1;
    }
    int h = hash(text, start, end);
    int slot = h & mask;
    int tag = tags[slot];
    if ((tag & 0xFFFF0000) != (tag(h, len, 0) & 0xFFFF0000) || tag == 0) {
      return -1;
    }
    int base = slot * MAX_WORD;
    for (int i = 0; i < len; i++) {
      if (chars[base + i] != text.charAt(start + i)) {
        return -1;
      }
    }
    return tag & 0xFFFF;
  }

  /**
   * Keeps {@code value} for the word {@code text[start, end)} in its slot, replacing whatever word was there.
   * Does nothing for a word longer than {@value #MAX_WORD} characters.
   *
   * @param value a number from 0 to 65,535
   */
  public void put(String text, int start, int end, int value) {
    if (value < 0 || value > 0xFFFF) {
      throw new IllegalArgumentException("value must be from 0 to 65535, was " + value);
    }
    int len = end - start;
    if (len > MAX_WORD || len <= 0) {
      return;
    }
    int h = hash(text, start, end);
    int slot = h & mask;
    tags[slot] = 0; // never half-written: the characters first, then the tag that makes them count
    text.getChars(start, end, chars, slot * MAX_WORD);
    int tag = tag(h, len, value);
    // A tag of 0 marks an empty slot: such a word (rare) is simply not kept.
    tags[slot] = tag;
  }
}
