package dev.newswatch.analysis.cluster;

import java.util.ArrayList;
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
    List<String> skeletons = new ArrayList<>(words.size());
    for (String w : words) {
      skeletons.add(ClusterText.skeleton(w));
    }
    long[] shingles = shingler.shinglesOfSkeletons(skeletons);
    return new Fingerprint(article.id(), ContentHash.ofSkeletons(skeletons), minHasher.signature(shingles),
        shingles.length, words.size(), article.published().toEpochMilli());
  }

  /** The LSH band keys of a fingerprint (the topology's repartition keys). */
  public long[] bandKeys(Fingerprint fp) {
    return lsh.keys(fp.signature());
  }

  /** Decides on {@code fp} against {@code state}, then records it there. */
  public Decision process(Fingerprint fp, DuplicateState state) {
    String known = state.representative(fp.id());
    if (known != null) {
      // A replay (restart) or an update of an article already decided: the decision stands.
      String rep = resolve(fp.id(), state);
      return new Decision(rep.equals(fp.id()) ? null : rep, null, null, 0);
    }
    String matched = null;
    double bestJaccard = 0;
    long[] keys = bandKeys(fp);
    if (!fp.contentHash().isEmpty()) {
      String exact = state.idForContentHash(fp.contentHash());
      if (exact != null && !exact.equals(fp.id())) {
        matched = exact;
        bestJaccard = 1;
      }
    }
    if (matched == null && fp.shingleCount() >= config.minShingles()) {
      Set<String> seen = new HashSet<>();
      for (long key : keys) {
        for (Fingerprint other : state.band(key)) {
          if (other.id().equals(fp.id()) || !seen.add(other.id()) || !inWindow(fp, other)) {
            continue;
          }
          double j = MinHasher.jaccard(fp.signature(), other.signature());
          if (j > bestJaccard && isCopy(fp, other, j)) {
            bestJaccard = j;
            matched = other.id();
          }
        }
      }
    }
    Decision decision = decide(fp, matched, bestJaccard, state);
    record(fp, keys, decision, state);
    return decision;
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

  private static Decision decide(Fingerprint fp, String matched, double jaccard, DuplicateState state) {
    if (matched == null) {
      return new Decision(null, null, null, 0);
    }
    String rep = resolve(matched, state);
    Fingerprint repFp = state.fingerprint(rep);
    if (repFp != null && fp.fullerThan(repFp)) {
      return new Decision(null, rep, matched, jaccard);
    }
    return new Decision(rep, null, matched, jaccard);
  }

  private void record(Fingerprint fp, long[] keys, Decision decision, DuplicateState state) {
    state.putFingerprint(fp);
    if (!fp.contentHash().isEmpty() && state.idForContentHash(fp.contentHash()) == null) {
      state.putContentHash(fp.contentHash(), fp.id(), fp.publishedMs());
    }
    // Only texts long enough to be matched by signature are filed in bands; exact copies need no filing.
    if (fp.shingleCount() >= config.minShingles() && decision.jaccard() < 1) {
      for (long key : keys) {
        state.addToBand(key, fp);
      }
    }
    String rep = decision.dupOf() == null ? fp.id() : decision.dupOf();
    state.putRepresentative(fp.id(), rep, fp.publishedMs());
    if (decision.demoted() != null) {
      state.putRepresentative(decision.demoted(), fp.id(), fp.publishedMs());
    }
  }

  /** Follows representative links (bounded: chains arise only from successive take-overs). */
  static String resolve(String id, DuplicateState state) {
    String current = id;
    for (int i = 0; i < 16; i++) {
      String next = state.representative(current);
      if (next == null || next.equals(current)) {
        return current;
      }
      current = next;
    }
    return current;
  }
}
