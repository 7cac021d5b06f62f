package dev.newswatch.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One story: the articles of many outlets about the same event, as the pipeline's story stage last saw it.
 * The record type of {@link Topics#STORIES} (compacted, keyed by story id), and what alerting matches
 * subscriptions against. Every collection is bounded, so a story that grows from hundreds of sources
 * stays small; {@code articleCount} still counts every article.
 *
 * @param id           story id (32 hex digits), derived from the first article's id, so a replay of the
 *                     same first article reproduces it
 * @param revision     starts at 1 and increases by one on each material change (title, new outlet, new
 *                     named person, changed count, new country or tag)
 * @param title        headline of the story's representative (the fullest) article
 * @param summary      the representative article's lead text, at most {@value #MAX_SUMMARY} characters;
 *                     what a query over {@code text} reads
 * @param url          the representative article's URL
 * @param firstSeen    publication (or ingestion) time of the earliest article
 * @param lastSeen     the latest article's time
 * @param articleCount articles joined, near-duplicates included
 * @param sources      one entry per article, oldest first, at most {@value #MAX_SOURCES}
 * @param tags         merged tags of its articles, one per (name, country), the most confident kept
 * @param entities     merged entities, each once, at most {@value EnrichedArticle#MAX_ENTITIES}
 * @param facts        merged release facts (the count stated by most outlets, the latest on a tie; all
 *                     named people and destinations), or null when none
 * @param langs        languages of its articles
 * @param changes      what changed in this revision, one short human line each ("new outlet reuters.com",
 *                     "released 16 → 18"), at most 20; empty for revision 1
 * @param updatedAt    when this revision was written
 */
public record Story(String id, int revision, String title, String summary, String url, Instant firstSeen,
    Instant lastSeen, int articleCount, List<Source> sources, List<Tag> tags, List<Entity> entities,
    ReleaseFacts facts, List<String> langs, List<String> changes, Instant updatedAt) {

  public static final int MAX_SOURCES = 200;
  public static final int MAX_SUMMARY = 4000;

  /**
   * One article of a story.
   *
   * @param outlet      host of the outlet (www. removed), e.g. {@code balticwire.example}
   * @param url         the article's URL
   * @param articleId   the article id
   * @param title       its headline
   * @param publishedAt its publication time, or null
   * @param dupOf       the article it is a near-duplicate of (wire copy), or null when original
   */
  public record Source(String outlet, String url, String articleId, String title, Instant publishedAt,
      String dupOf) {
    public Source {
      Objects.requireNonNull(outlet, "outlet");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(articleId, "articleId");
      title = title == null ? "" : title;
    }
  }

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be >= 1, got " + revision);
    }
    title = title == null ? "" : title;
    summary = summary == null ? "" : summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY) : summary;
    sources = sources == null ? List.of()
        : List.copyOf(sources.size() > MAX_SOURCES ? sources.subList(0, MAX_SOURCES) : sources);
    tags = tags == null ? List.of() : List.copyOf(tags);
    entities = entities == null ? List.of()
        : List.copyOf(entities.size() > EnrichedArticle.MAX_ENTITIES
            ? entities.subList(0, EnrichedArticle.MAX_ENTITIES) : entities);
    facts = facts == null || facts.isEmpty() ? null : facts;
    langs = langs == null ? List.of() : List.copyOf(langs);
    changes = changes == null ? List.of() : List.copyOf(changes.size() > 20 ? changes.subList(0, 20) : changes);
    articleCount = Math.max(articleCount, sources.size());
  }

  /** Independent outlets: distinct outlets among the sources that are not copies of another article. */
  public int independentSources() {
    return (int) sources.stream().filter(s -> s.dupOf() == null).map(Source::outlet).distinct().count();
  }

  /** Distinct outlets among the sources, copies included. */
  public int outlets() {
    return (int) sources.stream().map(Source::outlet).distinct().count();
  }

  public List<String> tagNames() {
    return tags.stream().map(Tag::name).distinct().toList();
  }

  /** ISO codes of the countries its tags are about, each once. */
  public List<String> tagCountries() {
    return tags.stream().map(Tag::country).filter(Objects::nonNull).distinct().toList();
  }
}
