package dev.newswatch.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newswatch.alerts.stories.StoriesApi;
import dev.newswatch.alerts.stories.StoryBoard;
import dev.newswatch.alerts.subscriptions.ApiLimiter;
import dev.newswatch.alerts.subscriptions.OwnerAuth;
import dev.newswatch.alerts.subscriptions.SubscriptionRegistry;
import dev.newswatch.alerts.subscriptions.SubscriptionsApi;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tags;
import dev.newswatch.model.http.RateLimiter;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watchers' web page at {@code /}: sign-in with an owner's API token (exchanged for a session cookie),
 * the story board, the subscriptions with their editor and alert history, and (for the admin) the feeds.
 * Pages are rendered on the server from the same services the API answers from ({@link StoryBoard},
 * {@link SubscriptionsApi#visible}, {@link SubscriptionsApi#find}, {@link SubscriptionsApi#history}); every
 * change is made by the page's script calling the API itself through {@link SessionBridge}. Every answer
 * carries a strict Content-Security-Policy (no inline script or style), {@code frame-ancestors 'none'},
 * nosniff and no-store; templates escape every value for its context.
 */
public final class WebUi implements HttpHandler {

  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
  private static final Logger LOG = LoggerFactory.getLogger(WebUi.class);
  private static final int MAX_FORM_BYTES = 8 * 1024;
  private static final Duration SIGNIN_COOKIE_AGE = Duration.ofMinutes(30);
  private static final Map<String, String> STATIC = Map.of(
      "app.css", "text/css; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "board.js", "text/javascript; charset=utf-8",
      "history.js", "text/javascript; charset=utf-8",
      "editor.js", "text/javascript; charset=utf-8");

  private final WebSettings settings;
  private final WebSessions sessions;
  private final OwnerAuth auth;
  private final ApiLimiter limiter;
  private final SubscriptionsApi subscriptions;
  private final Supplier<SubscriptionRegistry.Backend> backend;
  private final StoryBoard board;
  private final Supplier<List<FeedRow>> feeds;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
  private final Map<String, byte[]> staticFiles = new HashMap<>();

  /**
   * @param feeds the feeds with their status (null while the registry is loading)
   */
  public WebUi(WebSettings settings, WebSessions sessions, OwnerAuth auth, ApiLimiter limiter,
      SubscriptionsApi subscriptions, Supplier<SubscriptionRegistry.Backend> backend, StoriesApi stories,
      Supplier<List<FeedRow>> feeds) {
    this.settings = settings;
    this.sessions = sessions;
    this.auth = auth;
    this.limiter = limiter;
    this.subscriptions = subscriptions;
    this.backend = backend;
    this.board = stories.board();
    this.feeds = feeds;
    for (String name : STATIC.keySet()) {
      try (InputStream in = WebUi.class.getResourceAsStream("/web/static/" + name)) {
        staticFiles.put(name, java.util.Objects.requireNonNull(in, name + " missing").readAllBytes());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      secureHeaders(exchange);
      if (path.startsWith("/static/")) {
        serveStatic(exchange, path.substring("/static/".length()));
        return;
      }
      if (path.equals("/signin")) {
        if (method.equals("POST")) {
          signIn(exchange);
        } else {
          signInPage(exchange, null, 200);
        }
        return;
      }
      Optional<WebSessions.Session> session = sessions.find(Cookies.get(exchange, Cookies.SESSION));
      if (session.isEmpty()) {
        if (method.equals("GET") && (path.equals("/") || isPage(path))) {
          redirect(exchange, "/signin");
        } else {
          text(exchange, path.equals("/signout") ? 403 : 404, "not found");
        }
        return;
      }
      WebSessions.Session s = session.get();
      if (path.equals("/signout")) {
        signOut(exchange, s);
        return;
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET");
        text(exchange, 405, "only GET");
        return;
      }
      RateLimiter.Decision rate = limiter.acquireOwner(s.caller().owner());
      if (!rate.allowed()) {
        exchange.getResponseHeaders().set("Retry-After", Long.toString(rate.retryAfterSeconds()));
        message(exchange, s, 429, "Too many requests", "Slow down: try again in " + rate.retryAfterSeconds() + " s.");
        return;
      }
      route(exchange, path, s);
    } catch (RuntimeException e) {
      LOG.warn("web page request failed: {}", e.toString());
      try {
        text(exchange, 500, "internal error");
      } catch (IOException | RuntimeException ignored) {
        // the answer had started
      }
    }
  }

  private static boolean isPage(String path) {
    return path.equals("/subscriptions") || path.startsWith("/subscriptions/") || path.equals("/feeds")
        || path.startsWith("/board/");
  }

  private void route(HttpExchange exchange, String path, WebSessions.Session s) throws IOException {
    if (path.equals("/")) {
      boardPage(exchange, s);
    } else if (path.startsWith("/board/card/")) {
      card(exchange, path.substring("/board/card/".length()));
    } else if (path.equals("/subscriptions")) {
      SubscriptionRegistry.Backend b = backend.get();
      List<Subscription> list = b == null || !b.store().ready() ? List.of() : subscriptions.visible(s.caller(), b);
      render(exchange, 200, "subscriptions.jte", new Pages.Subscriptions(nav(s, "subscriptions"), list,
          b == null || !b.store().ready()));
    } else if (path.equals("/subscriptions/new")) {
      render(exchange, 200, "editor.jte", new Pages.Editor(nav(s, "subscriptions"), null, rows(null),
          Subscription.Channel.TYPES));
    } else if (path.startsWith("/subscriptions/")) {
      String[] parts = path.substring("/subscriptions/".length()).split("/", -1);
      SubscriptionRegistry.Backend b = backend.get();
      Optional<Subscription> found = b == null ? Optional.empty() : subscriptions.find(s.caller(), b, parts[0]);
      if (found.isEmpty() || parts.length > 3) {
        message(exchange, s, 404, "Not found", "There is no such subscription.");
      } else if (parts.length == 2 && parts[1].equals("edit")) {
        render(exchange, 200, "editor.jte", new Pages.Editor(nav(s, "subscriptions"), found.get(),
            rows(found.get()), Subscription.Channel.TYPES));
      } else if (parts.length == 3 && parts[1].equals("alert")) {
        List<dev.newswatch.alerts.DeliveryJournal.Entry> entries = subscriptions.history(found.get().id());
        Optional<dev.newswatch.alerts.DeliveryJournal.Entry> entry = entries == null ? Optional.empty()
            : entries.stream().filter(e -> e.alert().alertId().equals(parts[2])).findFirst();
        if (entry.isEmpty()) {
          exchange.sendResponseHeaders(204, -1);
        } else {
          render(exchange, 200, "alert.jte", entry.get());
        }
      } else if (parts.length == 1) {
        render(exchange, 200, "history.jte", new Pages.History(nav(s, "subscriptions"), found.get(),
            subscriptions.history(found.get().id())));
      } else {
        message(exchange, s, 404, "Not found", "There is no such page.");
      }
    } else if (path.equals("/feeds") && s.caller().admin()) {
      render(exchange, 200, "feeds.jte", new Pages.Feeds(nav(s, "feeds"), feeds.get()));
    } else {
      message(exchange, s, 404, "Not found", "There is no such page.");
    }
  }

  private void boardPage(HttpExchange exchange, WebSessions.Session s) throws IOException {
    Instant now = Instant.now();
    StoryBoard.Filter filter;
    try {
      filter = StoriesApi.filter(exchange, now);
    } catch (IllegalArgumentException e) {
      message(exchange, s, 400, "Bad filter", e.getMessage());
      return;
    }
    String since = dev.newswatch.model.http.HttpReplies.query(exchange, "since");
    render(exchange, 200, "board.jte", new Pages.Board(nav(s, "board"), board.query(filter, now), filter,
        since == null ? "" : since, Tags.ALL, board.unavailable()));
  }

  private void card(HttpExchange exchange, String id) throws IOException {
    Instant now = Instant.now();
    StoryBoard.Filter filter;
    try {
      filter = StoriesApi.filter(exchange, now);
    } catch (IllegalArgumentException e) {
      text(exchange, 400, e.getMessage());
      return;
    }
    var story = board.one(id, filter, now);
    if (story.isEmpty()) {
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    render(exchange, 200, "card.jte", story.get());
  }

  private static List<Pages.ChannelRow> rows(Subscription s) {
    List<Pages.ChannelRow> rows = new ArrayList<>();
    if (s != null) {
      for (Subscription.Channel c : s.channels()) {
        rows.add(new Pages.ChannelRow(rows.size(), c.type(), c.url(), c.secret() != null, c.to()));
      }
    }
    int wanted = Math.min(Subscription.MAX_CHANNELS, Math.max(3, rows.size() + 1));
    while (rows.size() < wanted) {
      rows.add(new Pages.ChannelRow(rows.size(), "", null, false, null));
    }
    return rows;
  }

  private static Pages.Nav nav(WebSessions.Session s, String active) {
    return new Pages.Nav(s.caller().owner(), s.caller().admin(), s.csrf(), active);
  }

  private void signInPage(HttpExchange exchange, String error, int status) throws IOException {
    String csrf = WebSessions.random();
    Cookies.set(exchange, settings, Cookies.SIGNIN, csrf, "/signin", SIGNIN_COOKIE_AGE);
    render(exchange, status, "signin.jte", new Pages.SignIn(csrf, error));
  }

  private void signIn(HttpExchange exchange) throws IOException {
    Map<String, String> form = form(exchange);
    if (form == null) {
      text(exchange, 413, "form too large");
      return;
    }
    String expected = Cookies.get(exchange, Cookies.SIGNIN);
    String given = form.get("csrf");
    if (expected == null || given == null || !java.security.MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      signInPage(exchange, "The sign-in form expired or did not come from this page; please try again.", 403);
      return;
    }
    RateLimiter.Decision address = limiter.checkAddress(exchange);
    if (!address.allowed()) {
      exchange.getResponseHeaders().set("Retry-After", Long.toString(address.retryAfterSeconds()));
      signInPage(exchange, "Too many failed sign-ins from this address; try again in "
          + address.retryAfterSeconds() + " s.", 429);
      return;
    }
    String token = form.getOrDefault("token", "").strip();
    Optional<OwnerAuth.Caller> caller = token.isEmpty() ? Optional.empty() : auth.authenticate("Bearer " + token);
    if (caller.isEmpty()) {
      limiter.failedAuthentication(exchange);
      LOG.info("web sign-in refused from {}", dev.newswatch.model.http.ClientAddress.key(exchange));
      signInPage(exchange, "That token is not known.", 401);
      return;
    }
    String id = sessions.create(token, caller.get());
    LOG.info("web sign-in of {}", caller.get().owner());
    Cookies.set(exchange, settings, Cookies.SIGNIN, null, "/signin", Duration.ZERO);
    Cookies.set(exchange, settings, Cookies.SESSION, id, "/", settings.sessionMax());
    redirect(exchange, "/");
  }

  private void signOut(HttpExchange exchange, WebSessions.Session s) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      exchange.getResponseHeaders().set("Allow", "POST");
      text(exchange, 405, "only POST");
      return;
    }
    Map<String, String> form = form(exchange);
    if (form == null || !WebSessions.csrfMatches(s, form.get("csrf"))) {
      text(exchange, 403, "missing or wrong CSRF token");
      return;
    }
    sessions.end(Cookies.get(exchange, Cookies.SESSION));
    LOG.info("web sign-out of {}", s.caller().owner());
    Cookies.set(exchange, settings, Cookies.SESSION, null, "/", Duration.ZERO);
    redirect(exchange, "/signin");
  }

  /** The url-encoded form of the request, or null when it is over {@value #MAX_FORM_BYTES} bytes. */
  private static Map<String, String> form(HttpExchange exchange) throws IOException {
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readNBytes(MAX_FORM_BYTES + 1);
    }
    if (bytes.length > MAX_FORM_BYTES) {
      return null;
    }
    Map<String, String> values = new HashMap<>();
    for (String pair : new String(bytes, StandardCharsets.UTF_8).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        try {
          values.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          // a malformed pair is ignored
        }
      }
    }
    return values;
  }

  private void serveStatic(HttpExchange exchange, String name) throws IOException {
    byte[] body = staticFiles.get(name);
    if (body == null) {
      text(exchange, 404, "not found");
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", STATIC.get(name));
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, exchange.getRequestMethod().equals("HEAD") ? -1 : body.length);
    if (!exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseBody().write(body);
    }
  }

  private void message(HttpExchange exchange, WebSessions.Session s, int status, String title, String message)
      throws IOException {
    render(exchange, status, "message.jte", new Pages.Message(nav(s, ""), title, message));
  }

  private void render(HttpExchange exchange, int status, String template, Object model) throws IOException {
    StringOutput out = new StringOutput();
    templates.render(template, model, out);
    byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(status, exchange.getRequestMethod().equals("HEAD") ? -1 : body.length);
    if (!exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseBody().write(body);
    }
  }

  private static void secureHeaders(HttpExchange exchange) {
    var h = exchange.getResponseHeaders();
    h.set("Content-Security-Policy", CSP);
    h.set("X-Content-Type-Options", "nosniff");
    h.set("X-Frame-Options", "DENY");
    h.set("Referrer-Policy", "no-referrer");
    h.set("Cache-Control", "no-store");
  }

  private static void redirect(HttpExchange exchange, String to) throws IOException {
    exchange.getResponseHeaders().set("Location", to);
    exchange.sendResponseHeaders(303, -1);
  }

  private static void text(HttpExchange exchange, int status, String message) throws IOException {
    byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }
}
