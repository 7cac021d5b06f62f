package dev.newswatch.alerts.stories;

import dev.newswatch.alerts.subscriptions.RecentStories;
import dev.newswatch.model.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The recent stories, filtered and newest first, each with its revisions and a breaking mark: what the story
 * board page and {@code GET /api/v1/stories} both show.
 */
public final class StoryBoard {

  /** The window "gaining outlets now" is measured over. */
  static final Duration WINDOW = Duration.ofMinutes(30);
  /** Outlets a story must gain within {@link #WINDOW} to count as breaking. */
  static final int MIN_GAIN = 3;
  public static final int MAX_LIMIT = 500;

  private final Supplier<RecentStories> stories;
  private final NameVariants names;

  /** @param stories the recent stories; null while the alerts service is starting */
  public StoryBoard(Supplier<RecentStories> stories) {
    this(stories, NameVariants.bundled());
  }

  /**
   * @param stories the recent stories; null while the alerts service is starting
   * @param names   the other spellings of the people named, from the tagger's gazetteer
   */
  public StoryBoard(Supplier<RecentStories> stories, NameVariants names) {
    this.stories = stories;
    this.names = java.util.Objects.requireNonNull(names, "names");
  }

  /**
   * What to show.
   *
   * @param tag     a tag name the story must carry, or null
   * @param country an ISO code the story must be about or name, or null
   * @param lang    a language the story must have, or null
   * @param since   the oldest last update shown, or null
   * @param text    words that must all occur (case-insensitive) in the headline, summary, a source headline
   *                or a name, or null
   * @param limit   at most this many (1-{@value #MAX_LIMIT})
   */
  public record Filter(String tag, String country, String lang, Instant since, String text, int limit) {
    public Filter {
      tag = blankToNull(tag);
      country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
      lang = blankToNull(lang) == null ? null : lang.strip().toLowerCase(Locale.ROOT);
      text = blankToNull(text);
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
      }
    }

    public static Filter all(int limit) {
      return new Filter(null, null, null, null, null, limit);
    }

    boolean accepts(Story s) {
      if (tag != null && !s.tagNames().contains(tag)) {
        return false;
      }
      if (country != null && !s.tagCountries().contains(country)
          && s.entities().stream().noneMatch(e -> country.equals(e.country()))) {
        return false;
      }
      if (lang != null && s.langs().stream().noneMatch(l -> l.toLowerCase(Locale.ROOT).startsWith(lang))) {
        return false;
      }
      if (since != null && s.updatedAt().isBefore(since)) {
        return false;
      }
      if (text != null) {
        StringBuilder all = new StringBuilder(s.title()).append('\n').append(s.summary());
        s.sources().forEach(src -> all.append('\n').append(src.title()));
        s.entities().forEach(e -> all.append('\n').append(e.name()));
        String haystack = all.toString().toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!word.isEmpty() && !haystack.contains(word)) {
            return false;
          }
        }
      }
      return true;
    }

    private static String blankToNull(String v) {
      return v == null || v.isBlank() ? null : v.strip();
    }
  }

  /**
   * The page of stories.
   *
   * @param kept    stories held in memory (the board's horizon)
   * @param matched stories the filter accepts
   * @param stories the first {@code limit} of them, newest update first
   */
  public record Page(int kept, int matched, List<StoryView> stories, long sequence) {}

  /** True while the recent stories are not there yet (the alerts service is starting or runs elsewhere). */
  public boolean unavailable() {
    return stories.get() == null;
  }

  public Page query(Filter filter, Instant now) {
    RecentStories recent = stories.get();
    if (recent == null) {
      return new Page(0, 0, List.of(), 0);
    }
    long sequence = recent.sequence();
    List<Story> all = recent.snapshot();
    List<Story> matched = all.stream().filter(filter::accepts)
        .sorted(Comparator.comparing(Story::updatedAt).reversed().thenComparing(Story::id)).toList();
    List<StoryView> shown = matched.stream().limit(filter.limit()).map(s -> view(recent, s, now)).toList();
    return new Page(all.size(), matched.size(), shown, sequence);
  }

  /** Story {@code id} if it is kept and {@code filter} accepts it. */
  public java.util.Optional<StoryView> one(String id, Filter filter, Instant now) {
    RecentStories recent = stories.get();
    if (recent == null) {
      return java.util.Optional.empty();
    }
    return recent.snapshot().stream().filter(s -> s.id().equals(id)).filter(filter::accepts).findFirst()
        .map(s -> view(recent, s, now));
  }

  /** The view of one story as it is now. */
  public StoryView view(RecentStories recent, Story s, Instant now) {
    List<RecentStories.Revision> revisions = recent.revisions(s.id());
    return StoryView.of(s, revisions, breaking(s, revisions, now), names);
  }

  /**
   * EMM's notion of breaking: the story gained at least {@value #MIN_GAIN} independent outlets in the last
   * {@link #WINDOW}, more than twice what it gained on average per window before. The baseline is the
   * revision in force at the window's start (none: the story is new, baseline 0).
   */
  static boolean breaking(Story s, List<RecentStories.Revision> revisions, Instant now) {
    Instant windowStart = now.minus(WINDOW);
    int before = 0;
    Instant beforeAt = null;
    for (RecentStories.Revision r : revisions) {
      if (!r.updatedAt().isAfter(windowStart)) {
        before = r.independentSources();
        beforeAt = r.updatedAt();
      }
    }
    if (beforeAt == null && !revisions.isEmpty() && revisions.get(0).revision() > 1) {
      before = revisions.get(0).independentSources(); // history before this instance started reading: be cautious
    }
    int gained = s.independentSources() - before;
    if (gained < MIN_GAIN) {
      return false;
    }
    Instant since = s.firstSeen().isBefore(windowStart) ? s.firstSeen() : windowStart;
    double windowsBefore = Math.max(1.0, Duration.between(since, windowStart).toSeconds() / (double) WINDOW.toSeconds());
    double averagePerWindow = before / windowsBefore;
    return gained > 2 * averagePerWindow;
  }
}
