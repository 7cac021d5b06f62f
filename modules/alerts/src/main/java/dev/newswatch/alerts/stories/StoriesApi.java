package dev.newswatch.alerts.stories;

import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.alerts.delivery.EventStream;
import dev.newswatch.alerts.delivery.StreamSlots;
import dev.newswatch.alerts.subscriptions.ApiLimiter;
import dev.newswatch.alerts.subscriptions.OwnerAuth;
import dev.newswatch.alerts.subscriptions.RecentStories;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Story;
import dev.newswatch.model.http.HttpReplies;
import dev.newswatch.model.http.RateLimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story board over HTTP, for any owner's token (stories are not owned; every watcher sees the same):
 * <ul>
 *   <li>{@code GET /api/v1/stories?tag=&country=&lang=&since=&q=&limit=} — the recent stories the filter
 *       accepts, newest update first, each a {@link StoryView};</li>
 *   <li>{@code GET /api/v1/stories/stream} — Server-Sent Events, {@code event: story} with a {@link StoryView}
 *       each time a story is written (new or revised); {@code Last-Event-ID} resumes after a reconnect.</li>
 * </ul>
 * 401 without a known token, 400 for a bad filter, 429 over the rate limits ({@link ApiLimiter}), 503 while
 * the alerts service of this process is not running. Open streams are bounded per owner and in total.
 */
public final class StoriesApi {

  private static final Logger LOG = LoggerFactory.getLogger(StoriesApi.class);
  static final int DEFAULT_LIMIT = 100;

  private final OwnerAuth auth;
  private final ApiLimiter limiter;
  private final Supplier<RecentStories> stories;
  private final StoryBoard board;
  private final Duration keepAlive;
  private final Duration maxStreamTime;
  private final StreamSlots slots;

  public StoriesApi(OwnerAuth auth, ApiLimiter limiter, Supplier<RecentStories> stories) {
    this(auth, limiter, stories, NameVariants.bundled());
  }

  /** @param names the other spellings of the people named, from the gazetteer the tagger uses */
  public StoriesApi(OwnerAuth auth, ApiLimiter limiter, Supplier<RecentStories> stories, NameVariants names) {
    this(auth, limiter, stories, names, Duration.ofSeconds(15), Duration.ofMinutes(10), 4, 200);
  }

  public StoriesApi(OwnerAuth auth, ApiLimiter limiter, Supplier<RecentStories> stories, Duration keepAlive,
      Duration maxStreamTime, int perOwner, int maxStreams) {
    this(auth, limiter, stories, NameVariants.bundled(), keepAlive, maxStreamTime, perOwner, maxStreams);
  }

  public StoriesApi(OwnerAuth auth, ApiLimiter limiter, Supplier<RecentStories> stories, NameVariants names,
      Duration keepAlive, Duration maxStreamTime, int perOwner, int maxStreams) {
    this.auth = auth;
    this.limiter = limiter;
    this.stories = stories;
    this.board = new StoryBoard(stories, names);
    this.keepAlive = keepAlive;
    this.maxStreamTime = maxStreamTime;
    this.slots = new StreamSlots(perOwner, maxStreams);
  }

  /** The board both this API and the page read. */
  public StoryBoard board() {
    return board;
  }

  /** The filter of a request's query string: tag, country, lang, since (ISO instant or age like 6h), q, limit. */
  public static StoryBoard.Filter filter(HttpExchange exchange, Instant now) {
    String limit = HttpReplies.query(exchange, "limit");
    String since = HttpReplies.query(exchange, "since");
    int n;
    try {
      n = limit == null ? DEFAULT_LIMIT : Integer.parseInt(limit);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("limit must be a number 1-" + StoryBoard.MAX_LIMIT);
    }
    return new StoryBoard.Filter(HttpReplies.query(exchange, "tag"), HttpReplies.query(exchange, "country"),
        HttpReplies.query(exchange, "lang"), since == null || since.isBlank() ? null : parseSince(since, now),
        HttpReplies.query(exchange, "q"), n);
  }

