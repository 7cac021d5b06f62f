package dev.newswatch.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import dev.newswatch.model.http.HttpReplies;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lets the page call the same API curl users call. On every request of the HTTP server: adds
 * {@code X-Content-Type-Options: nosniff}; and for a request under {@code /api/v1/} without an
 * {@code Authorization} header but with a live session cookie, hands the API handler the session's own
 * token as {@code Authorization: Bearer …}, so authentication, owner isolation, rate limits and every answer
 * are the API's. An unsafe method (anything but GET, HEAD, OPTIONS) must then also carry the session's CSRF
 * token in {@code X-CSRF-Token}, or is refused with 403 before reaching the API. The token never leaves the
 * server: the browser holds only the session cookie.
 */
public final class SessionBridge extends Filter {

  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final WebSessions sessions;

  public SessionBridge(WebSessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    String path = exchange.getRequestURI().getPath();
    if (!path.startsWith("/api/v1/") || exchange.getRequestHeaders().containsKey("Authorization")) {
      chain.doFilter(exchange);
      return;
    }
    Optional<WebSessions.Session> session = sessions.find(Cookies.get(exchange, Cookies.SESSION));
    if (session.isEmpty()) {
      chain.doFilter(exchange);
      return;
    }
    if (!SAFE.contains(exchange.getRequestMethod())
        && !WebSessions.csrfMatches(session.get(), exchange.getRequestHeaders().getFirst(CSRF_HEADER))) {
      try (exchange) {
        exchange.getRequestBody().close();
        HttpReplies.json(exchange, 403, Map.of("error", "missing or wrong CSRF token (" + CSRF_HEADER + ")"));
      }
      return;
    }
    chain.doFilter(new Authorized(exchange, "Bearer " + session.get().token()));
  }

  @Override
  public String description() {
    return "web session to API bearer token";
  }

  /** The request as the API sees it: the same exchange with an Authorization header. */
  private static final class Authorized extends HttpExchange {
    private final HttpExchange inner;
    private final Headers headers;

    Authorized(HttpExchange inner, String authorization) {
      this.inner = inner;
      Headers copy = new Headers();
      inner.getRequestHeaders().forEach((k, v) -> {
        if (!k.equalsIgnoreCase("Cookie")) {
          copy.put(k, v);
        }
      });
      copy.set("Authorization", authorization);
      this.headers = Headers.of(copy);
    }

    @Override
    public Headers getRequestHeaders() {
      return headers;
    }

    @Override
    public Headers getResponseHeaders() {
      return inner.getResponseHeaders();
    }

    @Override
    public URI getRequestURI() {
      return inner.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
      return inner.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
      return inner.getHttpContext();
    }

    @Override
    public void close() {
      inner.close();
    }

    @Override
    public InputStream getRequestBody() {
      return inner.getRequestBody();
    }

    @Override
    public OutputStream getResponseBody() {
      return inner.getResponseBody();
    }

    @Override
    public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
      inner.sendResponseHeaders(rCode, responseLength);
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
      return inner.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
      return inner.getResponseCode();
    }

    @Override
    public InetSocketAddress getLocalAddress() {
      return inner.getLocalAddress();
    }

    @Override
    public String getProtocol() {
      return inner.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
      return inner.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
      inner.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
      inner.setStreams(i, o);
    }

    @Override
    public HttpPrincipal getPrincipal() {
      return inner.getPrincipal();
    }
  }
}
