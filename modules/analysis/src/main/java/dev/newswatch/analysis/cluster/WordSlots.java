package dev.newswatch.analysis.cluster;

import java.util.function.Function;

/**
 * Recently seen words and what a pure function makes of them, one per slot by the word's hash (news
 * vocabulary repeats, so most words are found). Entries are immutable and only ever replaced whole, so
 * threads may share the table without locks: a racing reader sees either entry, and both hold the same
 * pure function's value.
 *
 * <p>Public for the word caches of {@code cluster.story} as well as {@link ClusterText}'s.
 *
 * @param <E> the entry, which holds its word
 */
public final class WordSlots<E> {

  private final Object[] slots;
  private final Function<E, String> wordOf;
  private final Function<String, E> make;

  /**
   * @param slots  a power of two
   * @param wordOf the word an entry was made of
   * @param make   the entry of a word; pure, its result immutable
   */
  public WordSlots(int slots, Function<E, String> wordOf, Function<String, E> make) {
    this.slots = new Object[slots];
    this.wordOf = wordOf;
    this.make = make;
  }

  @SuppressWarnings("unchecked")
  public E get(String word) {
    int h = word.hashCode();
    int slot = (h ^ (h >>> 14)) & (slots.length - 1);
    E e = (E) slots[slot];
    if (e != null && wordOf.apply(e).equals(word)) {
      return e;
    }
    e = make.apply(word);
    slots[slot] = e;
    return e;
  }
}
