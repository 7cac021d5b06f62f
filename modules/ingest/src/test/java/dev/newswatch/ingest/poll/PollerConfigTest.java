package dev.newswatch.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.ingest.fetch.FetchConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PollerConfigTest {

  private static final FeedSource WIRE = new FeedSource("https://balticwire.example/europe/rss.xml", "Baltic Wire");

  @Test
  void refusesAnIntervalShorterThanOneSecond() {
    assertThatThrownBy(() -> new PollerConfig(List.of(WIRE), Duration.ofMillis(500), 4, FetchConfig.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interval");
  }

  @Test
  void refusesTheSameFeedTwice() {
    assertThatThrownBy(() -> new PollerConfig(List.of(WIRE, WIRE), Duration.ofMinutes(5), 4, FetchConfig.defaults()))
        .hasMessageContaining("listed twice");
  }

  @Test
  void refusesFeedUrlsThatAreNotAbsoluteHttp() {
    assertThatThrownBy(() -> new FeedSource("file:///etc/passwd", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeedSource("/rss.xml", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeedSource("ftp://example.org/rss", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void namesAFeedAfterItsHostWhenNoNameIsGiven() {
    assertThat(new FeedSource("https://balticwire.example/europe/rss.xml", " ").name()).isEqualTo("balticwire.example");
  }

  @Test
  void defaultFetchConfigIsStrict() {
    FetchConfig defaults = FetchConfig.defaults();

    assertThat(defaults.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(defaults.maxRedirects()).isEqualTo(5);
    assertThat(defaults.allowPrivateNetworks()).isFalse();
    assertThat(defaults.allowedHosts()).isEmpty();
  }
}
