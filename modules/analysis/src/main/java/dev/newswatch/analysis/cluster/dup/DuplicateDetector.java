package dev.newswatch.analysis.cluster.dup;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.ClusterText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds whether an article copies one seen before within the window, in two layers: the exact content hash,
 * then MinHash/LSH candidates verified by estimated Jaccard (or, for a copy with paragraphs added or cut,
 * by estimated containment of the shorter text in the longer). Groups of copies have one representative,
 * the fullest text so far; when a fuller copy arrives it takes over and the old representative is
 * reported as demoted so that its record can be re-emitted pointing at the new one.
 */
public final class DuplicateDetector {

  /**
   * The outcome for one article.
   *
   * @param dupOf    the representative this article copies, or null when it is (now) a representative
   * @param demoted  the former representative this article replaced, or null
   * @param matched  the article it matched (any member of the group), or null
   * @param jaccard  estimated Jaccard with {@code matched} (1 for an exact match, 0 without a match)
   */
  public record Decision(String dupOf, String demoted, String matched, double jaccard) {}

  private final ClusterConfig config;
  private final Shingler shingler;
  private final MinHasher minHasher;
  private final LshBands lsh;

  public DuplicateDetector(ClusterConfig config) {
    this.config = config;
    this.shingler = new Shingler(config.shingleWords());
    this.lsh = new LshBands(config.bands(), config.rows());
    this.minHasher = new MinHasher(lsh.signatureLength());
  }

  /** The fingerprint of an article's text (the headline is left out: outlets rewrite headlines). */
  public Fingerprint fingerprint(ClusterInput article) {
    return fingerprint(article, ClusterText.words(article.text()));
  }

  /** As {@link #fingerprint(ClusterInput)}, with the text's {@link ClusterText#words words} already known. */
  public Fingerprint fingerprint(ClusterInput article, List<String> textWords) {
    List<String> words = textWords.isEmpty() ? ClusterText.words(article.title()) : textWords;
    Shingler.Sketch s = shingler.sketch(words);
    return new Fingerprint(article.id(), s.contentHash(), minHasher.signature(s.shingles()), s.shingles().length,
        words.size(), article.published().toEpochMilli());
  }

  /** The LSH band keys of a fingerprint (the topology's repartition keys). */
  public long[] bandKeys(Fingerprint fp) {
    return lsh.keys(fp.signature());
  }

  /**
   * A candidate copy found by the band search.
   *
   * @param id      the article it matched
   * @param jaccard estimated Jaccard (1 for an equal content hash)
   */
  public record Match(String id, double jaccard) {}

  /** Best first: higher Jaccard, then the smaller id (the same order on every partition and offline). */
  static final Comparator<Match> BEST_FIRST =
      Comparator.comparingDouble(Match::jaccard).reversed().thenComparing(Match::id);

  /** How many candidates one band search reports: the best, and a few in case it is not decided yet. */
  static final int MAX_REPORTED = 4;

  /**
   * Searches the given band keys (and the content hash, when {@code withHash}) for earlier copies of
   * {@code fp}, then files it there. In the topology each partition calls this with the keys it owns; offline
   * one call gets all of them. Returns at most {@value #MAX_REPORTED} verified candidates, best first.
   *
   * @param fp       the article's fingerprint
   * @param keys     band keys to search and file under (a subset of {@link #bandKeys})
   * @param withHash whether to look up and file the content hash here
   * @param state    where the keys live
   */
  public List<Match> candidates(Fingerprint fp, long[] keys, boolean withHash, BandState state) {
    List<Match> found = new ArrayList<>();
    if (withHash && !fp.contentHash().isEmpty()) {
      long window = config.dedupWindow().toMillis();
      String exact = state.idForContentHash(fp.contentHash(), fp.publishedMs() - window, fp.publishedMs() + window);
      if (exact == null) {
        state.putContentHash(fp.contentHash(), fp.id(), fp.publishedMs());
      } else if (!exact.equals(fp.id())) {
        found.add(new Match(exact, 1));
      }
    }
    // Only texts long enough to be matched by signature are searched and filed in bands.
    if (keys.length > 0 && fp.shingleCount() >= config.minShingles()) {
      Set<String> seen = new HashSet<>();
      boolean filed = false;
      for (long key : keys) {
        boolean here = false;
        for (Fingerprint other : state.band(key)) {
          if (other.id().equals(fp.id())) {
            here = true; // a replay (restart, update): filed before, not again
            continue;
          }
          if (!seen.add(other.id()) || !inWindow(fp, other)) {
            continue;
          }
          double j = MinHasher.jaccard(fp.signature(), other.signature());
          if (isCopy(fp, other, j)) {
            found.add(new Match(other.id(), j));
          }
        }
        if (!here) {
          if (!filed) {
            state.putFingerprint(fp);
            filed = true;
          }
          state.addToBand(key, fp);
        }
      }
    }
    found.sort(BEST_FIRST);
    return found.size() <= MAX_REPORTED ? found : List.copyOf(found.subList(0, MAX_REPORTED));
  }

