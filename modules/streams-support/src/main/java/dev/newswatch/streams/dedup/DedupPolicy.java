package dev.newswatch.streams.dedup;

import org.apache.kafka.streams.processor.api.Record;

/**
 * What a {@link DedupProcessor} cannot know by itself: which key identifies a record, which of the states
 * remembered for it within the TTL counts, and what to do given that state. The pipeline's exact-dedup
 * stages and the alerts gate share the mechanism (a window store whose retention is the TTL) but not the
 * decision: the first drops any copy of a key seen first by another article, the second compares what a
 * subscription was last told about a story with the story now, to suppress only immaterial repeats.
 *
 * @param <V>  the input value
 * @param <S>  the state remembered per key
 * @param <KO> the output key
 * @param <VO> the output value
 */
public interface DedupPolicy<V, S, KO, VO> {

  /** Which of the states stored for a key a lookup at record time {@code t} returns. */
  enum Lookup {
    /**
     * The earliest stored within {@code [t - ttl, t + ttl]}: a late, older copy is caught as well as a
     * later one.
     */
    EARLIEST_EITHER_SIDE,
    /**
     * The latest stored within {@code [t - ttl, t + ttl]}: what was remembered last, even when this record's
     * time is older than that state's (record times of one key need not increase: a story's records carry
     * the times of the articles that changed it). A state remembered after such a lookup is stored no
     * earlier than the one found, so the latest stored is always the last remembered.
     */
    LATEST_EITHER_SIDE
  }

  /** What to do with one record. */
  record Verdict<S, KO, VO>(Record<KO, VO> output, S remember) {

    private static final Verdict<?, ?, ?> DROP = new Verdict<>(null, null);

    public Verdict {
      if (output == null && remember != null) {
        throw new IllegalArgumentException("a dropped record remembers nothing");
      }
    }

    /** Forward nothing, remember nothing. */
    @SuppressWarnings("unchecked")
    public static <S, KO, VO> Verdict<S, KO, VO> drop() {
      return (Verdict<S, KO, VO>) DROP;
    }

    /** Forward {@code output}, leaving the store as it is. */
    public static <S, KO, VO> Verdict<S, KO, VO> forward(Record<KO, VO> output) {
      return new Verdict<>(output, null);
    }

    /** Remember {@code state} for the key at the record's time, then forward {@code output}. */
    public static <S, KO, VO> Verdict<S, KO, VO> remember(S state, Record<KO, VO> output) {
      return new Verdict<>(output, java.util.Objects.requireNonNull(state, "state"));
    }

    public boolean dropped() {
      return output == null;
    }
  }

  /**
   * The store key of a record's value, or null to let the record go without a trace (neither forwarded
   * nor remembered). May throw for a value that should not be there at all.
   */
  String key(V value);

  /** Which stored state {@link #decide} gets. */
  Lookup lookup();

  /**
   * The verdict on a record.
   *
   * @param record       the record, its value non-null
   * @param seen         the state {@link #lookup} found for its key within the TTL, or null
   * @param systemTimeMs the task's wall-clock time
   */
  Verdict<S, KO, VO> decide(Record<String, V> record, S seen, long systemTimeMs);
}
