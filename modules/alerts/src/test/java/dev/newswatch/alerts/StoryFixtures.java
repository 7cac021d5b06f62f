package dev.newswatch.alerts;

import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.Entity;
import dev.newswatch.model.ReleaseFacts;
import dev.newswatch.model.Story;
import dev.newswatch.model.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Story records as the pipeline's story stage writes them, built by hand for the alerts tests. */
public final class StoryFixtures {

  public static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
  public static final String STORY = "0123456789abcdef0123456789abcdef";

  private StoryFixtures() {}

  /** The article id of the {@code n}th source (1-based) when it comes from {@code host}. */
  public static String articleId(String host, int n) {
    return ArticleIds.hash("fixture", host, Integer.toString(n));
  }

  /** A builder for a pardon story about Ales Bialiatski in Belarus. */
  public static Builder pardon() {
    return new Builder();
  }

  /** Mutable builder; every {@link #build()} yields an immutable Story. */
  public static final class Builder {
    private String id = STORY;
    private int revision = 1;
    private String title = "Lukashenko pardons 16 prisoners, Ales Bialiatski among them";
    private String summary = "Belarusian leader Alexander Lukashenko pardoned 16 political prisoners on Friday.";
    private final List<Story.Source> sources = new ArrayList<>(List.of(source("balticwire.example", 1, null)));
    private final List<Tag> tags = new ArrayList<>(List.of(
        new Tag("pardon", List.of("pardoned 16 political prisoners"), "BY", 0.9, "0841"),
        new Tag("pardon.political", List.of("political prisoners"), "BY", 0.8, "0841")));
    private final List<Entity> entities = new ArrayList<>(List.of(
        new Entity("person:ales-bialiatski", "person", "Ales Bialiatski", "BY"),
        new Entity("country:by", "country", "Belarus", "BY")));
    private Long released = 16L;
    private final List<String> people = new ArrayList<>(List.of("Ales Bialiatski"));
    private List<String> langs = List.of("en");

    public Builder id(String value) {
      id = value;
      return this;
    }

    public Builder revision(int value) {
      revision = value;
      return this;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder summary(String value) {
      summary = value;
      return this;
    }

    public Builder released(Long value) {
      released = value;
      return this;
    }

    public Builder person(String name) {
      people.add(name);
      return this;
    }

    public Builder noPeople() {
      people.clear();
      entities.removeIf(e -> e.type().equals("person"));
      return this;
    }

    public Builder entity(Entity e) {
      entities.add(e);
      return this;
    }

    public Builder tag(Tag t) {
      tags.add(t);
      return this;
    }

    public Builder langs(String... values) {
      langs = List.of(values);
      return this;
    }

    /** Adds an outlet's article; {@code copyOf} names the article it copies (wire copy), or null. */
    public Builder outlet(String host, String copyOf) {
      sources.add(source(host, sources.size() + 1, copyOf));
      return this;
    }

    public Story build() {
      ReleaseFacts facts = new ReleaseFacts(released, null, people, List.of());
      return new Story(id, revision, title, summary, sources.getFirst().url(), T0, T0.plusSeconds(600L * revision),
          sources.size(), sources, tags, entities, facts, langs, List.of(), T0.plusSeconds(600L * revision));
    }

    private static Story.Source source(String host, int n, String copyOf) {
      return new Story.Source(host, "https://" + host + "/news/" + n, articleId(host, n), "title " + n,
          T0.plusSeconds(60L * n), copyOf);
    }
  }
}
