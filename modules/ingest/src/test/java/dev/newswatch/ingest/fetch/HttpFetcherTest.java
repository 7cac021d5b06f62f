package dev.newswatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.ingest.TestFiles;
import dev.newswatch.ingest.fetch.FetchException.Reason;
import dev.newswatch.testkit.FeedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {

  private static final String FEED = TestFiles.text("poll/brest-bulletin-v1.xml");

  private final FeedServer feeds = new FeedServer();
  private final LocalHttpServer local = new LocalHttpServer();

  @AfterEach
  void stopServers() {
    feeds.close();
    local.close();
  }

  private static FetchConfig loopback(long maxBodyBytes, Duration requestTimeout) {
    return new FetchConfig(Duration.ofSeconds(2), requestTimeout, maxBodyBytes, 3, FetchConfig.DEFAULT_USER_AGENT,
        true, List.of());
  }

  private static FetchConfig loopback() {
    return loopback(64 * 1024, Duration.ofSeconds(5));
  }

  @Test
  void answersNotModifiedWhenTheEtagStillMatches() throws Exception {
    feeds.serveRss("/feed.xml", FEED);
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchResult first = fetcher.fetch(URI.create(feeds.url("/feed.xml")), null, null);
      FetchResult second = fetcher.fetch(URI.create(feeds.url("/feed.xml")), first.etag(), null);

      assertThat(first.notModified()).isFalse();
      assertThat(first.status()).isEqualTo(200);
      assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
      assertThat(first.contentType()).startsWith("application/rss+xml");
      assertThat(first.etag()).isNotBlank();
      assertThat(second.notModified()).isTrue();
      assertThat(second.status()).isEqualTo(304);
      assertThat(second.body()).isEmpty();
      assertThat(second.etag()).isEqualTo(first.etag());
      assertThat(feeds.notModified("/feed.xml")).isEqualTo(1);
    }
  }

  @Test
  void sendsIfModifiedSinceAndKeepsTheValueOn304() throws Exception {
    String stamp = "Fri, 20 Nov 2026 09:14:00 GMT";
    local.handle("/dated.xml", exchange -> {
      try (exchange) {
        if (stamp.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
          exchange.sendResponseHeaders(304, -1);
        } else {
          exchange.getResponseHeaders().set("Last-Modified", stamp);
          send(exchange, FEED.getBytes(StandardCharsets.UTF_8));
        }
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchResult first = fetcher.fetch(URI.create(local.url("/dated.xml")), null, null);
      FetchResult second = fetcher.fetch(URI.create(local.url("/dated.xml")), null, first.lastModified());

      assertThat(first.lastModified()).isEqualTo(stamp);
      assertThat(second.notModified()).isTrue();
      assertThat(second.lastModified()).isEqualTo(stamp);
    }
  }

  @Test
  void rejectsABodyLargerThanTheCap() {
    feeds.serveRss("/big.xml", "x".repeat(5_000));
    try (HttpFetcher fetcher = new HttpFetcher(loopback(1_024, Duration.ofSeconds(5)))) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(feeds.url("/big.xml")), null, null));

      assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
      assertThat(e.getMessage()).contains("response body exceeds 1024 bytes");
    }
  }

  @Test
  void abortsAStreamedBodyWithoutLengthOnceItPassesTheCap() {
    local.handle("/endless.xml", exchange -> {
      try (exchange) {
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        byte[] chunk = new byte[8_192];
        for (int i = 0; i < 10_000; i++) {
          out.write(chunk);
        }
      } catch (IOException expected) {
        // the client hung up, as it should
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback(32 * 1024, Duration.ofSeconds(5)))) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(local.url("/endless.xml")), null, null));

      assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
      assertThat(e.getMessage()).contains("exceeds 32768 bytes");
    }
  }

  @Test
  void asksForGzipAndDecodesIt() throws Exception {
    AtomicReference<String> acceptEncoding = new AtomicReference<>();
    AtomicReference<String> userAgent = new AtomicReference<>();
    local.handle("/gz.xml", exchange -> {
      try (exchange) {
        acceptEncoding.set(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
        userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        send(exchange, gzip(FEED.getBytes(StandardCharsets.UTF_8)));
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchResult result = fetcher.fetch(URI.create(local.url("/gz.xml")), null, null);

      assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
      assertThat(acceptEncoding.get()).isEqualTo("gzip");
      assertThat(userAgent.get()).isEqualTo(FetchConfig.DEFAULT_USER_AGENT);
    }
  }

  @Test
  void capsTheDecompressedSizeOfAGzipBomb() throws Exception {
    byte[] bomb = gzip(new byte[4 * 1024 * 1024]);
    local.handle("/bomb.xml", exchange -> {
      try (exchange) {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        send(exchange, bomb);
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback(64 * 1024, Duration.ofSeconds(5)))) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(local.url("/bomb.xml")), null, null));

      assertThat(bomb.length).isLessThan(64 * 1024);
      assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
      assertThat(e.getMessage()).contains("decompressed response body exceeds 65536 bytes");
    }
  }

  @Test
  void followsARelativeRedirectAndReportsTheFinalUri() throws Exception {
    local.handle("/old.xml", exchange -> redirect(exchange, "/new/feed.xml"));
    local.handle("/new/feed.xml", exchange -> {
      try (exchange) {
        send(exchange, FEED.getBytes(StandardCharsets.UTF_8));
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchResult result = fetcher.fetch(URI.create(local.url("/old.xml")), null, null);

      assertThat(result.finalUri()).isEqualTo(URI.create(local.url("/new/feed.xml")));
      assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    }
  }

  @Test
  void refusesARedirectToAnAddressTheGuardDoesNotAllow() {
    feeds.serveRss("/inside.xml", FEED);
    local.handle("/hop.xml", exchange -> redirect(exchange, feeds.url("/inside.xml")));
    FetchConfig onlyServerA = new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, 3,
        FetchConfig.DEFAULT_USER_AGENT, false, List.of("127.0.0.1:" + local.port()));
    try (HttpFetcher fetcher = new HttpFetcher(onlyServerA)) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(local.url("/hop.xml")), null, null));

      assertThat(e.reason()).isEqualTo(Reason.BLOCKED);
      assertThat(e.getMessage()).contains("loopback");
      assertThat(feeds.hits("/inside.xml")).isZero();
    }
  }

  @Test
  void reportsAnUnresolvableHostAsDnsNotAsBlocked() {
    try (HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults())) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create("https://no-such-outlet.invalid/rss.xml"), null, null));

      assertThat(e.reason()).isEqualTo(Reason.DNS);
      assertThat(e.reason().label()).isEqualTo("dns");
      assertThat(e.getMessage()).contains("no-such-outlet.invalid does not resolve");
    }
  }

  @Test
  void refusesARedirectToAFileUrl() {
    local.handle("/sneaky.xml", exchange -> redirect(exchange, "file:///etc/passwd"));
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      assertThatThrownBy(() -> fetcher.fetch(URI.create(local.url("/sneaky.xml")), null, null))
          .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BLOCKED))
          .hasMessageContaining("scheme 'file'");
    }
  }

  @Test
  void refusesLoopbackWithTheDefaultConfig() {
    feeds.serveRss("/feed.xml", FEED);
    try (HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults())) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(feeds.url("/feed.xml")), null, null));

      assertThat(e.reason()).isEqualTo(Reason.BLOCKED);
      assertThat(e.reason().label()).isEqualTo("blocked");
      assertThat(feeds.hits("/feed.xml")).isZero();
    }
  }

  @Test
  void givesUpOnARedirectLoop() {
    local.handle("/loop.xml", exchange -> redirect(exchange, "/loop.xml"));
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(local.url("/loop.xml")), null, null));

      assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
      assertThat(e.getMessage()).contains("more than 3 redirects");
    }
  }

  @Test
  void reportsASlowServerAsTimeout() {
    local.handle("/slow.xml", exchange -> {
      try (exchange) {
        Thread.sleep(10_000);
        send(exchange, FEED.getBytes(StandardCharsets.UTF_8));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback(64 * 1024, Duration.ofMillis(300)))) {
      long start = System.nanoTime();
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(local.url("/slow.xml")), null, null));

      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e.reason().label()).isEqualTo("timeout");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }
  }

  @Test
  void reportsAnErrorStatusWithTheStatusAndWithoutTheQueryString() {
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(feeds.url("/missing.xml?token=s3cret")), null, null));

      assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.getMessage()).contains("HTTP 404").contains("/missing.xml").doesNotContain("s3cret");
    }
  }

  @Test
  void doesNotDownloadTheBodyOfAnErrorPage() {
    local.handle("/broken.xml", exchange -> {
      try (exchange) {
        exchange.sendResponseHeaders(500, 0);
        byte[] chunk = new byte[8_192];
        for (int i = 0; i < 100_000; i++) {
          exchange.getResponseBody().write(chunk);
        }
      } catch (IOException expected) {
        // the client hung up, as it should
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      long start = System.nanoTime();
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(local.url("/broken.xml")), null, null));

      assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
      assertThat(e.status()).isEqualTo(500);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
  }

  @Test
  void carriesTheRetryAfterOfA429() {
    local.handle("/busy.xml", exchange -> {
      try (exchange) {
        exchange.getResponseHeaders().set("Retry-After", "3600");
        exchange.sendResponseHeaders(429, -1);
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(local.url("/busy.xml")), null, null));

      assertThat(e.status()).isEqualTo(429);
      assertThat(e.retryAfter()).contains(Duration.ofHours(1));
      assertThat(e.getMessage()).contains("HTTP 429").contains("retry after 3600 s");
    }
  }

  @Test
  void readsTheHttpDateRetryAfterOfA503AgainstTheClock() {
    local.handle("/down.xml", exchange -> {
      try (exchange) {
        exchange.getResponseHeaders().set("Retry-After", "Fri, 20 Nov 2026 12:00:00 GMT");
        exchange.sendResponseHeaders(503, -1);
      }
    });
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    try (HttpFetcher fetcher = new HttpFetcher(loopback(), clock)) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(local.url("/down.xml")), null, null));

      assertThat(e.retryAfter()).contains(Duration.ofHours(2));
    }
  }

  @Test
  void ignoresRetryAfterOnOtherErrors() {
    local.handle("/gone.xml", exchange -> {
      try (exchange) {
        exchange.getResponseHeaders().set("Retry-After", "60");
        exchange.sendResponseHeaders(500, -1);
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(local.url("/gone.xml")), null, null));

      assertThat(e.retryAfter()).isEmpty();
    }
  }

  @Test
  void reportsWhereAPermanentRedirectChainLeads() throws Exception {
    local.handle("/a.xml", exchange -> redirect(exchange, 301, "/b.xml"));
    local.handle("/b.xml", exchange -> redirect(exchange, 308, "/c.xml"));
    local.handle("/c.xml", exchange -> {
      try (exchange) {
        send(exchange, FEED.getBytes(StandardCharsets.UTF_8));
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchResult result = fetcher.fetch(URI.create(local.url("/a.xml")), null, null);

      assertThat(result.movedTo()).isEqualTo(URI.create(local.url("/c.xml")));
    }
  }

  @Test
  void aTemporaryHopEndsWhatThePermanentOnesMoved() throws Exception {
    local.handle("/a.xml", exchange -> redirect(exchange, 301, "/b.xml"));
    local.handle("/b.xml", exchange -> redirect(exchange, 307, "/c.xml"));
    local.handle("/t.xml", exchange -> redirect(exchange, 302, "/c.xml"));
    local.handle("/c.xml", exchange -> {
      try (exchange) {
        send(exchange, FEED.getBytes(StandardCharsets.UTF_8));
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchResult mixed = fetcher.fetch(URI.create(local.url("/a.xml")), null, null);
      FetchResult temporary = fetcher.fetch(URI.create(local.url("/t.xml")), null, null);

      assertThat(mixed.movedTo()).isEqualTo(URI.create(local.url("/b.xml")));
      assertThat(mixed.finalUri()).isEqualTo(URI.create(local.url("/c.xml")));
      assertThat(temporary.movedTo()).isNull();
      assertThat(temporary.finalUri()).isEqualTo(URI.create(local.url("/c.xml")));
    }
  }

  @Test
  void reportsHowLongTheResponseStaysFresh() throws Exception {
    local.handle("/cached.xml", exchange -> {
      try (exchange) {
        exchange.getResponseHeaders().set("Cache-Control", "max-age=900");
        send(exchange, FEED.getBytes(StandardCharsets.UTF_8));
      }
    });
    try (HttpFetcher fetcher = new HttpFetcher(loopback())) {
      FetchResult result = fetcher.fetch(URI.create(local.url("/cached.xml")), null, null);

      assertThat(result.freshFor()).isEqualTo(Duration.ofMinutes(15));
    }
  }

  @Test
  void sendsTheConfiguredUserAgent() throws Exception {
    AtomicReference<String> seen = new AtomicReference<>();
    local.handle("/ua.xml", exchange -> {
      try (exchange) {
        seen.set(exchange.getRequestHeaders().getFirst("User-Agent"));
        send(exchange, FEED.getBytes(StandardCharsets.UTF_8));
      }
    });
    String agent = FetchConfig.userAgent("1.2.3", "https://ops.example.org/newswatch");
    FetchConfig config = new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, 3, agent, true,
        List.of());
    try (HttpFetcher fetcher = new HttpFetcher(config)) {
      fetcher.fetch(URI.create(local.url("/ua.xml")), null, null);

      assertThat(seen.get()).isEqualTo("newswatch/1.2.3 (+https://ops.example.org/newswatch)");
    }
  }

  @Test
  void refusesAContactUrlThatIsNoHttpUrl() {
    assertThatThrownBy(() -> FetchConfig.userAgent("1.0", "mailto:ops@example.org"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchConfig.userAgent("1.0", "https://x.example/a b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FetchConfig.userAgent("1 0", "https://x.example/"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(status, -1);
    }
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Location", location);
      exchange.sendResponseHeaders(302, -1);
    }
  }

  private static void send(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
  }

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(plain);
    }
    return out.toByteArray();
  }
}
