package dev.newswatch.alerts;

import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Fixture articles under {@code src/test/resources/fixtures/articles}, and variants of them. */
public final class ArticleFixtures {

  /** Pardons on Independence Day; tagged pardon; mentions Tsikhanouskaya and Białiatski. */
  public static final String MINSK_PARDONS = "minsk-pardons.json";
  /** Sanctions on Belavia eased after releases; tagged sanctions and pardon-release. */
  public static final String BELAVIA_SANCTIONS = "belavia-sanctions.json";
  /** A new tram line; no tags, no names. */
  public static final String MINSK_TRAM = "minsk-tram.json";

  private ArticleFixtures() {}

  public static EnrichedArticle load(String name) {
    String path = "fixtures/articles/" + name;
    try (InputStream in = ArticleFixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return JsonCodec.fromBytes(in.readAllBytes(), EnrichedArticle.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code base} with another title and summary, and a distinct id so it counts as a new article. */
  public static EnrichedArticle withText(EnrichedArticle base, String idSuffix, String title, String summary,
      List<Tag> tags) {
    Article a = base.article();
    String id = ArticleIds.hash(a.id(), idSuffix);
    Article copy = new Article(id, a.url() + "#" + idSuffix, a.canonicalUrl() + "/" + idSuffix, a.guid(),
        a.feedUrl(), a.feedTitle(), title, summary, a.author(), a.publishedAt(), a.fetchedAt(), a.language());
    return new EnrichedArticle(id, copy, tags, base.processedAt());
  }
}
