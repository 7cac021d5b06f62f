package dev.newswatch.alerts.stories;

import dev.newswatch.alerts.subscriptions.RecentStories;
import dev.newswatch.model.Entity;
import dev.newswatch.model.ReleaseFacts;
import dev.newswatch.model.Story;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One story as the board and {@code GET /api/v1/stories} show it.
 *
 * @param id                 story id
 * @param revision           its latest revision
 * @param title              headline
 * @param summary            lead text
 * @param url                the representative article
 * @param firstSeen          the earliest article's time
 * @param lastSeen           the latest article's time
 * @param updatedAt          when the latest revision was written
 * @param tags               tag name, the country it is about and its CAMEO event code (the subtag)
 * @param targetCountries    countries the tags are about (where the event happened or who it targets)
 * @param mentionedCountries countries named in the articles (acting parties among them)
 * @param people             people named, canonical name and the variant spellings seen in the headlines
 * @param organisations      organisations named
 * @param facts              release facts, or null
 * @param independentSources distinct outlets that are not copies of another article
 * @param articleCount       articles joined
 * @param sources            every article: outlet, link, headline, whether it is a copy
 * @param langs              languages
 * @param changes            what changed in the latest revision
 * @param revisions          the revisions seen, newest first
 * @param breaking           gaining outlets fast: see {@link StoryBoard#breaking}
 */
public record StoryView(String id, int revision, String title, String summary, String url, Instant firstSeen,
    Instant lastSeen, Instant updatedAt, List<TagView> tags, List<String> targetCountries,
    List<String> mentionedCountries, List<PersonView> people, List<String> organisations, ReleaseFacts facts,
    int independentSources, int articleCount, List<SourceView> sources, List<String> langs, List<String> changes,
    List<RecentStories.Revision> revisions, boolean breaking) {

  /** A tag: its name, the country it is about (or null) and its CAMEO code (or null). */
  public record TagView(String name, String country, String cameo) {}

  /** A person: the canonical name and the other spellings found in the story's headlines. */
  public record PersonView(String name, List<String> variants) {}

  /** One article of the story. */
  public record SourceView(String outlet, String url, String title, Instant publishedAt, boolean copy) {}

  static StoryView of(Story s, List<RecentStories.Revision> revisions, boolean breaking) {
    List<TagView> tags = s.tags().stream().map(t -> new TagView(t.name(), t.country(), t.cameo())).distinct().toList();
    List<String> mentioned = s.entities().stream().filter(e -> "country".equals(e.type()))
        .map(e -> e.country() != null ? e.country() : e.name()).filter(Objects::nonNull).distinct().toList();
    List<PersonView> people = s.entities().stream()
        .filter(e -> e.type() != null && e.type().startsWith("person"))
        .map(Entity::name).filter(Objects::nonNull).distinct()
        .map(name -> new PersonView(name, variants(name, s))).toList();
    List<String> orgs = s.entities().stream().filter(e -> "org".equals(e.type())).map(Entity::name)
        .filter(Objects::nonNull).distinct().toList();
    List<SourceView> sources = s.sources().stream()
        .map(src -> new SourceView(src.outlet(), src.url(), src.title(), src.publishedAt(), src.dupOf() != null))
        .toList();
    List<RecentStories.Revision> newestFirst = new java.util.ArrayList<>(revisions);
    java.util.Collections.reverse(newestFirst);
    return new StoryView(s.id(), s.revision(), s.title(), s.summary(), s.url(), s.firstSeen(), s.lastSeen(),
        s.updatedAt(), tags, s.tagCountries(), mentioned, people, orgs, s.facts(), s.independentSources(),
        s.articleCount(), sources, s.langs(), s.changes(), List.copyOf(newestFirst), breaking);
  }

  /**
   * Spellings of {@code name}'s surname in the headlines that differ from it but have the same consonants
   * in the same order (vowels and y ignored, case-insensitive): transliteration variants such as
   * "Byalyatski" for "Ales Bialiatski". At most five.
   */
  static List<String> variants(String name, Story s) {
    String[] parts = name.strip().split("\\s+");
    String surname = parts[parts.length - 1];
    String skeleton = skeleton(surname);
    if (skeleton.length() < 3) {
      return List.of();
    }
    java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
    java.util.stream.Stream.concat(java.util.stream.Stream.of(s.title()), s.sources().stream().map(Story.Source::title))
        .flatMap(t -> java.util.Arrays.stream(t.split("[^\\p{L}\\p{M}'-]+")))
        .filter(w -> !w.equalsIgnoreCase(surname) && skeleton(w).equals(skeleton))
        .forEach(found::add);
    return found.stream().limit(5).toList();
  }

  private static String skeleton(String word) {
    return word.toLowerCase(java.util.Locale.ROOT).replaceAll("[aeiouy'\\-]", "");
  }
}
