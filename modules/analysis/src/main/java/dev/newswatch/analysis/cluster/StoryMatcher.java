package dev.newswatch.analysis.cluster;

import java.util.List;
import java.util.Map;

/**
 * Scores how well an article fits a story, in [0, 1] (less a penalty). Articles in a language the story
 * already has are compared by key-term cosine, shared names and shared numbers; across languages terms do
 * not meet, so names and numbers carry the score. Conflicting key numbers (the story is about 123 freed
 * prisoners, the article's lead about 52) cost a penalty: that is what separates two pardon rounds with
 * the same people in them. An article outside the story window scores zero.
 */
public final class StoryMatcher {

  static final double W_TERMS = 0.45;
  static final double W_NAMES = 0.30;
  static final double W_NUMBERS = 0.25;
  static final double X_NAMES = 0.55;
  static final double X_NUMBERS = 0.45;
  static final double NUMBER_CONFLICT = 0.2;
  static final int NAMES_COMPARED = 6;
  static final double TIME_DECAY = 0.3;
  /** One shared name out of one is weak evidence: overlap is taken over at least this many names. */
  static final int MIN_NAMES_COMPARED = 3;

  private final long windowMs;

  public StoryMatcher(long windowMs) {
    this.windowMs = windowMs;
  }

  /** The score of {@code features} published at {@code timeMs} against {@code story}. */
  public double score(StoryFeatures features, long timeMs, StorySummary story) {
    if (timeMs > story.lastSeenMs() + windowMs || timeMs < story.firstSeenMs() - windowMs) {
      return 0;
    }
    double names = nameOverlap(features.names(), story.names());
    double numbers = numberMatch(features, story);
    double score;
    if (story.langs().contains(features.lang())) {
      score = W_TERMS * cosine(features.terms(), story.terms()) + W_NAMES * names + W_NUMBERS * numbers;
    } else {
      // Across languages only names tie articles together; a shared number alone is a coincidence.
      score = names == 0 ? 0 : X_NAMES * names + X_NUMBERS * numbers;
    }
    if (numbers == 0 && !features.keyNumbers().isEmpty() && !story.keyNumbers().isEmpty()) {
      score -= NUMBER_CONFLICT;
    }
    return score;
  }

  /**
   * Share of the article's leading names found in the story, each weighted by how central it is there: a
   * name in at least half of the story's articles counts fully, a name mentioned once in a large story
   * counts little. The most frequent name's count stands in for the number of articles that brought names.
   */
  static double nameOverlap(List<String> names, Map<String, Integer> storyNames) {
    int compared = Math.min(NAMES_COMPARED, names.size());
    if (compared == 0 || storyNames.isEmpty()) {
      return 0;
    }
    int most = 1;
    for (int c : storyNames.values()) {
      most = Math.max(most, c);
    }
    double shared = 0;
    for (int i = 0; i < compared; i++) {
      Integer c = storyNames.get(names.get(i));
      if (c != null) {
        shared += Math.min(1.0, 2.0 * c / most);
      }
    }
    return shared / Math.max(compared, MIN_NAMES_COMPARED);
  }

  /** 1 when a key number of either side occurs on the other, 0.5 when only other numbers are shared. */
  static double numberMatch(StoryFeatures f, StorySummary story) {
    for (String n : f.keyNumbers()) {
      if (story.numbers().contains(n)) {
        return 1;
      }
    }
    for (String n : story.keyNumbers()) {
      if (f.numbers().contains(n)) {
        return 1;
      }
    }
    for (String n : f.numbers()) {
      if (story.numbers().contains(n)) {
        return 0.5;
      }
    }
    return 0;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    double na = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      double v = e.getValue();
      na += v * v;
      Double w = b.get(e.getKey());
      if (w != null) {
        dot += v * w;
      }
    }
    double nb = 0;
    for (double w : b.values()) {
      nb += w * w;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
