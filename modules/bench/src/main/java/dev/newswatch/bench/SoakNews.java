package dev.newswatch.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's news: a feed server on 127.0.0.1 whose feeds gain articles at a set rate while the soak runs.
 * Events are prisoner releases, sanctions moves and unrelated news (hard negatives), each with invented
 * names and a figure; an event is first reported by one outlet, then carried by others as wire copies
 * (other URL, nearly the same text), sometimes listed under the same URL in a second feed, and updated
 * ("the number rose to ..."), which revises its story. Feed {@code k} is {@code /feeds/<k>.xml}, RSS 2.0
 * with its newest {@link #FEED_ITEMS} items; article {@code n} is {@code /a/<n>.html}. A feed can be told
 * to fail for a while (500, a cut-off document, or an answer slower than the poller waits); the items it
 * gains meanwhile stay in it, so a feed that recovers loses nothing.
 *
 * <p>Every article added is remembered with the time it appeared, for the soak's tally.
 */
final class SoakNews implements AutoCloseable {

  static final int FEED_ITEMS = 150;
  private static final Pattern FEED = Pattern.compile("/feeds/(\\d+)\\.xml");
  private static final Pattern PAGE = Pattern.compile("/a/(\\d+)\\.html");
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /** Well-known prisoners from the bundled gazetteer, named in some events so that watchlists match. */
  static final List<String> KNOWN_PRISONERS = List.of("Ales Bialiatski", "Maria Kalesnikava", "Viktar Babaryka",
      "Maksim Znak", "Uladzimir Labkovich", "Valiantsin Stefanovich", "Ihar Losik", "Mikalai Statkevich",
      "Andrzej Poczobut", "Ryhor Kastusiou");
  /** Invented people named in events; subscriptions' queries name some of them. */
  static final List<String> PEOPLE;
  static final List<String> COMPANIES = List.of("Belaruskali", "Belavia", "Grodno Azot", "Naftan", "BelAZ",
      "MAZ", "Belshina", "Mozyr refinery");

  static {
    String[] first = {"Aliaksei", "Hanna", "Pavel", "Iryna", "Dzmitry", "Volha", "Siarhei", "Natallia", "Andrei",
        "Tatsiana", "Yauhen", "Kseniya", "Mikhail", "Darya", "Raman", "Alena"};
    String[] last = {"Varonka", "Lapitskaya", "Hrynevich", "Sakalova", "Kuzmich", "Barysevich", "Mazheika",
        "Tsimashenka", "Shablinskaya", "Dubrouski", "Ramanchuk", "Navitskaya", "Yermakovich", "Paulouskaya",
        "Kazlou", "Rudzinskaya"};
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      people.add(first[i % first.length] + " " + last[(i * 5 + i / first.length) % last.length]);
    }
    PEOPLE = List.copyOf(people);
  }

  private static final String[] OUTLETS = {"minsk-herald", "baltic-wire", "vilnius-daily", "warsaw-courier",
      "europe-desk", "eastern-post", "riga-times", "kyiv-monitor", "brussels-briefing", "capitol-report",
      "rights-watch-news", "potash-markets"};

  /** One article offered: where, when it appeared, and which event it reports. */
  record Offered(int number, String url, int feed, Instant at, int event, String kind) {}

  /**
   * How often an article's feeds served it in a whole document (not cut off, not an error): when an article
   * is lost, this says whether the pollers had a chance to see it.
   *
   * @param feeds     the feeds listing it (the first, and a second one when it was listed twice)
   * @param documents whole documents served that listed it
   * @param first     when the first of them was served, or null
   * @param last      when the last of them was served, or null
   */
  record Served(List<Integer> feeds, int documents, Instant first, Instant last) {}

  private record Event(int id, String type, List<String> people, String company, int count, int day) {}

  private record Item(int number, String url, String title, String lead, String body, Instant at) {}

  private enum Fault { NONE, ERROR_500, TRUNCATED, SLOW }

  private final SplittableRandom random;
  private final int feeds;
  private final HttpServer server;
  private final ExecutorService pool;
  private final List<List<Item>> feedItems = new ArrayList<>();
  private final Map<Integer, Item> pages = new ConcurrentHashMap<>();
  private final List<Offered> offered = new ArrayList<>();
  private final List<Event> recent = new ArrayList<>();
  private final Map<Integer, Fault> faults = new ConcurrentHashMap<>();
  private final Map<Integer, List<Integer>> feedsOf = new ConcurrentHashMap<>();
  private final Map<Integer, Served> served = new ConcurrentHashMap<>();
  private final long slowMillis;
  private int counter;
  private int events;
  final AtomicLong feedRequests = new AtomicLong();
  final AtomicLong faultyAnswers = new AtomicLong();

  SoakNews(long seed, int feeds, long slowMillis) throws IOException {
    this.random = new SplittableRandom(seed);
    this.feeds = feeds;
    this.slowMillis = slowMillis;
    for (int i = 0; i < feeds; i++) {
      feedItems.add(new ArrayList<>());
    }
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    pool = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "soak-feeds");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  String feedUrl(int k) {
    return "http://127.0.0.1:" + port() + "/feeds/" + k + ".xml";
  }

  String feedName(int k) {
    return OUTLETS[k % OUTLETS.length] + " " + (k / OUTLETS.length + 1);
  }

  int feeds() {
    return feeds;
  }

  /** Makes feed {@code k} fail (a random kind of failure) until {@link #heal}. */
  void breakFeed(int k) {
    Fault[] kinds = {Fault.ERROR_500, Fault.TRUNCATED, Fault.SLOW};
    faults.put(k, kinds[random.nextInt(kinds.length)]);
  }

  void heal(int k) {
    faults.remove(k);
  }

  /** How article {@code number} was served so far. */
  Served served(int number) {
    Served s = served.get(number);
    return s != null ? s : new Served(feedsOf.getOrDefault(number, List.of()), 0, null, null);
  }

  synchronized List<Offered> offered() {
    return List.copyOf(offered);
  }

  /** Adds the next article to one feed (sometimes also to a second feed under the same URL). */
  synchronized Offered publish(Instant at) {
    int roll = recent.size() < 4 ? 0 : random.nextInt(100);
    Event event;
    String kind;
    if (roll < 40) {
      event = newEvent();
      kind = "report";
    } else if (roll < 70) {
      event = recent.get(recent.size() - 1 - random.nextInt(Math.min(12, recent.size())));
      kind = "wire-copy";
    } else if (roll < 85) {
      Event old = recent.get(recent.size() - 1 - random.nextInt(Math.min(12, recent.size())));
      List<String> more = new ArrayList<>(old.people());
      if (more.size() < 5) {
        more.add(PEOPLE.get(random.nextInt(PEOPLE.size())));
      }
      event = new Event(old.id(), old.type(), List.copyOf(more), old.company(), old.count() + 2 + random.nextInt(9),
          old.day());
      recent.set(recent.lastIndexOf(old), event);
      kind = "update";
    } else {
      event = recent.get(recent.size() - 1 - random.nextInt(Math.min(12, recent.size())));
      kind = "rewrite";
    }
    int n = counter++;
    int feed = random.nextInt(feeds);
    String url = "http://127.0.0.1:" + port() + "/a/" + n + ".html";
    Item item = write(n, url, event, kind, at, OUTLETS[feed % OUTLETS.length]);
    pages.put(n, item);
    add(feed, item);
    Offered o = new Offered(n, url, feed, at, event.id(), event.type() + "/" + kind);
    offered.add(o);
    feedsOf.put(n, List.of(feed));
    if (random.nextInt(10) == 0) {
      // The same URL in a second feed (a section feed and the front page): one article, not two.
      int second = (feed + 1 + random.nextInt(feeds - 1)) % feeds;
      add(second, item);
      feedsOf.put(n, List.of(feed, second));
    }
    return o;
  }

  private void add(int feed, Item item) {
    List<Item> items = feedItems.get(feed);
    synchronized (items) {
      items.add(item);
      if (items.size() > FEED_ITEMS) {
        items.removeFirst();
      }
    }
  }

  private Event newEvent() {
    int id = events++;
    int type = random.nextInt(10);
    List<String> people = new ArrayList<>();
    people.add(PEOPLE.get(random.nextInt(PEOPLE.size())));
    people.add(PEOPLE.get(random.nextInt(PEOPLE.size())));
    if (random.nextInt(3) == 0) {
      people.add(KNOWN_PRISONERS.get(random.nextInt(KNOWN_PRISONERS.size())));
    }
    String company = COMPANIES.get(random.nextInt(COMPANIES.size()));
    String t = type < 5 ? "release" : type < 8 ? "sanctions" : "other";
    Event e = new Event(id, t, List.copyOf(people), company, 5 + random.nextInt(60), 1 + random.nextInt(27));
    recent.add(e);
    if (recent.size() > 40) {
      recent.removeFirst();
    }
    return e;
  }

  private Item write(int n, String url, Event e, String kind, Instant at, String outlet) {
    String a = e.people().get(0);
    String b = e.people().get(1);
    String all = String.join(", ", e.people());
    String title;
    String lead;
    List<String> paragraphs = new ArrayList<>();
    switch (e.type()) {
      case "release" -> {
        title = switch (kind) {
          case "update" -> "Number freed in Belarus pardon rises to " + e.count() + ", " + b + " among them";
          case "wire-copy" -> "Belarus frees " + e.count() + " political prisoners including " + a;
          case "rewrite" -> a + " and " + b + " released as Lukashenko pardons " + e.count() + " prisoners";
          default -> "Lukashenko pardons " + e.count() + " political prisoners, " + a + " and " + b + " freed";
        };
        lead = "Belarusian leader Alexander Lukashenko pardoned " + e.count() + " people convicted over the 2020 "
            + "protests, among them " + all + ", the human rights centre Viasna said on " + dayName(e.day()) + ".";
        paragraphs.add("The released prisoners were taken to the Lithuanian border and handed over to the US "
            + "delegation, according to Sviatlana Tsikhanouskaya's office. Relatives of " + a + " said they had not "
            + "been told about the release in advance.");
        paragraphs.add(b + " had served more than three years of a sentence for taking part in protests. Viasna "
            + "still counts more than 1,100 political prisoners in Belarus.");
        paragraphs.add("US envoy John Coale said Washington would keep talking to Minsk about further releases. "
            + "The pardon followed talks in Minsk earlier this month.");
      }
      case "sanctions" -> {
        title = switch (kind) {
          case "update" -> "US widens sanctions relief for " + e.company() + " after " + e.count() + " prisoners freed";
          case "wire-copy" -> "Washington eases sanctions on Belarusian " + e.company();
          case "rewrite" -> e.company() + " sanctions lifted by US Treasury in deal with Minsk";
          default -> "US eases sanctions on Belarus's " + e.company() + " after prisoner release";
        };
        lead = "The US Treasury eased sanctions on the Belarusian company " + e.company() + " on "
            + dayName(e.day()) + ", days after Minsk freed " + e.count() + " prisoners including " + a + ".";
        paragraphs.add("The Office of Foreign Assets Control issued a general licence allowing transactions with "
            + e.company() + ". Analysts said the move could reopen exports through Lithuanian ports.");
        paragraphs.add("The European Union kept its own sanctions on " + e.company() + " in place. Opposition leader "
            + "Sviatlana Tsikhanouskaya urged Washington to tie further relief to the release of " + b + ".");
      }
      default -> {
        title = switch (kind) {
          case "update" -> "Minsk marathon draws record " + e.count() + " hundred runners";
          case "wire-copy" -> "Record field for Minsk city marathon";
          default -> "Minsk marathon route changes announced for " + dayName(e.day());
        };
        lead = "Organisers of the Minsk city marathon said " + e.count() + " hundred runners had registered, "
            + "including " + a + ", a former national champion.";
        paragraphs.add("The route will pass the National Library and finish at Dinamo stadium. Traffic will be "
            + "closed on Independence Avenue from early morning.");
        paragraphs.add(b + ", one of the organisers, said the weather forecast was good and water points had been "
            + "added every three kilometres.");
      }
    }
    if (kind.equals("wire-copy")) {
      lead = lead.replace(" said on ", " reported on ");
    }
    StringBuilder body = new StringBuilder(lead);
    for (String p : paragraphs) {
      body.append("\n\n").append(p);
    }
    body.append("\n\n(").append(outlet).append(")");
    return new Item(n, url, title, lead, body.toString(), at);
  }

  private static String dayName(int day) {
    return new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}[day % 7];
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Matcher feed = FEED.matcher(path);
      Matcher page = PAGE.matcher(path);
      if (feed.matches() && Integer.parseInt(feed.group(1)) < feeds) {
        feedRequests.incrementAndGet();
        int k = Integer.parseInt(feed.group(1));
        Fault fault = faults.getOrDefault(k, Fault.NONE);
        if (fault != Fault.NONE) {
          faultyAnswers.incrementAndGet();
        }
        switch (fault) {
          case ERROR_500 -> {
            exchange.sendResponseHeaders(500, -1);
            return;
          }
          case SLOW -> sleep(slowMillis);
          default -> { }
        }
        byte[] xml = rss(k, fault == Fault.NONE).getBytes(StandardCharsets.UTF_8);
        if (fault == Fault.TRUNCATED) {
          xml = java.util.Arrays.copyOf(xml, xml.length / 2);
        }
        send(exchange, "application/rss+xml; charset=utf-8", xml);
      } else if (page.matches() && pages.containsKey(Integer.parseInt(page.group(1)))) {
        send(exchange, "text/html; charset=utf-8", html(pages.get(Integer.parseInt(page.group(1))))
            .getBytes(StandardCharsets.UTF_8));
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private String rss(int k, boolean whole) {
    List<Item> items;
    List<Item> source = feedItems.get(k);
    synchronized (source) {
      items = List.copyOf(source);
    }
    StringBuilder x = new StringBuilder(512 + items.size() * 400);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>")
        .append(esc(feedName(k))).append("</title><link>http://127.0.0.1:").append(port())
        .append("/</link><description>News</description><language>en</language>");
    Instant now = Instant.now();
    for (int i = items.size() - 1; i >= 0; i--) {
      Item it = items.get(i);
      if (whole) {
        served.compute(it.number(), (n, s) -> s == null
            ? new Served(feedsOf.getOrDefault(n, List.of(k)), 1, now, now)
            : new Served(s.feeds(), s.documents() + 1, s.first(), now));
      }
      x.append("<item><title>").append(esc(it.title())).append("</title><link>").append(it.url())
          .append("</link><guid isPermaLink=\"true\">").append(it.url()).append("</guid><pubDate>")
          .append(RFC_1123.format(it.at())).append("</pubDate><description>").append(esc(it.lead()))
          .append("</description></item>");
    }
    return x.append("</channel></rss>\n").toString();
  }

  private static String html(Item it) {
    StringBuilder h = new StringBuilder(4096);
    h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(it.title()))
        .append("</title><meta property=\"article:published_time\" content=\"").append(it.at())
        .append("\"><link rel=\"canonical\" href=\"").append(it.url()).append("\"></head><body>")
        .append("<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/europe\">Europe</a></nav>")
        .append("<article><h1>").append(esc(it.title())).append("</h1>");
    for (String p : it.body().split("\n\n")) {
      h.append("<p>").append(esc(p)).append("</p>");
    }
    return h.append("</article><footer>Newsletter - Contact - Privacy</footer></body></html>").toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
