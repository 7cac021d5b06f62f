package dev.newswatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newswatch.ingest.TestFiles;
import java.net.URI;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {

  private static final String RSS = "application/rss+xml";

  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String fixture, String contentType, String feedUrl) throws FeedParseException {
    return parser.parse(TestFiles.bytes("feeds/" + fixture), contentType, URI.create(feedUrl));
  }

  @Test
  void readsRss20WithRelativeLinksResolvedAgainstTheFeedUrl() throws Exception {
    ParsedFeed feed = parse("rss2-tallinn-courier.xml", RSS, "https://tallinncourier.example/feeds/world.xml");

    assertThat(feed.title()).isEqualTo("Tallinn Courier — World");
    assertThat(feed.language()).isEqualTo("en-GB");
    assertThat(feed.items()).hasSize(2);
    FeedItem pardons = feed.items().get(0);
    assertThat(pardons.link()).isEqualTo("https://tallinncourier.example/world/2026/05/belarus-pardons-42-activists");
    assertThat(pardons.guid()).isEqualTo("tc-2026-0517");
    assertThat(pardons.title()).isEqualTo("Belarus pardons 42 imprisoned opposition activists");
    assertThat(pardons.author()).isEqualTo("Courier world desk");
    assertThat(pardons.publishedAt()).isEqualTo(Instant.parse("2026-05-21T08:05:00Z"));
    FeedItem viasna = feed.items().get(1);
    assertThat(viasna.guid()).as("no guid element means no guid, not the link").isNull();
    assertThat(viasna.link()).endsWith("/viasna-count?utm_source=rss&utm_medium=feed");
    assertThat(viasna.publishedAt()).isEqualTo(Instant.parse("2026-05-20T18:30:00Z"));
  }

  @Test
  void countsItemsWithoutAUsableHttpLinkAsSkipped() throws Exception {
    ParsedFeed feed = parse("rss2-tallinn-courier.xml", RSS, "https://tallinncourier.example/feeds/world.xml");

    assertThat(feed.skipped()).as("one item has no link, one a mailto: link").isEqualTo(2);
    assertThat(feed.items()).extracting(FeedItem::link).allMatch(l -> l.startsWith("https://"));
  }

  @Test
  void stripsHtmlFromSummaries() throws Exception {
    ParsedFeed feed = parse("rss2-tallinn-courier.xml", RSS, "https://tallinncourier.example/feeds/world.xml");

    assertThat(feed.items().get(0).summary())
        .startsWith("TALLINN — President Alexander Lukashenko on Wednesday pardoned 42 imprisoned")
        .doesNotContain("<", "strong");
  }

  @Test
  void readsRss10RdfWithDublinCoreDatesCreatorsAndLanguage() throws Exception {
    ParsedFeed feed = parse("rss1-vilnius-daily.rdf", "application/rdf+xml", "https://vilniusdaily.example/rss");

    assertThat(feed.title()).isEqualTo("Vilnius Daily");
    assertThat(feed.language()).isEqualTo("lt");
    assertThat(feed.items()).extracting(FeedItem::link).containsExactly(
        "https://vilniusdaily.example/news/bialiatski-kolesnikova-released",
        "https://vilniusdaily.example/news/us-belarus-talks");
    assertThat(feed.items().get(0).author()).isEqualTo("Rūta Kazlauskienė");
    assertThat(feed.items().get(0).publishedAt()).isEqualTo(Instant.parse("2026-09-13T05:20:00Z"));
    assertThat(feed.items().get(1).publishedAt()).isEqualTo(Instant.parse("2026-09-12T17:00:00Z"));
  }

  @Test
  void readsAtom10ResolvingLinksAgainstXmlBase() throws Exception {
    ParsedFeed feed = parse("atom1-warsaw-observer.xml", "application/atom+xml",
        "https://warsawobserver.example/feeds/east.atom");

    assertThat(feed.items()).extracting(FeedItem::link).containsExactly(
        "https://warsawobserver.example/east/2026/09/us-eases-belavia-sanctions",
        "https://warsawobserver.example/analysis/pardons-and-potash");
    assertThat(feed.skipped()).isEqualTo(1);
    assertThat(feed.items().get(0).guid()).isEqualTo("tag:warsawobserver.example,2026:east/4411");
    assertThat(feed.items().get(0).author()).isEqualTo("Marta Nowak");
  }

  @Test
  void takesThePublishedDateElseTheUpdatedDate() throws Exception {
    ParsedFeed feed = parse("atom1-warsaw-observer.xml", "application/atom+xml",
        "https://warsawobserver.example/feeds/east.atom");

    assertThat(feed.items().get(0).publishedAt()).isEqualTo(Instant.parse("2026-09-11T09:45:00Z"));
    assertThat(feed.items().get(1).publishedAt()).isEqualTo(Instant.parse("2026-09-10T16:00:00Z"));
  }

  @Test
  void turnsHtmlAndXhtmlAtomTextIntoPlainText() throws Exception {
    ParsedFeed feed = parse("atom1-warsaw-observer.xml", "application/atom+xml",
        "https://warsawobserver.example/feeds/east.atom");

    assertThat(feed.title()).isEqualTo("Warsaw Observer — East");
    assertThat(feed.items().get(0).title()).isEqualTo("US eases sanctions on Belavia after prisoner release");
    assertThat(feed.items().get(0).summary()).startsWith("Washington lifted restrictions").doesNotContain("<p>");
    assertThat(feed.items().get(1).summary()).isEqualTo("Potash exports and flights are the prize.");
  }

  @Test
  void readsAtom03() throws Exception {
    ParsedFeed feed = parse("atom03-riga-notes.xml", "application/atom+xml", "https://riganotes.example/atom");

    assertThat(feed.items()).singleElement().satisfies(item -> {
      assertThat(item.link()).isEqualTo("https://riganotes.example/2026/07/independence-day-pardons");
      assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-07-03T19:00:00Z"));
      assertThat(item.summary()).startsWith("Eight men and eight women");
    });
  }

  @Test
  void readsRss091() throws Exception {
    ParsedFeed feed = parse("rss091-minsk-herald.xml", RSS, "https://minskherald.example/rss");

    assertThat(feed.language()).isEqualTo("ru");
    assertThat(feed.items()).singleElement().satisfies(item -> {
      assertThat(item.title()).isEqualTo("Belta: 123 foreign nationals pardoned");
      assertThat(item.publishedAt()).isNull();
    });
  }

  @Test
  void stripsMarkupEntitiesAndScriptsFromTitlesAndDescriptions() throws Exception {
    ParsedFeed feed = parse("html-titles-kyiv-brief.xml", RSS, "https://kyivbrief.example/rss");

    assertThat(feed.title()).isEqualTo("Kyiv Brief");
    FeedItem item = feed.items().get(0);
    assertThat(item.title()).isEqualTo("Breaking: Belarus frees 31 Ukrainians & hands them over at the border");
    assertThat(item.summary()).isEqualTo("Minsk called it a gesture of goodwill.");
  }

  @Test
  void decodesAnIso88591FeedFromItsXmlDeclaration() throws Exception {
    ParsedFeed feed = parse("latin1-berliner-bote.xml", RSS, "https://berlinerbote.example/rss");

    assertThat(feed.items().get(0).title()).contains("begnadigt Häftlinge").contains("Düngemittel");
    assertThat(feed.items().get(0).summary()).startsWith("Weißrussland");
  }

  @Test
  void decodesAnIso88591FeedFromTheHttpCharset() throws Exception {
    String withoutDeclaredEncoding = new String(TestFiles.bytes("feeds/latin1-berliner-bote.xml"),
        StandardCharsets.ISO_8859_1).replace(" encoding=\"ISO-8859-1\"", "");
    ParsedFeed feed = parser.parse(withoutDeclaredEncoding.getBytes(StandardCharsets.ISO_8859_1),
        "text/xml; charset=ISO-8859-1", URI.create("https://berlinerbote.example/rss"));

    assertThat(feed.items().get(0).title()).contains("Häftlinge");
  }

  @Test
  void readsUtf8ServedAsTextXmlWithoutCharsetAsUtf8() throws Exception {
    ParsedFeed feed = parse("rss1-vilnius-daily.rdf", "text/xml", "https://vilniusdaily.example/rss");

    assertThat(feed.items().get(0).author()).isEqualTo("Rūta Kazlauskienė");
  }

  @Test
  void refusesAnExternalEntityWithoutReadingTheFile(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-XXE-MARKER");
    byte[] attack = TestFiles.text("feeds/xxe-attempt.xml")
        .replace("@SECRET_FILE_URI@", secret.toUri().toString()).getBytes(StandardCharsets.UTF_8);

    FeedParseException e = catchThrowableOfType(FeedParseException.class,
        () -> parser.parse(attack, RSS, URI.create("https://normalnews.example/rss")));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOP-SECRET-XXE-MARKER");
  }

  @Test
  void reportsTruncatedXmlWithTheLineWhereItBroke() {
    assertThatThrownBy(() -> parse("truncated-gomel-gazette.xml", RSS, "https://gomelgazette.example/rss"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("not well-formed XML from https://gomelgazette.example/rss at line");
  }

  @Test
  void readsJsonFeed11WithRelativeUrlsResolvedAgainstFeedUrl() throws Exception {
    ParsedFeed feed = parse("jsonfeed11-mogilev-monitor.json", "application/feed+json",
        "https://cdn.mogilevmonitor.example/releases.json");

    assertThat(feed.format()).isEqualTo(FeedFormat.JSON);
    assertThat(feed.title()).isEqualTo("Mogilev Monitor Releases");
    assertThat(feed.language()).isEqualTo("be-BY");
    assertThat(feed.skipped()).as("the item without url or external_url").isEqualTo(1);
    assertThat(feed.items()).hasSize(2);
    FeedItem freed = feed.items().get(0);
    assertThat(freed.guid()).isEqualTo("mm-2026-0912");
    assertThat(freed.link()).isEqualTo("https://mogilevmonitor.example/releases/2026/09/fourteen-freed");
    assertThat(freed.title()).isEqualTo("Fourteen political prisoners freed ahead of talks");
    assertThat(freed.summary()).isEqualTo("Fourteen people convicted over the 2020 protests were released on Friday.");
    assertThat(freed.author()).isEqualTo("Alena Kaval");
    assertThat(freed.publishedAt()).isEqualTo(Instant.parse("2026-09-12T04:30:00Z"));
    FeedItem potash = feed.items().get(1);
    assertThat(potash.guid()).as("numeric ids are kept as text").isEqualTo("4412");
    assertThat(potash.link()).isEqualTo("https://wire.example/sanctions/potash-relief");
    assertThat(potash.summary()).isEqualTo("Officials are weighing relief for potash exports.");
    assertThat(potash.publishedAt()).as("date_modified when unpublished, no seconds")
        .isEqualTo(Instant.parse("2026-09-11T16:00:00Z"));
  }

  @Test
  void readsJsonFeed10WithSingleAuthorAndHomePageBase() throws Exception {
    ParsedFeed feed = parse("jsonfeed10-brest-courier.json", null, "https://feeds.brestcourier.example/json");

    assertThat(feed.items()).singleElement().satisfies(item -> {
      assertThat(item.link()).isEqualTo("https://brestcourier.example/news/2026/10/belavia-sanctions-eased");
      assertThat(item.title()).isEqualTo("Belavia sanctions eased & flights resume");
      assertThat(item.author()).isEqualTo("Brest Courier staff");
      assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-10-02T14:05:11.250Z"));
    });
    assertThat(feed.language()).isNull();
  }

  @Test
  void recognisesJsonFeedByItsFirstByteWhateverTheContentType() throws Exception {
    ParsedFeed feed = parse("json-feed-belsat.json", "text/plain", "https://belsatdigest.example/feed");

    assertThat(feed.title()).isEqualTo("Belsat Digest");
    assertThat(feed.items()).extracting(FeedItem::link).containsExactly("https://belsatdigest.example/1");
  }

  @Test
  void reportsInvalidJsonWithThePositionAndNoStackTrace() {
    assertThatThrownBy(() -> parse("jsonfeed-broken-grodno.json", "application/feed+json",
        "https://grodnodaily.example/feed.json"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("not valid JSON from https://grodnodaily.example/feed.json at line 5")
        .hasMessageNotContaining("\tat ");
  }

  @Test
  void rejectsJsonThatIsNotAJsonFeed() {
    byte[] json = "{\"data\": [1, 2, 3]}".getBytes(StandardCharsets.UTF_8);
    byte[] array = "[{\"title\": \"x\"}]".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parse(json, "application/json", URI.create("https://api.example/")))
        .hasMessageContaining("is not a JSON Feed");
    assertThatThrownBy(() -> parser.parse(array, "application/json", URI.create("https://api.example/")))
        .hasMessageContaining("top level is not an object");
  }

  @Test
  void refusesAnHtmlPageNamingTheFeedsItLinksTo() {
    FeedParseException e = catchThrowableOfType(FeedParseException.class,
        () -> parse("html-page-pinsk-post.html", "text/html; charset=utf-8", "https://pinskpost.example/"));

    assertThat(e).isNotNull();
    assertThat(e.discoveredFeeds()).extracting(URI::toString).containsExactly(
        "https://static.pinskpost.example/site/feeds/all.rss",
        "https://pinskpost.example/feeds/all.atom",
        "https://static.pinskpost.example/feeds/all.json",
        "https://static.pinskpost.example/site/feeds/all.rdf",
        "https://static.pinskpost.example/api/feed.json");
    assertThat(e.getMessage())
        .startsWith("HTML page from https://pinskpost.example/, not a feed; it links to these feeds: ")
        .contains("https://static.pinskpost.example/site/feeds/all.rss, https://pinskpost.example/feeds/all.atom");
  }

  @Test
  void refusesAnHtmlPageWithoutFeedLinksSayingSo() {
    byte[] page = "<html><head><title>Home</title></head><body>Hi</body></html>".getBytes(StandardCharsets.UTF_8);

    FeedParseException e = catchThrowableOfType(FeedParseException.class,
        () -> parser.parse(page, null, URI.create("https://example.org/")));

    assertThat(e.getMessage()).contains("HTML page", "links to no feed");
    assertThat(e.discoveredFeeds()).isEmpty();
  }

  @Test
  void readsAFeedServedAsTextHtml() throws Exception {
    ParsedFeed feed = parse("rss2-tallinn-courier.xml", "text/html", "https://tallinncourier.example/feeds/world.xml");

    assertThat(feed.format()).isEqualTo(FeedFormat.RSS);
    assertThat(feed.items()).hasSize(2);
  }

  @Test
  void refusesABillionLaughsDocumentWithoutExpandingIt() {
    assertThatThrownBy(() -> parse("billion-laughs.xml", RSS, "https://laughs.example/rss"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("declares a DOCTYPE");
  }

  @Test
  void readsDatesRomeCannotFromTheRawText() throws Exception {
    ParsedFeed feed = parse("rss2-odd-dates-vitebsk-voice.xml", RSS, "https://vitebskvoice.example/rss");

    assertThat(feed.items()).extracting(FeedItem::publishedAt).containsExactly(
        Instant.parse("2026-09-03T11:20:00Z"),
        Instant.parse("2026-09-02T10:15:00Z"),
        Instant.parse("2026-09-01T13:00:00Z"),
        null);
  }

  @Test
  void namesTheDialectItRead() throws Exception {
    assertThat(parse("rss1-vilnius-daily.rdf", null, "https://vilniusdaily.example/rss").format())
        .isEqualTo(FeedFormat.RDF);
    assertThat(parse("atom03-riga-notes.xml", null, "https://riganotes.example/atom").format())
        .isEqualTo(FeedFormat.ATOM);
    assertThat(parse("rss091-minsk-herald.xml", null, "https://minskherald.example/rss").format())
        .isEqualTo(FeedFormat.RSS);
  }

  @Test
  void rejectsXmlThatIsNeitherRssNorAtom() {
    byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\"/></svg>"
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parse(svg, "application/xml", URI.create("https://example.org/")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("neither RSS nor Atom (root element <svg>)");
  }

  @Test
  void readsRssWithAnUnknownVersionAsRss20() throws Exception {
    ParsedFeed feed = parser.parse(utf8("""
        <rss version="2.1"><channel><title>Orsha Online</title>
          <item><title>Released</title><link>https://orsha.example/1</link></item></channel></rss>
        """), RSS, URI.create("https://orsha.example/rss"));

    assertThat(feed.items()).extracting(FeedItem::title).containsExactly("Released");
  }

  @Test
  void namesAnRssDocumentWithoutChannel() {
    assertThatThrownBy(() -> parser.parse(utf8("<rss version=\"2.0\">\n</rss>"), RSS, URI.create("https://a.example/rss")))
        .isInstanceOf(FeedParseException.class)
        .hasMessage("RSS document without a <channel> from https://a.example/rss");
  }

  @Test
  void readsAtomWrittenWithoutItsNamespaceAndLinksWithoutHref() throws Exception {
    ParsedFeed feed = parser.parse(utf8("""
        <feed><title>Lida Letters</title><link rel="self"/>
          <entry><title>Sanctions eased</title><link rel="alternate" href="https://lida.example/e/1"/><link/>
            <id>lida-1</id><updated>2026-03-01T10:00:00Z</updated></entry></feed>
        """), null, URI.create("https://lida.example/atom"));

    assertThat(feed.format()).isEqualTo(FeedFormat.ATOM);
    assertThat(feed.items()).singleElement().satisfies(item -> {
      assertThat(item.link()).isEqualTo("https://lida.example/e/1");
      assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    });
  }

  @Test
  void reportsANamespaceJdomCannotRepresentAsNotWellFormed() {
    byte[] xml = utf8("<rss version=\"2.0\" xmlns:itunes=\" http://www.itunes.com/DTDs/PodCast-1.0.dtd\">"
        + "<channel><title>t</title></channel></rss>");

    assertThatThrownBy(() -> parser.parse(xml, RSS, URI.create("https://a.example/rss")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageStartingWith("not well-formed XML from https://a.example/rss");
  }

  @Test
  void resolvesRssLinksAgainstXmlBase() throws Exception {
    ParsedFeed feed = parser.parse(utf8("""
        <rss version="2.0" xml:base="https://mozyr.example/news/"><channel><title>Mozyr</title>
          <item xml:base="2026/"><title>Freed</title><link>04/freed</link></item>
          <item><title>Eased</title><link>eased</link></item></channel></rss>
        """), RSS, URI.create("https://cdn.example/mozyr.rss"));

    assertThat(feed.items()).extracting(FeedItem::link).containsExactly(
        "https://mozyr.example/news/2026/04/freed", "https://mozyr.example/news/eased");
  }

  @Test
  void takesAPermalinkGuidAsLinkOnlyWhenItIsAnAbsoluteUrl() throws Exception {
    ParsedFeed feed = parser.parse(utf8("""
        <rss version="2.0"><channel><title>Guids</title>
          <item><title>Id only</title><guid>abc123</guid></item>
          <item><title>Url guid</title><guid>https://guids.example/p/7</guid></item></channel></rss>
        """), RSS, URI.create("https://guids.example/rss"));

    assertThat(feed.items()).extracting(FeedItem::link).containsExactly("https://guids.example/p/7");
    assertThat(feed.skipped()).isEqualTo(1);
  }

  @Test
  void acceptsAJsonFeedWhoseVersionIsABareNumber() throws Exception {
    ParsedFeed feed = parser.parse(utf8("""
        {"version": "1.0", "title": "Bare", "items": [{"id": "1", "url": "https://bare.example/1", "title": "One"}]}
        """), null, URI.create("https://bare.example/feed.json"));

    assertThat(feed.items()).extracting(FeedItem::title).containsExactly("One");
  }

  @Test
  void readsAtom03EntryLinksWithoutRelAsAlternate() throws Exception {
    ParsedFeed feed = parser.parse(utf8("""
        <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
          <entry><title>Norel</title><link href="https://old.example/1"/></entry></feed>
        """), null, URI.create("https://old.example/atom"));

    assertThat(feed.items()).extracting(FeedItem::link).containsExactly("https://old.example/1");
  }

  @Test
  void namesTheDoctypeOfAFeedServedAsTextHtmlRatherThanCallingItAPage() {
    byte[] netscape = utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
        + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n<rss version=\"0.91\"><channel/></rss>");

    assertThatThrownBy(() -> parser.parse(netscape, "text/html", URI.create("https://old.example/rss")))
        .hasMessageContaining("declares a DOCTYPE");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void rejectsAnEmptyDocument() {
    assertThatThrownBy(() -> parser.parse(" \n".getBytes(StandardCharsets.UTF_8), RSS, URI.create("https://example.org/rss")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("empty document");
  }

  private ParsedFeed parseText(String xml) throws FeedParseException {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), RSS, URI.create("https://pinskpost.example/rss"));
  }

  @Test
  void rssTtlIsReadInMinutesAndImplausibleValuesAreIgnored() throws FeedParseException {
    String rss = """
        <rss version="2.0"><channel><title>Pinsk Post</title><link>https://pinskpost.example/</link><ttl>%s</ttl>
        <item><title>Court hearing postponed</title><link>https://pinskpost.example/a/1</link></item>
        </channel></rss>""";

    assertThat(parseText(rss.formatted("90")).ttl()).isEqualTo(Duration.ofMinutes(90));
    assertThat(parseText(rss.formatted("0")).ttl()).isNull();
    assertThat(parseText(rss.formatted("5000000")).ttl()).isNull();
    assertThat(parseText(rss.formatted("soon")).ttl()).isNull();
  }

  @Test
  void syndicationModuleUpdatePeriodIsTheTtlOfAnRdfFeed() throws FeedParseException {
    String rdf = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
            xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
          <channel rdf:about="https://pinskpost.example/rdf"><title>Pinsk Post</title>
            <link>https://pinskpost.example/</link><description>Local news</description>
            <sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>
            <items><rdf:Seq><rdf:li rdf:resource="https://pinskpost.example/a/1"/></rdf:Seq></items>
          </channel>
          <item rdf:about="https://pinskpost.example/a/1"><title>Court hearing postponed</title>
            <link>https://pinskpost.example/a/1</link></item>
        </rdf:RDF>""";

    assertThat(parseText(rdf).ttl()).isEqualTo(Duration.ofMinutes(30));
  }
}