  /** An ISO-8601 instant, or an age: a number and m, h or d ("6h" is six hours ago). */
  public static Instant parseSince(String text, Instant now) {
    String t = text.strip();
    try {
      if (t.matches("\\d{1,5}[mhd]")) {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return now.minus(switch (t.charAt(t.length() - 1)) {
          case 'm' -> Duration.ofMinutes(n);
          case 'h' -> Duration.ofHours(n);
          default -> Duration.ofDays(n);
        });
      }
      return Instant.parse(t);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("since must be an ISO-8601 instant or an age such as 30m, 6h or 2d");
    }
  }

  /** Answers one request and closes the exchange; {@code rest} is the path after {@code /api/v1/stories}. */
  public void handle(HttpExchange exchange, String rest) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET");
        HttpReplies.json(exchange, 405, Map.of("error", "only GET"));
        return;
      }
      RateLimiter.Decision address = limiter.checkAddress(exchange);
      if (!address.allowed()) {
        ApiLimiter.tooMany(exchange, address);
        return;
      }
      Optional<OwnerAuth.Caller> caller = auth.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
      if (caller.isEmpty()) {
        limiter.failedAuthentication(exchange);
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newswatch\"");
        HttpReplies.json(exchange, 401, Map.of("error", "missing or wrong bearer token"));
        return;
      }
      RateLimiter.Decision rate = limiter.acquireOwner(caller.get().owner());
      if (!rate.allowed()) {
        ApiLimiter.tooMany(exchange, rate);
        return;
      }
      RecentStories recent = stories.get();
      if (recent == null) {
        HttpReplies.json(exchange, 503, Map.of("error", "stories are not available here yet; try again shortly"));
        return;
      }
      switch (rest) {
        case "", "/" -> list(exchange);
        case "/stream" -> stream(exchange, caller.get().owner(), recent);
        default -> HttpReplies.json(exchange, 404, Map.of("error", "no such resource; see docs/api.md"));
      }
    }
  }

  private void list(HttpExchange exchange) throws IOException {
    Instant now = Instant.now();
    StoryBoard.Filter filter;
    try {
      filter = filter(exchange, now);
    } catch (IllegalArgumentException e) {
      HttpReplies.json(exchange, 400, Map.of("error", e.getMessage()));
      return;
    }
    StoryBoard.Page page = board.query(filter, now);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("storiesKept", page.kept());
    answer.put("matched", page.matched());
    answer.put("stories", page.stories());
    HttpReplies.json(exchange, 200, answer);
  }

  private void stream(HttpExchange exchange, String owner, RecentStories recent) throws IOException {
    slots.serve(exchange, owner, () -> storyEvents(exchange, owner, recent));
  }

  private void storyEvents(HttpExchange exchange, String owner, RecentStories recent) throws IOException {
    try {
      long after = recent.sequence();
      String last = exchange.getRequestHeaders().getFirst("Last-Event-ID");
      if (last != null && last.matches("\\d{1,18}")) {
        after = Math.min(after, Long.parseLong(last));
      }
      OutputStream out = EventStream.open(exchange);
      long end = System.nanoTime() + maxStreamTime.toNanos();
      while (System.nanoTime() < end) {
        RecentStories.Changes changes = recent.changesAfter(after, keepAlive);
        if (changes.stories().isEmpty()) {
          after = changes.sequence();
          EventStream.write(out, ": keep-alive\n\n");
          continue;
        }
        StringBuilder text = new StringBuilder();
        Instant now = Instant.now();
        for (Story s : changes.stories()) {
          text.append("event: story\nid: ").append(changes.sequence()).append("\ndata: ")
              .append(new String(JsonCodec.toBytes(board.view(recent, s, now)), StandardCharsets.UTF_8))
              .append("\n\n");
        }
        after = changes.sequence();
        EventStream.write(out, text.toString());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.debug("story stream of {} closed by the client: {}", owner, e.toString());
    }
  }
}
