package dev.newswatch.pipeline.story;

import dev.newswatch.analysis.cluster.ClusterEngine;
import dev.newswatch.analysis.cluster.ClusterInput;
import dev.newswatch.analysis.cluster.story.StorySummary;
import dev.newswatch.model.Article;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.Entity;
import dev.newswatch.model.ReleaseFacts;
import dev.newswatch.model.Story;
import dev.newswatch.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges an article into the published {@link Story} of the story it joined: its source line (with
 * {@code dupOf}), tags, entities and release facts, and says what changed. Merging the same article
 * again changes nothing, so a replay after a restart writes no new revision; an update of an article
 * replaces its source line and its vote on the counts.
 *
 * <p>The revision increases by one when a change is material: a new title, outlet, named person, country or
 * tag, or a different count. Other changes (another copy from a known outlet) rewrite the story with the
 * same revision and its previous {@code changes}.
 */
final class StoryPublisher {

  private StoryPublisher() {}

  /**
   * The story record after {@code article} joined, or null when nothing changed.
   *
   * @param previous the record before, or null when the article started the story
   * @param article  the article with its {@code dupOf} and {@code storyId}
   * @param input    the article as the clustering code saw it (outlet, event time)
   * @param result   the clustering decision
   * @param now      the time to stamp on a new revision
   */
  static StoryRecord merge(StoryRecord previous, EnrichedArticle article, ClusterInput input,
      ClusterEngine.Result result, Instant now) {
    StorySummary summary = result.story();
    Story old = previous == null ? null : previous.story();
    List<String> changes = new ArrayList<>();

    String outlet = input.outlet();
    List<Story.Source> sources = mergeSources(old, article, outlet, result.demoted(), changes);
    Lead lead = lead(previous, article, summary, changes);

    List<Tag> tags = mergeTags(old == null ? List.of() : old.tags(), article.tags(), old != null, changes);
    List<Entity> entities = mergeEntities(old == null ? List.of() : old.entities(), article.entities(),
        old != null, changes);
    List<StoryRecord.Vote> votes = previous == null ? new ArrayList<>() : new ArrayList<>(previous.votes());
    ReleaseFacts facts = mergeFacts(old == null ? null : old.facts(), votes, article, outlet, input, old != null,
        changes);

    Set<String> countries = new TreeSet<>(summary.countries());
    tags.stream().map(Tag::country).filter(Objects::nonNull).forEach(countries::add);
    if (previous != null) {
      countries.stream().filter(c -> !previous.countries().contains(c)).forEach(c -> changes.add("new country " + c));
    }
    Set<String> langs = new TreeSet<>(summary.langs());
    Optional.ofNullable(article.article().language()).filter(l -> !l.isBlank()).ifPresent(langs::add);
    if (old != null) {
      langs.addAll(old.langs());
    }

    int revision = old == null ? 1 : old.revision() + (changes.isEmpty() ? 0 : 1);
    List<String> revisionChanges = old == null ? List.of() : changes.isEmpty() ? old.changes() : changes;
    Instant firstSeen = Instant.ofEpochMilli(summary.firstSeenMs());
    Instant lastSeen = Instant.ofEpochMilli(summary.lastSeenMs());
    if (old != null) {
      firstSeen = firstSeen.isBefore(old.firstSeen()) ? firstSeen : old.firstSeen();
      lastSeen = lastSeen.isAfter(old.lastSeen()) ? lastSeen : old.lastSeen();
    }
    int count = Math.max(summary.articleCount(), sources.size());
    Story story = new Story(result.storyId(), revision, lead.title(), lead.text(), lead.url(), firstSeen, lastSeen,
        count, sources, tags, entities, facts, List.copyOf(langs), revisionChanges,
        old == null ? now : old.updatedAt());
    StoryRecord next = new StoryRecord(story, summary.title(), List.copyOf(countries), votes);
    if (previous != null && next.equals(previous)) {
      return null;
    }
    return new StoryRecord(withUpdatedAt(story, now), summary.title(), List.copyOf(countries), votes);
  }

  /** The story's headline, lead text and URL: those of its representative (fullest) article. */
  private record Lead(String title, String text, String url) {}

  /** Every article's source line, oldest first; this one's replaced or added, a demoted one's pointed here. */
  private static List<Story.Source> mergeSources(Story old, EnrichedArticle article, String outlet, String demoted,
      List<String> changes) {
    List<Story.Source> sources = old == null ? new ArrayList<>() : new ArrayList<>(old.sources());
    if (old != null && sources.stream().noneMatch(s -> s.outlet().equals(outlet))) {
      changes.add("new outlet " + outlet);
    }
    replaceOrAdd(sources, new Story.Source(outlet, article.article().url(), article.id(),
        article.article().title(), article.article().publishedAt(), article.dupOf()));
    if (demoted != null) {
      sources.replaceAll(s -> s.articleId().equals(demoted)
          ? new Story.Source(s.outlet(), s.url(), s.articleId(), s.title(), s.publishedAt(), article.id()) : s);
    }
    return sources;
  }

  /**
   * The lead after {@code article} joined: the first article's; a fuller article's when it takes the matching
   * summary's title over; the same article's again when it is updated.
   */
  private static Lead lead(StoryRecord previous, EnrichedArticle article, StorySummary summary,
      List<String> changes) {
    Story old = previous == null ? null : previous.story();
    Article a = article.article();
    if (old == null) {
      return new Lead(summary.title().isBlank() ? a.title() : summary.title(), leadText(article), a.url());
    }
    boolean takesOver = !summary.title().equals(previous.summaryTitle()) && summary.title().equals(a.title());
    boolean holder = old.url().equals(a.url());
    Lead lead = takesOver || holder
        ? new Lead(takesOver ? summary.title() : a.title(), leadText(article), a.url())
        : new Lead(old.title(), old.summary(), old.url());
    if (lead.title().isBlank()) {
      lead = new Lead(a.title(), lead.text(), lead.url());
    }
    if (!lead.title().equals(old.title())) {
      changes.add("title: " + lead.title());
    }
    return lead;
  }

