package dev.newswatch.analysis.cluster.story;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A story as stored and published (newswatch.stories.v1): what matching needs (terms, names, numbers,
 * countries, languages, time span) and what watchers read (title, sources, count, tags). Every collection
 * is bounded (see {@link StoryClusterer}), so a story that grows from hundreds of sources stays small.
 *
 * @param id            story id, derived from the first article's id
 * @param title         headline of the fullest article so far
 * @param titleWords    length in words of that article (a fuller one takes the title over)
 * @param firstSeenMs   earliest article time, epoch milliseconds
 * @param lastSeenMs    latest article time
 * @param articleCount  articles joined, copies included
 * @param revision      increases by one on each material change (title, new outlet, new name, number,
 *                      country or tag)
 * @param sources       outlets and URLs, oldest first
 * @param terms         summed key-term weights
 * @param names         name keys with counts
 * @param numbers       numbers mentioned
 * @param keyNumbers    numbers in headlines and leads
 * @param countries     ISO codes
 * @param langs         languages of the articles
 * @param tags          merged article tags
 * @param signature     event-signature keys ({@link EventSignature}) with the number of articles that had
 *                      each: event types, event days, release counts
 */
public record StorySummary(String id, String title, int titleWords, long firstSeenMs, long lastSeenMs,
    int articleCount, int revision, List<Source> sources, Map<String, Double> terms, Map<String, Integer> names,
    Set<String> numbers, Set<String> keyNumbers, Set<String> countries, Set<String> langs, Set<String> tags,
    Map<String, Integer> signature) {

  /** A summary without an event signature (state written before signatures existed). */
  public StorySummary(String id, String title, int titleWords, long firstSeenMs, long lastSeenMs, int articleCount,
      int revision, List<Source> sources, Map<String, Double> terms, Map<String, Integer> names, Set<String> numbers,
      Set<String> keyNumbers, Set<String> countries, Set<String> langs, Set<String> tags) {
    this(id, title, titleWords, firstSeenMs, lastSeenMs, articleCount, revision, sources, terms, names, numbers,
        keyNumbers, countries, langs, tags, Map.of());
  }

  /** One article of the story: its outlet (host), URL and id. */
  public record Source(String outlet, String url, String articleId) {
    public Source {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(articleId, "articleId");
    }
  }

  public StorySummary {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    sources = List.copyOf(sources);
    terms = Map.copyOf(terms);
    names = Map.copyOf(names);
    numbers = Set.copyOf(numbers);
    keyNumbers = Set.copyOf(keyNumbers);
    countries = Set.copyOf(countries);
    langs = Set.copyOf(langs);
    tags = Set.copyOf(tags);
    signature = signature == null ? Map.of() : Map.copyOf(signature);
  }
}
