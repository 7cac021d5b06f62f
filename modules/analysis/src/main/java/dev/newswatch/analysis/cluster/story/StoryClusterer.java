package dev.newswatch.analysis.cluster.story;

import dev.newswatch.analysis.cluster.ClusterConfig;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.model.ArticleIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins articles into stories. A copy joins the story of its representative. Any other article looks up
 * candidate stories through the feature index (names, key numbers, key terms), scores each with
 * {@link StoryMatcher} and joins the best one at or above the threshold; otherwise it starts a story whose
 * id derives from its own id, so replaying the same input after a restart yields the same ids. An article
 * already assigned keeps its story (replays and updates do not move articles or count them twice).
 */
public final class StoryClusterer {

  /**
   * The outcome for one article.
   *
   * @param storyId  the story joined or started
   * @param story    the story after the article joined
   * @param created  true when the article started the story
   * @param changed  true when the story changed at all (false for a replayed article)
   * @param score    matching score (1 for a copy or a new story)
   * @param copy     true when the article joined as a copy of its representative
   * @param joined   the story as it was before the article joined, or null (new story, replay)
   * @param rival    the best-scoring candidate story not joined (below the threshold, vetoed, or beaten),
   *                 or null; for explanations
   * @param rivalScore its score
   */
  public record Assignment(String storyId, StorySummary story, boolean created, boolean changed, double score,
      boolean copy, StorySummary joined, StorySummary rival, double rivalScore) {}

  static final int MAX_CANDIDATES = 16;
  static final int INDEXED_NAMES = 6;
  static final int INDEXED_TERMS = 8;
  static final int MAX_STORY_TERMS = 120;
  static final int MAX_STORY_NAMES = 40;
  static final int MAX_NUMBERS = 60;
  static final int MAX_KEY_NUMBERS = 20;
  static final int MAX_SOURCES = 100;
  static final int MAX_TAGS = 50;
  static final int MAX_SIGNATURE = 40;

  private final StoryMatcher matcher;
  private final double threshold;

  public StoryClusterer(ClusterConfig config) {
    this.matcher = new StoryMatcher(config.storyWindow().toMillis());
    this.threshold = config.storyThreshold();
  }

  /** The matcher scoring candidates. */
  public StoryMatcher matcher() {
    return matcher;
  }

  /**
   * Assigns {@code article} to a story.
   *
   * @param article        the article
   * @param features       its features
   * @param words          its length in words
   * @param representative the representative it copies, or null
   * @param state          story state, updated
   */
  public Assignment assign(ClusterInput article, StoryFeatures features, int words, String representative,
      StoryState state) {
    long time = article.published().toEpochMilli();
    String known = state.storyOfArticle(article.id());
    if (known != null && state.story(known) != null) {
      return new Assignment(known, state.story(known), false, false, 1, false, null, null, 0);
    }
    StorySummary target = null;
    double score = 1;
    boolean copy = false;
    if (representative != null) {
      String repStory = state.storyOfArticle(representative);
      target = repStory == null ? null : state.story(repStory);
      copy = target != null;
    }
    List<String> keys = keys(features);
    StorySummary rival = null;
    double rivalScore = Double.NEGATIVE_INFINITY;
    if (target == null) {
      score = 0;
      for (String id : candidates(keys, state)) {
        StorySummary story = state.story(id);
        if (story == null) {
          continue;
        }
        double s = matcher.score(features, time, story);
        if (s >= threshold && (s > score || (s == score && target != null && id.compareTo(target.id()) < 0))) {
          if (target != null && score > rivalScore) {
            rival = target;
            rivalScore = score;
          }
          score = s;
          target = story;
        } else if (s > rivalScore || rival == null) {
          rival = story;
          rivalScore = s;
        }
      }
    }
    boolean created = target == null;
    StorySummary merged = created
        ? merge(empty(storyId(article.id()), time), article, features, words, false)
        : merge(target, article, features, words, copy);
    state.putStory(merged);
    state.putArticleStory(article.id(), merged.id(), time);
    for (String key : keys) {
      state.index(key, merged.id(), time);
    }
    return new Assignment(merged.id(), merged, created, true, created ? 1 : score, copy, target, rival,
        rival == null ? 0 : rivalScore);
  }

  /**
   * The id of a story started by the article {@code articleId}: 32 hex digits (the format of
   * {@code newswatch.stories.v1} keys), so the offline tool and the topology name stories alike.
   */
  public static String storyId(String articleId) {
    return ArticleIds.hash("story", articleId);
  }

