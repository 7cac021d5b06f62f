package dev.newswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.TestFiles;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

  @Test
  void findsAlternateFeedLinksInDocumentOrderResolvedAgainstBaseHrefWithoutRepeats() {
    byte[] page = TestFiles.bytes("feeds/html-page-pinsk-post.html");

    assertThat(FeedDiscovery.discover(page, "text/html", URI.create("https://pinskpost.example/")))
        .extracting(URI::toString).containsExactly(
            "https://static.pinskpost.example/site/feeds/all.rss",
            "https://pinskpost.example/feeds/all.atom",
            "https://static.pinskpost.example/feeds/all.json",
            "https://static.pinskpost.example/site/feeds/all.rdf",
            "https://static.pinskpost.example/api/feed.json");
  }

  @Test
  void resolvesAgainstThePageUrlWithoutBaseHref() {
    byte[] page = """
        <html><head><link rel="alternate" type="application/atom+xml" href="../feed.atom"></head></html>
        """.getBytes(StandardCharsets.UTF_8);

    assertThat(FeedDiscovery.discover(page, null, URI.create("https://news.example/section/page.html")))
        .containsExactly(URI.create("https://news.example/feed.atom"));
  }

  @Test
  void ignoresStylesheetsTranslationsAndNonHttpLinks() {
    byte[] page = """
        <html><head>
          <link rel="stylesheet" type="text/css" href="/s.css">
          <link rel="alternate" hreflang="de" type="text/html" href="/de/">
          <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
          <link rel="alternate" type="application/rss+xml" href="">
        </head></html>
        """.getBytes(StandardCharsets.UTF_8);

    assertThat(FeedDiscovery.discover(page, "text/html; charset=bogus-charset",
        URI.create("https://news.example/"))).isEmpty();
  }

  @Test
  void readsThePageInTheCharsetTheContentTypeNames() {
    byte[] page = "<html><head><link rel=alternate type=application/rss+xml href=/nov\u00e9.rss></head></html>"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(FeedDiscovery.discover(page, "text/html; charset=ISO-8859-1", URI.create("https://news.example/")))
        .extracting(URI::getPath).containsExactly("/nov\u00e9.rss");
  }
}
