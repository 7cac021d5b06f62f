package dev.newswatch.analysis.cluster.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores how well an article fits a story, in [0, 1] (less a penalty). Articles in a language the story
 * already has are compared by key-term cosine, shared names and shared numbers; across languages terms do
 * not meet, so names and numbers carry the score. Conflicting key numbers (the story is about 123 freed
 * prisoners, the article's lead about 52) cost a penalty.
 *
 * <p>On top of that, the <b>event signature</b> ({@link EventSignature}) decides between events on one
 * beat: another event type (a pardon vs the sanctions relief that followed, sanctions imposed vs eased),
 * another event day (two days or more apart) or, for releases, another release count (16 vs 18 freed)
 * vetoes the match unless the texts are near-copies (term cosine ≥ {@link #WIRE_COSINE}); a signature that
 * agrees (same count, or same type on the same day) adds {@link #SIGNATURE_BONUS}, and lets an article in
 * another language join without a shared name when count, type and day all agree. An article outside the
 * story window scores zero.
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
  /** Term cosine from which two same-language texts are rewrites of one copy: a signature conflict is then noise. */
  static final double WIRE_COSINE = 0.9;
  /** Added when the event signatures agree. */
  static final double SIGNATURE_BONUS = 0.15;
  /** Event days this far apart or more are two events. */
  static final long DAY_GAP = 2;

  private final long windowMs;

  public StoryMatcher(long windowMs) {
    this.windowMs = windowMs;
  }

  /** The score of {@code features} published at {@code timeMs} against {@code story}. */
  public double score(StoryFeatures features, long timeMs, StorySummary story) {
    return score(features, timeMs, story, null, null);
  }

  /**
   * Why {@code features} scores what it does against {@code story}, for people: the score, shared names and
   * numbers, the signature's agreement, or the conflict that kept them apart.
   */
  public String explain(StoryFeatures features, long timeMs, StorySummary story) {
    return explain(features, timeMs, story, k -> k);
  }

  /** As {@link #explain(StoryFeatures, long, StorySummary)}, writing name keys through {@code nameLabel}. */
  public String explain(StoryFeatures features, long timeMs, StorySummary story,
      java.util.function.UnaryOperator<String> nameLabel) {
    StringBuilder why = new StringBuilder();
    double s = score(features, timeMs, story, why, nameLabel);
    return String.format(Locale.ROOT, "score %.2f", s) + why;
  }

  private double score(StoryFeatures features, long timeMs, StorySummary story, StringBuilder why,
      java.util.function.UnaryOperator<String> nameLabel) {
    if (timeMs > story.lastSeenMs() + windowMs || timeMs < story.firstSeenMs() - windowMs) {
      if (why != null) {
        why.append(String.format(Locale.ROOT, "; time gap %.0f h, outside the %d h window",
            Math.abs(timeMs - story.lastSeenMs()) / 3.6e6, windowMs / 3_600_000));
      }
      return 0;
    }
    boolean sameLang = story.langs().contains(features.lang());
    double cosine = sameLang ? cosine(features.terms(), story.terms()) : 0;
    String conflict = conflict(features.signature(), story.signature());
    if (why != null) {
      evidence(features, story, why, sameLang, cosine, nameLabel);
    }
    if (conflict != null && cosine < WIRE_COSINE) {
      if (why != null) {
        why.append("; kept apart: ").append(conflict);
      }
      return 0;
    }
    double names = nameOverlap(features.names(), story.names());
    double numbers = numberMatch(features, story);
    int agreement = agreement(features.signature(), story.signature());
    double score;
    if (sameLang) {
      score = W_TERMS * cosine + W_NAMES * names + W_NUMBERS * numbers;
    } else if (names > 0) {
      score = X_NAMES * names + X_NUMBERS * numbers;
    } else {
      // Across languages only names tie articles together, or the signature does (count, type and day; or
      // type and day with a shared key number); a shared number alone is a coincidence.
      score = agreement == FULL || agreement == PARTIAL && numbers == 1 ? X_NUMBERS * numbers : 0;
    }
    if (numbers == 0 && !features.keyNumbers().isEmpty() && !story.keyNumbers().isEmpty()) {
      score -= NUMBER_CONFLICT;
      if (why != null) {
        why.append("; no key number shared (-").append(NUMBER_CONFLICT).append(')');
      }
    }
    if (agreement != NONE && score > 0) {
      score += SIGNATURE_BONUS;
      if (why != null) {
        why.append("; same event (").append(agreement == FULL ? "count, type and day" : "count or type and day")
            .append(") +").append(SIGNATURE_BONUS);
      }
    }
    return score;
  }

  private static void evidence(StoryFeatures f, StorySummary story, StringBuilder why, boolean sameLang,
      double cosine, java.util.function.UnaryOperator<String> nameLabel) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.min(NAMES_COMPARED, f.names().size()); i++) {
      if (story.names().containsKey(f.names().get(i))) {
        names.add(nameLabel.apply(f.names().get(i)));
      }
    }
    List<String> numbers = new ArrayList<>();
    for (String n : f.numbers()) {
      if (story.numbers().contains(n)) {
        numbers.add(n);
      }
    }
    why.append(sameLang ? String.format(Locale.ROOT, "; terms %.2f", cosine) : "; other language")
        .append("; names ").append(names.isEmpty() ? "none" : String.join(",", names))
        .append("; numbers ").append(numbers.isEmpty() ? "none" : String.join(",", numbers))
        .append("; signature ").append(f.signature().isEmpty() ? "none" : String.join(",", f.signature()));
  }

  private static final int NONE = 0;
  private static final int PARTIAL = 1;
  private static final int FULL = 2;

  /**
   * Why two signatures are two events, or null: another event type (among the story's main ones), an event
   * day {@link #DAY_GAP} or more from every day of the story, or, when both are releases, no release count
   * in common.
   */
  static String conflict(List<String> article, Map<String, Integer> story) {
    if (article.isEmpty() || story.isEmpty()) {
      return null;
    }
    // One pass over each side, no parsing unless both have what is compared.
    boolean articleRelease = false;
    boolean typeShared = false;
    boolean articleTyped = false;
    String day = null;
    boolean articleCounts = false;
    for (String k : article) {
      if (k.startsWith(EventSignature.EVENT)) {
        articleTyped = true;
        articleRelease |= k.endsWith(EventSignature.RELEASE);
      } else if (k.startsWith(EventSignature.DAY)) {
        day = day == null ? k : day;
      } else if (k.startsWith(EventSignature.COUNT)) {
        articleCounts = true;
      }
    }
    List<String> storyTypes = mainTypes(story);
    if (articleTyped && !storyTypes.isEmpty()) {
      for (String t : storyTypes) {
        typeShared |= article.contains(EventSignature.EVENT + t);
      }
      if (!typeShared) {
        return "other event type " + String.join("+", EventSignature.values(article, EventSignature.EVENT)) + " vs "
            + String.join("+", storyTypes);
      }
    }
    if (day != null && !story.containsKey(day)) {
      long d0 = Long.parseLong(day.substring(EventSignature.DAY.length()));
      long nearest = Long.MAX_VALUE;
      long storyDay = 0;
      for (String k : story.keySet()) {
        if (k.startsWith(EventSignature.DAY)) {
          long d = Long.parseLong(k.substring(EventSignature.DAY.length()));
          if (Math.abs(d - d0) < nearest) {
            nearest = Math.abs(d - d0);
            storyDay = d;
          }
        }
      }
      if (nearest != Long.MAX_VALUE && nearest >= DAY_GAP) {
        return "event day " + java.time.LocalDate.ofEpochDay(d0) + " vs " + java.time.LocalDate.ofEpochDay(storyDay);
      }
    }
    String imposer = null;
    for (String k : article) {
      if (k.startsWith(EventSignature.IMPOSER)) {
        imposer = k;
      }
    }
    if (imposer != null && !storyTypes.isEmpty() && !storyTypes.contains(EventSignature.SANCTIONS_EASED)
        && !storyTypes.contains(EventSignature.SANCTIONS_IMPOSED)) {
      // Sanctions news (only it names an imposer) is not a release story ("EU says its sanctions stay").
      return "sanctions news vs " + String.join("+", storyTypes);
    }
    if (imposer != null && !story.containsKey(imposer)) {
      String storyImposer = main(story, EventSignature.IMPOSER);
      if (storyImposer != null) {
        return "another imposer " + imposer.substring(EventSignature.IMPOSER.length()) + " vs "
            + storyImposer.substring(EventSignature.IMPOSER.length());
      }
    }
    if (articleCounts && articleRelease && storyTypes.contains(EventSignature.RELEASE)) {
      List<String> counts = EventSignature.values(article, EventSignature.COUNT);
      List<String> storyCounts = EventSignature.values(story.keySet(), EventSignature.COUNT);
      if (!storyCounts.isEmpty() && !anyCountAgrees(counts, storyCounts)) {
        return "conflicting release count " + String.join("/", counts) + " vs " + String.join("/", storyCounts);
      }
    }
    return null;
  }

  /** The story's most frequent key with {@code prefix}, or null. */
  private static String main(Map<String, Integer> story, String prefix) {
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : story.entrySet()) {
      if (e.getKey().startsWith(prefix) && e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  private static boolean anyCountAgrees(List<String> a, List<String> b) {
    for (String x : a) {
      for (String y : b) {
        if (EventSignature.countsAgree(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** FULL: a shared count with the same type and day; PARTIAL: a shared count, or the same type on the same day. */
  static int agreement(List<String> article, Map<String, Integer> story) {
    if (article.isEmpty() || story.isEmpty()) {
      return NONE;
    }
    boolean count = false;
    boolean type = false;
    boolean day = false;
    for (String k : article) {
      if (story.containsKey(k)) {
        count |= k.startsWith(EventSignature.COUNT);
        type |= k.startsWith(EventSignature.EVENT);
        day |= k.startsWith(EventSignature.DAY);
      }
    }
    if (!count) {
      List<String> counts = EventSignature.values(article, EventSignature.COUNT);
      count = !counts.isEmpty() && anyCountAgrees(counts, EventSignature.values(story.keySet(), EventSignature.COUNT));
    }
    if (count && type && day) {
      return FULL;
    }
    return count || type && day ? PARTIAL : NONE;
  }

  /** The story's event types with at least half the votes of its most voted type. */
  static List<String> mainTypes(Map<String, Integer> story) {
    int most = 0;
    for (Map.Entry<String, Integer> e : story.entrySet()) {
      if (e.getKey().startsWith(EventSignature.EVENT)) {
        most = Math.max(most, e.getValue());
      }
    }
    List<String> out = new ArrayList<>(2);
    for (Map.Entry<String, Integer> e : story.entrySet()) {
      if (e.getKey().startsWith(EventSignature.EVENT) && 2 * e.getValue() >= most) {
        out.add(e.getKey().substring(EventSignature.EVENT.length()));
      }
    }
    out.sort(null);
    return out;
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
