package dev.newswatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newswatch.ingest.TestFiles;
import dev.newswatch.ingest.fetch.FetchException.Reason;
import dev.newswatch.testkit.FaultyHttpServer;
import dev.newswatch.testkit.FaultyHttpServer.Ending;
import dev.newswatch.testkit.FaultyHttpServer.Framing;
import dev.newswatch.testkit.FaultyHttpServer.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies that break off or are far too large, from a server on plain sockets: each is a clear
 * {@link FetchException} with its own reason, nothing of a broken body comes back, and the client stops
 * reading at its cap.
 */
class HttpFetcherFaultsTest {

  private static final byte[] FEED = TestFiles.text("poll/brest-bulletin-v1.xml").getBytes(StandardCharsets.UTF_8);
  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final long ONE_GB = 1L << 30;
  private static final int CAP = 1024 * 1024;

  private final FaultyHttpServer server = new FaultyHttpServer();
  private final HttpFetcher fetcher = new HttpFetcher(new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(20),
      CAP, 3, FetchConfig.DEFAULT_USER_AGENT, true, List.of()));

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private FetchException fetchFails(String path) {
    return catchThrowableOfType(FetchException.class, () -> fetcher.fetch(URI.create(server.url(path)), null, null));
  }

  @Test
  void theSameServerAnswersCompleteBodiesNormally() throws Exception {
    server.serve("/whole.xml", Response.of(FEED, RSS).gzipped());

    FetchResult result = fetcher.fetch(URI.create(server.url("/whole.xml")), null, null);

    assertThat(result.body()).isEqualTo(FEED);
  }

  @Test
  void aGzipBodyCutInTheMiddleIsTruncatedEvenWhenItsLengthMatches() {
    byte[] gzip = FaultyHttpServer.gzip(FEED);
    byte[] cut = java.util.Arrays.copyOf(gzip, gzip.length / 2);
    // The server sends the half it has with a matching Content-Length: only the gzip stream can tell.
    server.serve("/cut.xml", Response.of(cut, RSS).header("Content-Encoding", "gzip"));

    FetchException e = fetchFails("/cut.xml");

    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.getMessage()).contains("gzip body from " + server.url("/cut.xml") + " ends before its end");
  }

  @Test
  void aGzipBodyWhoseConnectionClosesMidStreamIsTruncated() {
    server.serve("/gz-close.xml", Response.of(FEED, RSS).gzipped().framed(Framing.CLOSE_DELIMITED)
        .cutAfter(200, Ending.CLOSE));

    assertThat(fetchFails("/gz-close.xml").reason()).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void aBodyShorterThanItsContentLengthIsTruncated() {
    server.serve("/short.xml", Response.of(FEED, RSS).cutAfter(FEED.length / 2, Ending.CLOSE));

    FetchException e = fetchFails("/short.xml");

    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.getMessage()).contains("response body incomplete, connection ended after " + FEED.length / 2
        + " bytes").contains("Content-Length").contains(server.url("/short.xml"));
  }

  @Test
  void aChunkedBodyWithoutItsLastChunkIsTruncated() {
    server.serve("/chunked.xml", Response.of(FEED, RSS).framed(Framing.CHUNKED).cutAfter(1000, Ending.CLOSE));

    assertThat(fetchFails("/chunked.xml").reason()).isEqualTo(Reason.TRUNCATED);
  }

  @Test
  void aConnectionResetInTheMiddleOfTheBodyIsTruncated() {
    server.serve("/reset.xml", Response.of(FEED, RSS).gzipped().cutAfter(100, Ending.RESET));

    FetchException e = fetchFails("/reset.xml");

    assertThat(e.reason()).isEqualTo(Reason.TRUNCATED);
    assertThat(e.getMessage()).contains("response body incomplete");
  }

  @Test
  void corruptGzipAndUnknownEncodingsAreBadEncoding() {
    byte[] gzip = FaultyHttpServer.gzip(FEED);
    gzip[gzip.length / 2] ^= 0x5A;
    gzip[gzip.length / 2 + 1] ^= 0x5A;
    server.serve("/corrupt.xml", Response.of(gzip, RSS).header("Content-Encoding", "gzip"));
    server.serve("/brotli.xml", Response.of(FEED, RSS).header("Content-Encoding", "br"));

    FetchException corrupt = fetchFails("/corrupt.xml");
    FetchException brotli = fetchFails("/brotli.xml");

    assertThat(corrupt.reason()).isIn(Reason.BAD_ENCODING, Reason.TRUNCATED);
    assertThat(brotli.reason()).isEqualTo(Reason.BAD_ENCODING);
    assertThat(brotli.getMessage()).contains("unsupported Content-Encoding 'br'");
  }

  @Test
  void aOneGigabyteFeedIsCutOffAtTheCapWithoutBeingDownloaded() {
    server.serve("/huge.xml", Response.streamed(() -> FaultyHttpServer.rss(ONE_GB), ONE_GB, RSS));

    FetchException e = fetchFails("/huge.xml");

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.getMessage()).contains("exceeds " + CAP + " bytes");
    // What the server managed to write before the client hung up: the cap plus what socket buffers hold.
    assertThat(server.bodyBytesSent("/huge.xml")).isLessThan(64L * 1024 * 1024);
  }

  @Test
  void aOneGigabyteContentLengthIsRefusedBeforeReading() {
    server.serve("/declared.xml", Response.streamed(() -> FaultyHttpServer.rss(ONE_GB), ONE_GB, RSS)
        .framed(Framing.CONTENT_LENGTH));

    FetchException e = fetchFails("/declared.xml");

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(server.bodyBytesSent("/declared.xml")).isLessThan(64L * 1024 * 1024);
  }

  @Test
  void aGzipBombStopsAtTheCapOnDecompressedBytes() {
    byte[] bomb = FaultyHttpServer.gzipBomb(ONE_GB);
    assertThat(bomb.length).as("the compressed bomb fits under the cap").isLessThan(2 * CAP);
    HttpFetcher roomy = new HttpFetcher(new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(20), 2 * CAP, 3,
        FetchConfig.DEFAULT_USER_AGENT, true, List.of()));
    server.serve("/bomb.xml", Response.of(bomb, RSS).header("Content-Encoding", "gzip"));

    FetchException e = catchThrowableOfType(FetchException.class,
        () -> roomy.fetch(URI.create(server.url("/bomb.xml")), null, null));
    roomy.close();

    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    assertThat(e.getMessage()).contains("decompressed response body exceeds " + 2 * CAP + " bytes");
  }
}
