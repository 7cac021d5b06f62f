package dev.newswatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newswatch.alerts.subscriptions.OwnerAuth;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bridge in front of a handler that echoes what the API would see. */
class SessionBridgeTest {

  private final WebSessions sessions = new WebSessions(WebSettings.defaults(), Clock.systemUTC());
  private final HttpClient client = HttpClient.newHttpClient();
  private HttpServer server;
  private String base;
  private String cookie;
  private String csrf;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
    var context = server.createContext("/", exchange -> {
      try (exchange) {
        String seen = "auth=" + exchange.getRequestHeaders().getFirst("Authorization")
            + " cookie=" + exchange.getRequestHeaders().getFirst("Cookie");
        byte[] body = seen.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    context.getFilters().add(new SessionBridge(sessions));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
    String id = sessions.create("alice-token-0123456789", new OwnerAuth.Caller("alice", false));
    cookie = Cookies.SESSION + "=" + id;
    csrf = sessions.find(id).orElseThrow().csrf();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .method(method, HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}"));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void givesTheApiTheSessionsTokenForSafeMethods() throws Exception {
    HttpResponse<String> r = send("GET", "/api/v1/subscriptions", "Cookie", cookie);
    assertThat(r.body()).isEqualTo("auth=Bearer alice-token-0123456789 cookie=null");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void refusesUnsafeMethodsWithoutTheCsrfToken() throws Exception {
    assertThat(send("POST", "/api/v1/subscriptions", "Cookie", cookie).statusCode()).isEqualTo(403);
    assertThat(send("DELETE", "/api/v1/subscriptions/x", "Cookie", cookie, "X-CSRF-Token", "wrong").statusCode())
        .isEqualTo(403);
    HttpResponse<String> ok = send("POST", "/api/v1/subscriptions", "Cookie", cookie, "X-CSRF-Token", csrf);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).startsWith("auth=Bearer alice-token-0123456789");
  }

  @Test
  void leavesRequestsWithATokenWithoutSessionOrOutsideTheApiAlone() throws Exception {
    assertThat(send("POST", "/api/v1/subscriptions", "Cookie", cookie, "Authorization", "Bearer other-token-000000000")
        .body()).startsWith("auth=Bearer other-token-000000000");
    assertThat(send("GET", "/api/v1/subscriptions", "Cookie", Cookies.SESSION + "=unknown").body())
        .startsWith("auth=null");
    assertThat(send("GET", "/subscriptions", "Cookie", cookie).body()).startsWith("auth=null");
  }
}
