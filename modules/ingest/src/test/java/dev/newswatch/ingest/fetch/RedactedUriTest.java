package dev.newswatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedactedUriTest {

  @Test
  void dropsQueryStringAndUserInfo() {
    assertThat(RedactedUri.of(URI.create("https://reader:pw@feeds.example:8443/private/rss?key=s3cret")))
        .isEqualTo("https://feeds.example:8443/private/rss?…");
  }

  @Test
  void keepsPlainUrlsAsTheyAre() {
    assertThat(RedactedUri.of("https://balticwire.example/europe/rss.xml"))
        .isEqualTo("https://balticwire.example/europe/rss.xml");
  }

  @Test
  void neverPrintsAnUnparseableUrl() {
    assertThat(RedactedUri.of("http://bad host/?key=s3cret")).isEqualTo("(unparseable URL)");
  }
}
