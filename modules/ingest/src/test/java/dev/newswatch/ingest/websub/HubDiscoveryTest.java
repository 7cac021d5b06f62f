package dev.newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.TestFiles;
import dev.newswatch.ingest.feed.FeedParseException;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.feed.ParsedFeed;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HubDiscoveryTest {

  private static final URI FEED = URI.create("https://pinskpost.example/rss/news.xml?src=poller");
  private static final ParsedFeed NO_LINKS = new ParsedFeed("Pinsk Post", "en", List.of(), 0);

  private static ParsedFeed parse(String fixture, URI from) throws FeedParseException {
    return new FeedParser().parse(TestFiles.bytes(fixture), null, from);
  }

  @Test
  void atomFeedNamesItsHubsAndSelf() throws FeedParseException {
    ParsedFeed feed = parse("websub/minsk-ledger.atom", URI.create("https://minskledger.example/all.atom"));

    assertThat(feed.hubs()).containsExactly(URI.create("https://hub.minskledger.example/websub"),
        URI.create("https://backup-hub.example/"));
    assertThat(feed.self()).isEqualTo(URI.create("https://minskledger.example/feeds/all.atom"));
  }

  @Test
  void rssFeedNamesHubsWithAtomLinksResolvedAgainstTheFeedUrlAndIgnoresOtherSchemes()
      throws FeedParseException {
    ParsedFeed feed = parse("websub/pinsk-post.rss", FEED);

    assertThat(feed.hubs()).containsExactly(URI.create("https://pinskpost.example/hub"));
    assertThat(feed.self()).isEqualTo(URI.create("https://pinskpost.example/rss/news.xml"));
    assertThat(feed.items()).hasSize(1);
  }

  @Test
  void jsonFeedNamesOnlyItsWebSubHubs() throws FeedParseException {
    ParsedFeed feed = parse("websub/vitebsk-voice.json", URI.create("https://vitebskvoice.example/feed.json"));

    assertThat(feed.hubs()).containsExactly(URI.create("https://hub.vitebskvoice.example/"));
    assertThat(feed.self()).isEqualTo(URI.create("https://vitebskvoice.example/feed.json"));
  }

  @Test
  void feedWithoutLinksNamesNoHub() throws FeedParseException {
    ParsedFeed feed = parse("poll/brest-bulletin-v1.xml", URI.create("https://brestbulletin.example/rss"));

    assertThat(feed.hubs()).isEmpty();
    assertThat(feed.self()).isNull();
    assertThat(HubDiscovery.find(List.of(), URI.create("https://brestbulletin.example/rss"), feed,
        URI.create("https://brestbulletin.example/rss"))).isEmpty();
  }

  @Test
  void linkHeadersComeBeforeTheDocument() throws FeedParseException {
    ParsedFeed feed = parse("websub/pinsk-post.rss", FEED);

    HubLink link = HubDiscovery.find(
        List.of("<https://hub.example/>; rel=\"hub\", <https://pinskpost.example/canonical.xml>; rel=\"self\""),
        FEED, feed, FEED).orElseThrow();

    assertThat(link.hub()).isEqualTo(URI.create("https://hub.example/"));
    assertThat(link.topic()).isEqualTo(URI.create("https://pinskpost.example/canonical.xml"));
  }

  @Test
  void hubFromTheDocumentWithSelfFromTheHeader() throws FeedParseException {
    ParsedFeed feed = parse("websub/minsk-ledger.atom", URI.create("https://minskledger.example/all.atom"));

    HubLink link = HubDiscovery.find(List.of("</feeds/canonical.atom>; rel=self"),
        URI.create("https://minskledger.example/all.atom"), feed, URI.create("https://minskledger.example/all.atom"))
        .orElseThrow();

    assertThat(link.hub()).isEqualTo(URI.create("https://hub.minskledger.example/websub"));
    assertThat(link.topic()).isEqualTo(URI.create("https://minskledger.example/feeds/canonical.atom"));
  }

  @Test
  void topicIsTheFeedUrlWhenNoSelfIsNamed() {
    HubLink link = HubDiscovery.find(List.of("<https://hub.example/>; rel=hub"), FEED, NO_LINKS, FEED).orElseThrow();

    assertThat(link.topic()).isEqualTo(FEED);
  }

  @Test
  void relativeHeaderTargetsResolveAgainstTheAnsweringUrl() {
    URI answered = URI.create("https://cdn.pinskpost.example/feeds/news.xml");

    HubLink link = HubDiscovery.find(List.of("</websub-hub>; rel=\"hub\""), answered, NO_LINKS, FEED).orElseThrow();

    assertThat(link.hub()).isEqualTo(URI.create("https://cdn.pinskpost.example/websub-hub"));
  }

  @Test
  void parsesSeveralLinksWithQuotedCommasAndSeveralRelTokens() {
    List<HubDiscovery.Link> links = HubDiscovery.parse(
        "<https://a.example/x>; title=\"one, two; three\"; rel=\"HUB alternate\" ,"
            + " <https://b.example/y>;rel=self;type=application/rss+xml, <https://c.example/z>");

    assertThat(links).containsExactly(
        new HubDiscovery.Link("https://a.example/x", List.of("hub", "alternate")),
        new HubDiscovery.Link("https://b.example/y", List.of("self")),
        new HubDiscovery.Link("https://c.example/z", List.of()));
  }

  @Test
  void ignoresMalformedAndNonHttpHeaderLinks() {
    assertThat(HubDiscovery.find(List.of("<mailto:hub@example.org>; rel=hub", "garbage; rel=hub",
        "<https://unterminated.example/; rel=hub"), FEED, NO_LINKS, FEED)).isEmpty();
  }
}