  /** Index keys of an article's features: its top names, key numbers and top terms. */
  static List<String> keys(StoryFeatures f) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < Math.min(INDEXED_NAMES, f.names().size()); i++) {
      keys.add("n:" + f.names().get(i));
    }
    for (String n : f.keyNumbers()) {
      keys.add("#:" + n);
    }
    f.terms().entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(INDEXED_TERMS)
        .forEach(e -> keys.add("t:" + e.getKey()));
    return keys;
  }

  /**
   * Stories sharing index keys with the article, those sharing the most keys first, at most
   * {@link #MAX_CANDIDATES}: a hot topic puts dozens of stories under "t:belarus", and scoring them all
   * costs more than it finds.
   */
  private static List<String> candidates(List<String> keys, StoryState state) {
    Map<String, Integer> hits = new HashMap<>();
    for (String key : keys) {
      for (String id : state.storiesFor(key)) {
        hits.merge(id, 1, Integer::sum);
      }
    }
    return hits.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_CANDIDATES)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static StorySummary empty(String id, long time) {
    return new StorySummary(id, "", -1, time, time, 0, 0, List.of(), Map.of(), Map.of(), Set.of(), Set.of(),
        Set.of(), Set.of(), Set.of(), Map.of());
  }

  /** The story with the article added; copies add their source, time and tags but not their features again. */
  static StorySummary merge(StorySummary s, ClusterInput a, StoryFeatures f, int words, boolean copy) {
    long time = a.published().toEpochMilli();
    boolean material = false;
    String title = s.title();
    int titleWords = s.titleWords();
    if (words > titleWords && !a.title().isBlank() && !a.title().equals(title)) {
      title = a.title();
      titleWords = words;
      material = true;
    }
    List<StorySummary.Source> sources = new ArrayList<>(s.sources());
    boolean newOutlet = sources.stream().noneMatch(src -> src.outlet().equals(a.outlet()));
    if (sources.size() < MAX_SOURCES && sources.stream().noneMatch(src -> src.articleId().equals(a.id()))) {
      sources.add(new StorySummary.Source(a.outlet(), a.url(), a.id()));
    }
    material |= newOutlet;
    Map<String, Double> terms = s.terms();
    Map<String, Integer> names = s.names();
    Set<String> numbers = s.numbers();
    Set<String> keyNumbers = s.keyNumbers();
    Set<String> countries = s.countries();
    Map<String, Integer> signature = s.signature();
    if (!copy) {
      if (!f.signature().isEmpty() && signature.size() < MAX_SIGNATURE) {
        Map<String, Integer> sig = new HashMap<>(signature);
        f.signature().forEach(k -> sig.merge(k, 1, Integer::sum));
        signature = sig;
      }
      Map<String, Double> t = new HashMap<>(terms);
      f.terms().forEach((k, v) -> t.merge(k, v, Double::sum));
      terms = top(t, MAX_STORY_TERMS);
      Map<String, Integer> n = new HashMap<>(names);
      f.names().forEach(k -> n.merge(k, 1, Integer::sum));
      Map<String, Integer> topNames = top(n, MAX_STORY_NAMES);
      material |= !names.keySet().containsAll(f.names().stream().filter(topNames::containsKey).toList());
      names = topNames;
      material |= !numbers.containsAll(f.numbers()) || !countries.containsAll(f.countries());
      numbers = bounded(numbers, f.numbers(), MAX_NUMBERS);
      keyNumbers = bounded(keyNumbers, f.keyNumbers(), MAX_KEY_NUMBERS);
      countries = bounded(countries, f.countries(), MAX_NUMBERS);
    }
    material |= !s.tags().containsAll(a.tags());
    Set<String> langs = bounded(s.langs(), f.lang().isEmpty() ? Set.of() : Set.of(f.lang()), MAX_TAGS);
    return new StorySummary(s.id(), title, titleWords, Math.min(s.firstSeenMs(), time), Math.max(s.lastSeenMs(), time),
        s.articleCount() + 1, s.revision() + (material ? 1 : 0), sources, terms, names, numbers, keyNumbers,
        countries, langs, bounded(s.tags(), a.tags(), MAX_TAGS), signature);
  }

  private static Set<String> bounded(Set<String> base, java.util.Collection<String> add, int max) {
    Set<String> out = new LinkedHashSet<>(base);
    for (String x : add) {
      if (out.size() >= max) {
        break;
      }
      out.add(x);
    }
    return out;
  }

  private static <V extends Comparable<V>> Map<String, V> top(Map<String, V> m, int limit) {
    if (m.size() <= limit) {
      return m;
    }
    Map<String, V> out = new HashMap<>();
    m.entrySet().stream()
        .sorted(Map.Entry.<String, V>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
