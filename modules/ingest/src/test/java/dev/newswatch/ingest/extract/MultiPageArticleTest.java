package dev.newswatch.ingest.extract;

import static dev.newswatch.ingest.extract.ArticleExtractorTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultiPageArticleTest {

  private static final URI FIRST = URI.create("https://news.example/analysis/prisoner-deal");
  private final ArticleExtractor extractor = new ArticleExtractor();

  /** Serves pages from a map and records what was asked; unknown addresses are not found. */
  private static final class Pages implements PageFetcher {
    final Map<URI, byte[]> bodies = new HashMap<>();
    final List<URI> asked = new ArrayList<>();

    Pages with(String uri, byte[] body) {
      bodies.put(URI.create(uri), body);
      return this;
    }

    @Override
    public Optional<FetchedPage> fetch(URI uri) {
      asked.add(uri);
      byte[] body = bodies.get(uri);
      return body == null ? Optional.empty() : Optional.of(new FetchedPage(body, "text/html; charset=utf-8"));
    }
  }

  private static byte[] page(String title, String next, String paragraph) {
    return ("<html><head><title>" + title + "</title>" + (next == null ? "" : "<link rel=\"next\" href=\"" + next
        + "\">") + "</head><body><article><p>" + paragraph + "</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String paragraph(int n) {
    return "Paragraph of page " + n + ": officials said the talks would go on, although neither side would say "
        + "where, and both insisted that the prisoners' health came first in every round of the negotiations. "
        + "Diplomats from three countries, who asked not to be named, confirmed that a further meeting was planned.";
  }

  @Test
  void joinsAThreePageArticleInOrderWithMetadataOfTheFirstPage() {
    Pages pages = new Pages().with(FIRST + "?page=2", fixture("multi-page-2.html"))
        .with(FIRST + "?page=3", fixture("multi-page-3.html"));

    ExtractedArticle a = extractor.extract(fixture("multi-page-1.html"), "text/html", FIRST, pages);

    assertThat(a.pages()).isEqualTo(3);
    assertThat(a.isArticle()).isTrue();
    assertThat(a.title()).isEqualTo("How the prisoner deal came together (page 1 of 2)");
    assertThat(a.text().split("\n\n")).containsSubsequence(
        "A first gesture", "Sequencing the releases", "What comes next");
    assertThat(a.text()).contains("a delegation quietly visited Minsk", "airline sanctions were separated",
        "number of political prisoners has barely changed")
        .doesNotContain("Next page", "Previous page", "Home");
    assertThat(pages.asked).containsExactly(URI.create(FIRST + "?page=2"), URI.create(FIRST + "?page=3"));
  }

  @Test
  void stopsWhenPagesLinkInALoop() {
    Pages pages = new Pages().with(FIRST + "?page=2", page("p2", "?page=3", paragraph(2)))
        .with(FIRST + "?page=3", page("p3", "?page=2", paragraph(3)));

    ExtractedArticle a = extractor.extract(page("p1", "?page=2", paragraph(1)), null, FIRST, pages);

    assertThat(a.pages()).isEqualTo(3);
    assertThat(pages.asked).hasSize(2);
    assertThat(a.text()).contains(paragraph(1), paragraph(2), paragraph(3));
  }

  @Test
  void stopsWhenANextPageRepeatsAnEarlierOne() {
    Pages pages = new Pages().with(FIRST + "?page=2", page("p1 again", "?page=3", paragraph(1)));

    ExtractedArticle a = extractor.extract(page("p1", "?page=2", paragraph(1)), null, FIRST, pages);

    assertThat(a.pages()).isEqualTo(1);
    assertThat(a.text()).isEqualTo(paragraph(1));
    assertThat(pages.asked).hasSize(1);
  }

  @Test
  void refusesANextLinkToAnotherHostOrToAnotherArticle() {
    Pages pages = new Pages().with("https://elsewhere.example/analysis/prisoner-deal?page=2",
        page("p2", null, paragraph(2)));

    ExtractedArticle crossHost = extractor.extract(
        page("p1", "https://elsewhere.example/analysis/prisoner-deal?page=2", paragraph(1)), null, FIRST, pages);
    ExtractedArticle nextPost = extractor.extract(page("p1", "/analysis/another-story", paragraph(1)), null, FIRST,
        pages);

    assertThat(crossHost.pages()).isEqualTo(1);
    assertThat(nextPost.pages()).isEqualTo(1);
    assertThat(pages.asked).isEmpty();
  }

  @Test
  void followsAtMostFivePages() {
    Pages pages = new Pages();
    for (int n = 2; n <= 9; n++) {
      pages.with(FIRST + "/" + n, page("p" + n, FIRST + "/" + (n + 1), paragraph(n)));
    }

    ExtractedArticle a = extractor.extract(page("p1", FIRST + "/2", paragraph(1)), null, FIRST, pages);

    assertThat(a.pages()).isEqualTo(Pagination.MAX_PAGES);
    assertThat(pages.asked).hasSize(Pagination.MAX_PAGES - 1);
    assertThat(a.text()).contains(paragraph(5)).doesNotContain(paragraph(6));
  }

  @Test
  void keepsTheFirstPageWhenTheFetcherFailsOrThrows() {
    byte[] first = page("p1", "?page=2", paragraph(1));

    ExtractedArticle notFound = extractor.extract(first, null, FIRST, new Pages());
    ExtractedArticle thrown = extractor.extract(first, null, FIRST, uri -> {
      throw new IllegalStateException("connection reset");
    });

    assertThat(notFound.pages()).isEqualTo(1);
    assertThat(thrown.pages()).isEqualTo(1);
    assertThat(thrown.text()).isEqualTo(paragraph(1));
    assertThat(thrown.error()).isNull();
  }

  @Test
  void recognisesAddressesThatContinueTheFirstPage() {
    URI story = URI.create("https://news.example/2026/11/story.html");

    assertThat(Pagination.continues(story, URI.create("https://news.example/2026/11/story.html?page=2"))).isTrue();
    assertThat(Pagination.continues(story, URI.create("https://NEWS.example/2026/11/story-2.html"))).isTrue();
    assertThat(Pagination.continues(story, URI.create("https://news.example/2026/11/story/2/"))).isTrue();
    assertThat(Pagination.continues(story, URI.create("https://news.example/2026/11/other.html?page=2"))).isFalse();
    assertThat(Pagination.continues(story, URI.create("https://news.example/2026/11/story.html?ref=rss"))).isFalse();
    assertThat(Pagination.continues(story, URI.create("https://news.example:8443/2026/11/story.html?p=2"))).isFalse();
    assertThat(Pagination.continues(story, URI.create("ftp://news.example/2026/11/story.html?page=2"))).isFalse();
  }
}
