package dev.newswatch.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Feeds and article pages made up on the fly for the poll benchmark, served from 127.0.0.1: feed
 * {@code i} is {@code /f/<i>.xml}, alternately RSS 2.0 and Atom 1.0, between 20 and 200 KB, with the
 * newest {@link #ITEMS} items; a new item appears every {@code newItemEvery} seconds, at an offset that
 * differs per feed, so at any time some feeds have news and most answer 304 to a conditional request.
 * Item {@code n} of feed {@code i} links to {@code /a/<i>/<n>.html}, a news page of about
 * {@code pageBytes} with navigation, the article and a footer. Everything is a pure function of
 * {@code (i, n)} and the clock, so nothing is held in memory whatever the feed count.
 */
final class SyntheticFeeds implements AutoCloseable {

  static final int ITEMS = 30;
  private static final Pattern FEED = Pattern.compile("/f/(\\d+)\\.xml");
  private static final Pattern PAGE = Pattern.compile("/a/(\\d+)/(\\d+)\\.html");
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
  private static final String[] WORDS = ("the a of in on and to for with by from after before said officials "
      + "president government prisoners political release released pardoned pardon sanctions potash belavia "
      + "envoy talks minsk vilnius warsaw kyiv border court sentence colony activists journalists opposition "
      + "statement ministry foreign washington brussels european union relief eased imposed treasury exports "
      + "fertiliser airline flights detained charges extremism protest rights group viasna lawyer family "
      + "relatives weeks months years according report week thursday monday agreement deal exchange "
      + "spokesperson confirmed announced visit meeting delegation humanitarian gesture").split(" ");

  private final HttpServer server;
  private final ExecutorService pool;
  private final Clock clock;
  private final long newItemEverySeconds;
  private final int pageBytes;
  final AtomicLong feedRequests = new AtomicLong();
  final AtomicLong notModified = new AtomicLong();
  final AtomicLong pageRequests = new AtomicLong();
  final AtomicLong bytesServed = new AtomicLong();

  SyntheticFeeds(Clock clock, long newItemEverySeconds, int pageBytes, int threads) throws IOException {
    this.clock = clock;
    this.newItemEverySeconds = newItemEverySeconds;
    this.pageBytes = pageBytes;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    this.pool = Executors.newFixedThreadPool(threads);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  String feedUrl(int feed) {
    return base() + "/f/" + feed + ".xml";
  }

  String hostAndPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  private String base() {
    return "http://" + hostAndPort();
  }

  /** The number of the newest item feed {@code i} lists at {@code epochSecond}. */
  long newestItem(int feed, long epochSecond) {
    return (epochSecond + offset(feed)) / newItemEverySeconds;
  }

  /** When item {@code n} of feed {@code i} appeared. */
  Instant published(int feed, long item) {
    return Instant.ofEpochSecond(item * newItemEverySeconds - offset(feed));
  }

  private long offset(int feed) {
    return (feed * 7_919L) % newItemEverySeconds;
  }

  /** Target size of feed {@code i}: spread over 20-200 KB. */
  static int feedBytes(int feed) {
    return 20_000 + (int) ((feed * 104_729L) % 180_001);
  }

  byte[] feed(int feed, long newest) {
    int perItem = Math.max(200, feedBytes(feed) / ITEMS - 300);
    boolean atom = feed % 2 == 1;
    StringBuilder xml = new StringBuilder(feedBytes(feed) + 4_096);
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    if (atom) {
      xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><title>Synthetic Wire ").append(feed)
          .append("</title><id>urn:bench:").append(feed).append("</id><updated>")
          .append(published(feed, newest)).append("</updated><link href=\"").append(base()).append("/\"/>\n");
    } else {
      xml.append("<rss version=\"2.0\"><channel><title>Synthetic Courier ").append(feed)
          .append("</title><link>").append(base()).append("/</link><description>Bench feed</description>")
          .append("<language>en</language>\n");
    }
    for (long n = newest; n > newest - ITEMS; n--) {
      SplittableRandom random = new SplittableRandom(feed * 1_000_003L + n);
      String title = words(random, 8 + random.nextInt(6));
      String link = base() + "/a/" + feed + "/" + n + ".html";
      String body = "&lt;p&gt;" + words(random, perItem / 7) + "&lt;/p&gt;";
      if (atom) {
        xml.append("<entry><title>").append(title).append("</title><id>urn:bench:").append(feed).append(':')
            .append(n).append("</id><link href=\"").append(link).append("\"/><updated>")
            .append(published(feed, n)).append("</updated><summary type=\"html\">").append(body)
            .append("</summary><author><name>Staff</name></author></entry>\n");
      } else {
        xml.append("<item><title>").append(title).append("</title><link>").append(link)
            .append("</link><guid isPermaLink=\"false\">bench-").append(feed).append('-').append(n)
            .append("</guid><pubDate>").append(RFC_1123.format(published(feed, n))).append("</pubDate><description>")
            .append(body).append("</description></item>\n");
      }
    }
    xml.append(atom ? "</feed>\n" : "</channel></rss>\n");
    return xml.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] page(int feed, long item) {
    SplittableRandom random = new SplittableRandom(feed * 1_000_003L + item);
    String title = words(random, 8 + random.nextInt(6));
    StringBuilder html = new StringBuilder(pageBytes + 2_048);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
        .append(" | Synthetic Courier</title><meta name=\"author\" content=\"Staff Reporter\">")
        .append("<meta property=\"article:published_time\" content=\"").append(published(feed, item))
        .append("\"><style>body{font-family:serif}</style><script>var tracking = {id: 1};</script></head><body>")
        .append("<header><nav><ul>");
    for (String section : new String[] {"World", "Europe", "Belarus", "Business", "Sport", "Culture", "Opinion"}) {
      html.append("<li><a href=\"/").append(section.toLowerCase()).append("\">").append(section).append("</a></li>");
    }
    html.append("</ul></nav></header><main><article><h1>").append(title).append("</h1><p class=\"byline\">By Staff")
        .append(" Reporter</p>");
    int articleBytes = pageBytes * 2 / 3;
    while (html.length() < articleBytes) {
      html.append("<p>").append(words(random, 40 + random.nextInt(60))).append(".</p>\n");
    }
    html.append("</article><aside><h2>Related</h2><ul>");
    for (int r = 1; r <= 8; r++) {
      html.append("<li><a href=\"/a/").append(feed).append('/').append(item - r).append(".html\">")
          .append(words(random, 7)).append("</a></li>");
    }
    html.append("</ul></aside></main><footer>");
    while (html.length() < pageBytes) {
      html.append("<a href=\"/about\">").append(words(random, 3)).append("</a> ");
    }
    html.append("</footer></body></html>");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String words(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder(count * 8);
    for (int w = 0; w < count; w++) {
      if (w > 0) {
        text.append(' ');
      }
      text.append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Matcher feed = FEED.matcher(path);
      Matcher page = PAGE.matcher(path);
      if (feed.matches()) {
        feedRequests.incrementAndGet();
        int i = Integer.parseInt(feed.group(1));
        long newest = newestItem(i, clock.instant().getEpochSecond());
        String etag = "\"" + i + "-" + newest + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
          notModified.incrementAndGet();
          exchange.sendResponseHeaders(304, -1);
          return;
        }
        send(exchange, i % 2 == 1 ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8",
            feed(i, newest));
      } else if (page.matches()) {
        pageRequests.incrementAndGet();
        send(exchange, "text/html; charset=utf-8",
            page(Integer.parseInt(page.group(1)), Long.parseLong(page.group(2))));
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
    }
  }

  private void send(HttpExchange exchange, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
    bytesServed.addAndGet(body.length);
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
