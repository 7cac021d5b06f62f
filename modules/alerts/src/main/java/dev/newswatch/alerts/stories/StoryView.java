package dev.newswatch.alerts.stories;

import dev.newswatch.alerts.subscriptions.RecentStories;
import dev.newswatch.model.Entity;
import dev.newswatch.model.ReleaseFacts;
import dev.newswatch.model.Story;
import dev.newswatch.model.Tags;
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
 * @param tags               tag name, the country it is about, whether that country acts or is targeted,
 *                           and its CAMEO event code (the subtag)
 * @param targetCountries    countries the tags are about (where the event happened or who it targets)
 * @param mentionedCountries countries named in the articles (acting parties among them)
 * @param people             people named, canonical name and the other spellings the gazetteer knows
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

  /**
   * A tag: its name, the country it is about (or null), that country's part (or null) and its CAMEO code (or
   * null). The tagger gives a pardon tag the country that frees ({@value #ACTING}) and a sanctions tag the
   * country sanctioned ({@value #TARGET}).
   */
  public record TagView(String name, String country, String countryRole, String cameo) {

    /** The card's words for the country's part: "freed by", "sanctions on", or "" for none. */
    public String roleLabel() {
      if (country == null || countryRole == null) {
        return "";
      }
      return ACTING.equals(countryRole) ? "freed by" : "sanctions on";
    }
  }

  /** {@link TagView#countryRole()} of a pardon tag: the country acts (frees). */
  public static final String ACTING = "acting";
  /** {@link TagView#countryRole()} of a sanctions tag: the country is sanctioned. */
  public static final String TARGET = "target";

  /** A person: the canonical name and the other spellings of the name the gazetteer knows. */
  public record PersonView(String name, List<String> variants) {}

  /** The part the country of tag {@code name} plays: acting for pardons, target for sanctions, else null. */
  static String role(String name) {
    String top = Tags.canonical(name).split("\\.", 2)[0];
    return switch (top) {
      case Tags.PARDON -> ACTING;
      case Tags.SANCTIONS -> TARGET;
      default -> null;
    };
  }

  /**
   * Countries of the tags whose country plays {@code role} ({@link #ACTING}, {@link #TARGET}, or null for tags of
   * other rule files, whose part is not known), each once, in tag order.
   */
  public List<String> countries(String role) {
    return tags.stream().filter(t -> Objects.equals(role, t.countryRole()) && t.country() != null).map(TagView::country)
        .distinct().toList();
  }

  /** One article of the story. */
  public record SourceView(String outlet, String url, String title, Instant publishedAt, boolean copy) {}

  static StoryView of(Story s, List<RecentStories.Revision> revisions, boolean breaking, NameVariants names) {
    List<TagView> tags = s.tags().stream()
        .map(t -> new TagView(t.name(), t.country(), t.country() == null ? null : role(t.name()), t.cameo()))
        .distinct().toList();
    List<String> mentioned = s.entities().stream().filter(e -> "country".equals(e.type()))
        .map(e -> e.country() != null ? e.country() : e.name()).filter(Objects::nonNull).distinct().toList();
    List<PersonView> people = s.entities().stream()
        .filter(e -> e.type() != null && e.type().startsWith("person"))
        .filter(e -> e.name() != null)
        .collect(java.util.stream.Collectors.toMap(Entity::name, Entity::id, (a, b) -> a,
            java.util.LinkedHashMap::new))
        .entrySet().stream()
        .map(e -> new PersonView(e.getKey(), names.of(e.getValue()))).toList();
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
}