  private static Story withUpdatedAt(Story s, Instant now) {
    return new Story(s.id(), s.revision(), s.title(), s.summary(), s.url(), s.firstSeen(), s.lastSeen(),
        s.articleCount(), s.sources(), s.tags(), s.entities(), s.facts(), s.langs(), s.changes(), now);
  }

  /** The representative's lead: the feed summary when it gave one, else the start of the page text. */
  private static String leadText(EnrichedArticle article) {
    String summary = article.article().summary();
    String text = summary != null && !summary.isBlank() ? summary : article.article().body();
    if (text == null) {
      return "";
    }
    return text.length() <= Story.MAX_SUMMARY ? text : text.substring(0, Story.MAX_SUMMARY);
  }

  private static void replaceOrAdd(List<Story.Source> sources, Story.Source source) {
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).articleId().equals(source.articleId())) {
        sources.set(i, source);
        return;
      }
    }
    if (sources.size() < Story.MAX_SOURCES) {
      sources.add(source);
    }
  }

  /** One tag per (name, country), the most confident kept; a new pair is a material change. */
  private static List<Tag> mergeTags(List<Tag> old, List<Tag> add, boolean report, List<String> changes) {
    Map<String, Tag> byKey = new LinkedHashMap<>();
    Function<Tag, String> key = t -> t.name() + "|" + (t.country() == null ? "" : t.country());
    old.forEach(t -> byKey.put(key.apply(t), t));
    for (Tag t : add) {
      Tag had = byKey.get(key.apply(t));
      if (had == null) {
        if (byKey.size() >= 50) {
          continue;
        }
        if (report) {
          changes.add("new tag " + t.name() + (t.country() == null ? "" : " (" + t.country() + ")"));
        }
        byKey.put(key.apply(t), t);
      } else if (confidence(t) > confidence(had)) {
        byKey.put(key.apply(t), t);
      }
    }
    return List.copyOf(byKey.values());
  }

  private static double confidence(Tag t) {
    return t.confidence() == null ? 0 : t.confidence();
  }

  /** Entities each once, in order of first mention across the story; a new person is a material change. */
  private static List<Entity> mergeEntities(List<Entity> old, List<Entity> add, boolean report,
      List<String> changes) {
    Map<String, Entity> byId = new LinkedHashMap<>();
    old.forEach(e -> byId.put(e.id(), e));
    for (Entity e : add) {
      if (byId.size() >= EnrichedArticle.MAX_ENTITIES || byId.containsKey(e.id())) {
        continue;
      }
      byId.put(e.id(), e);
      if (report && e.type().startsWith("person")) {
        changes.add("new person " + e.name());
      }
    }
    return List.copyOf(byId.values());
  }

  /**
   * The article's counts replace its earlier vote; the story states the count most outlets state (the
   * latest on a tie). People and destinations are the union of all articles'.
   */
  private static ReleaseFacts mergeFacts(ReleaseFacts old, List<StoryRecord.Vote> votes, EnrichedArticle article,
      String outlet, ClusterInput input, boolean report, List<String> changes) {
    ReleaseFacts mine = article.facts();
    votes.removeIf(v -> v.articleId().equals(article.id()));
    if (mine != null && (mine.released() != null || mine.remaining() != null) && votes.size() < Story.MAX_SOURCES) {
      votes.add(new StoryRecord.Vote(article.id(), outlet, mine.released(), mine.remaining(),
          input.published().toEpochMilli()));
    }
    Long released = majority(votes, StoryRecord.Vote::released);
    Long remaining = majority(votes, StoryRecord.Vote::remaining);
    Set<String> people = new LinkedHashSet<>(old == null ? List.of() : old.people());
    Set<String> destinations = new LinkedHashSet<>(old == null ? List.of() : old.destinations());
    if (mine != null) {
      for (String p : mine.people()) {
        if (people.size() < 50 && people.add(p) && report && !changes.contains("new person " + p)) {
          changes.add("new person " + p);
        }
      }
      mine.destinations().forEach(destinations::add);
    }
    if (report) {
      count(changes, "released", old == null ? null : old.released(), released);
      count(changes, "remaining", old == null ? null : old.remaining(), remaining);
    }
    ReleaseFacts facts = new ReleaseFacts(released, remaining, List.copyOf(people), List.copyOf(destinations));
    return facts.isEmpty() ? null : facts;
  }

  private static void count(List<String> changes, String what, Long before, Long after) {
    if (after != null && !after.equals(before)) {
      changes.add(before == null ? what + " " + after : what + " " + before + " → " + after);
    }
  }

  private static Long majority(List<StoryRecord.Vote> votes, Function<StoryRecord.Vote, Long> field) {
    Map<Long, Set<String>> outlets = new HashMap<>();
    Map<Long, Long> latest = new HashMap<>();
    for (StoryRecord.Vote v : votes) {
      Long value = field.apply(v);
      if (value != null) {
        outlets.computeIfAbsent(value, k -> new HashSet<>()).add(v.outlet());
        latest.merge(value, v.timeMs(), Math::max);
      }
    }
    return outlets.keySet().stream()
        .max(Comparator.<Long>comparingInt(k -> outlets.get(k).size()).thenComparing(latest::get)
            .thenComparing(Comparator.naturalOrder()))
        .orElse(null);
  }
}