  /**
   * Decides on an article from the candidates its band searches reported and the links earlier articles
   * left for it, and records the decision. Articles must be decided one at a time, in one place: the
   * first decided of a group leads it until a fuller copy arrives.
   *
   * @param id        the article
   * @param words     its length in words
   * @param timeMs    its event time
   * @param reported  candidates from {@link #candidates} (any number of calls, merged)
   * @param state     decisions so far, updated
   */
  public Decision decide(String id, int words, long timeMs, List<Match> reported, DuplicateState state) {
    if (state.decided(id) != null) {
      // A replay (restart) or an update of an article already decided: the decision stands.
      String rep = resolve(id, state);
      return new Decision(rep.equals(id) ? null : rep, null, null, 0);
    }
    List<Match> all = new ArrayList<>(reported);
    all.addAll(state.links(id));
    all.sort(BEST_FIRST);
    Match best = null;
    Set<String> seen = new HashSet<>();
    for (Match m : all) {
      if (m.id().equals(id) || !seen.add(m.id())) {
        continue;
      }
      if (state.decided(m.id()) != null) {
        if (best == null) {
          best = m;
        }
      } else {
        // Seen first by a band search but not decided yet: when it is, it will consider this article.
        state.addLink(m.id(), new Match(id, m.jaccard()), timeMs);
      }
    }
    Decision decision = best == null ? new Decision(null, null, null, 0) : decide(id, words, best, state);
    String rep = decision.dupOf() == null ? id : decision.dupOf();
    state.putDecided(id, new DuplicateState.Decided(rep, words), timeMs);
    if (decision.demoted() != null) {
      DuplicateState.Decided old = state.decided(decision.demoted());
      state.putDecided(decision.demoted(), new DuplicateState.Decided(id, old == null ? 0 : old.words()), timeMs);
    }
    return decision;
  }

  /** {@link #candidates} over every band key and the content hash, then {@link #decide}: the offline path. */
  public <S extends BandState & DuplicateState> Decision process(Fingerprint fp, S state) {
    List<Match> found = candidates(fp, bandKeys(fp), true, state);
    return decide(fp.id(), fp.words(), fp.publishedMs(), found, state);
  }

  private boolean inWindow(Fingerprint a, Fingerprint b) {
    return Math.abs(a.publishedMs() - b.publishedMs()) <= config.dedupWindow().toMillis();
  }

  /** Jaccard at the threshold, or most of the shorter text contained in the longer one. */
  boolean isCopy(Fingerprint a, Fingerprint b, double jaccard) {
    if (jaccard >= config.duplicateJaccard()) {
      return true;
    }
    if (jaccard < config.containmentJaccard() || b.shingleCount() < config.minShingles()) {
      return false;
    }
    double common = jaccard * (a.shingleCount() + b.shingleCount()) / (1 + jaccard);
    return common / Math.min(a.shingleCount(), b.shingleCount()) >= config.containment();
  }

  private static Decision decide(String id, int words, Match matched, DuplicateState state) {
    String rep = resolve(matched.id(), state);
    DuplicateState.Decided lead = state.decided(rep);
    // The fuller copy leads: more words, then the smaller id.
    if (lead != null && (words != lead.words() ? words > lead.words() : id.compareTo(rep) < 0)) {
      return new Decision(null, rep, matched.id(), matched.jaccard());
    }
    return new Decision(rep, null, matched.id(), matched.jaccard());
  }

  /** Follows representative links (bounded: chains arise only from successive take-overs). */
  static String resolve(String id, DuplicateState state) {
    String current = id;
    for (int i = 0; i < 16; i++) {
      DuplicateState.Decided d = state.decided(current);
      String next = d == null ? null : d.representative();
      if (next == null || next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }
}
