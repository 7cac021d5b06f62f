package dev.newswatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.alerts.subscriptions.OwnerAuth;
import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SSE stream and the Atom feed served by a real HTTP server on 127.0.0.1. */
class FeedHandlersTest {

  private static final String SECRET = "feed-secret-0123456789";
  private static final Subscription.Channel SSE = new Subscription.Channel("sse", null, null);
  private static final Subscription.Channel ATOM = new Subscription.Channel("atom", null, null);
  private static final Subscription ANNAS = new Subscription("anna-releases", "anna", "Anna's <releases>", null,
      List.of(), 1, Subscription.MODE_INSTANT, null, List.of(SSE, ATOM), 0, false, List.of("pardon"), List.of());
  private static final Subscription BORIS = new Subscription("boris-releases", "boris", null, null, List.of(), 1,
      Subscription.MODE_INSTANT, null, List.of(SSE, ATOM), 0, false, List.of("pardon"), List.of());
  private static final OwnerAuth AUTH = header -> switch (String.valueOf(header)) {
    case "Bearer anna-token" -> Optional.of(new OwnerAuth.Caller("anna", false));
    case "Bearer boris-token" -> Optional.of(new OwnerAuth.Caller("boris", false));
    case "Bearer admin-token" -> Optional.of(new OwnerAuth.Caller("admin", true));
    default -> Optional.empty();
  };

  private final SubscriptionDirectory directory = SubscriptionDirectory.of(List.of(ANNAS, BORIS));
  private final SseChannel sse = new SseChannel(directory, 3);
  private final AtomChannel atom = new AtomChannel(2);
  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  FeedHandlersTest() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/api/v1/alerts/stream", new AlertStreamHandler(sse, AUTH, Duration.ofMillis(200),
        Duration.ofSeconds(3), 2, 10));
    server.createContext("/feeds/alerts/", new AtomFeedHandler("/feeds/alerts/", atom, directory, AUTH, SECRET));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    client.close();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static Alert alert(String subscription, String id, String title) {
    return new Alert(id, subscription, "art-" + id, title, "https://wire.example/" + id, "Wire", List.of("pardon"),
        List.of(), "tagged pardon", null, Instant.parse("2026-11-23T08:00:00Z"));
  }

  /** Reads SSE events (id → data) until {@code count} arrived or the stream ends. */
  private List<String[]> events(HttpResponse<Stream<String>> response, int count) {
    List<String[]> events = new ArrayList<>();
    String id = null;
    Iterator<String> lines = response.body().iterator();
    while (events.size() < count && lines.hasNext()) {
      String line = lines.next();
      if (line.startsWith("id: ")) {
        id = line.substring(4);
      } else if (line.startsWith("data: ")) {
        events.add(new String[] {id, line.substring(6)});
      }
    }
    response.body().close();
    return events;
  }

  private HttpResponse<Stream<String>> stream(String token, String lastEventId) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/api/v1/alerts/stream")))
        .header("Authorization", "Bearer " + token);
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofLines());
  }

  @Test
  void streamsAnOwnersNewAlertsWithTheAlertIdAsEventId() throws Exception {
    HttpResponse<Stream<String>> response = stream("anna-token", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));

    sse.deliver(alert("boris-releases", "b1", "not for anna"), SSE);
    sse.deliver(alert("anna-releases", "a1", "first"), SSE);
    sse.deliver(alert("anna-releases", "a2", "second"), SSE);

    List<String[]> events = events(response, 2);
    assertThat(events).extracting(e -> e[0]).containsExactly("a1", "a2");
    assertThat(events.get(0)[1]).contains("\"title\":\"first\"");
  }

  @Test
  void lastEventIdResumesAfterThatAlertFromTheBoundedBuffer() throws Exception {
    for (String id : List.of("a1", "a2", "a3", "a4")) {
      sse.deliver(alert("anna-releases", id, id), SSE);
    }

    // Buffer of 3: a2, a3, a4. Resuming after a2 gets a3 and a4; after an evicted id, the whole buffer.
    assertThat(events(stream("anna-token", "a2"), 2)).extracting(e -> e[0]).containsExactly("a3", "a4");
    assertThat(events(stream("anna-token", "a1"), 3)).extracting(e -> e[0]).containsExactly("a2", "a3", "a4");
  }

  @Test
  void streamsNeedAKnownTokenAndOnlyTheAdminMayReadAnotherOwner() throws Exception {
    assertThat(stream("nobody", null).statusCode()).isEqualTo(401);
    HttpRequest other = HttpRequest.newBuilder(URI.create(url("/api/v1/alerts/stream?owner=boris")))
        .header("Authorization", "Bearer anna-token").build();
    assertThat(client.send(other, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
  }

  @Test
  void openStreamsAreBoundedPerOwner() throws Exception {
    HttpResponse<Stream<String>> first = stream("anna-token", null);
    HttpResponse<Stream<String>> second = stream("anna-token", null);
    HttpResponse<Stream<String>> third = stream("anna-token", null);

    assertThat(List.of(first.statusCode(), second.statusCode(), third.statusCode())).containsExactly(200, 200, 503);
    first.body().close();
    second.body().close();
  }

  @Test
  void atomFeedListsRecentAlertsNewestFirstWithTokenOrBearer() throws Exception {
    atom.deliver(alert("anna-releases", "a1", "first <b>bold</b>"), ATOM);
    atom.deliver(alert("anna-releases", "a2", "second"), ATOM);
    atom.deliver(alert("anna-releases", "a2", "second"), ATOM); // a redelivery replaces, not duplicates
    atom.deliver(alert("anna-releases", "a3", "third"), ATOM);

    String token = AtomChannel.feedToken(SECRET, "anna-releases");
    HttpResponse<String> byToken = client.send(HttpRequest.newBuilder(
        URI.create(url("/feeds/alerts/anna-releases.atom?token=" + token))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(byToken.statusCode()).isEqualTo(200);
    assertThat(byToken.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/atom+xml"));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(byToken.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getTitle()).isEqualTo("newswatch: Anna's <releases>");
    assertThat(feed.getEntries()).extracting(e -> e.getUri())
        .containsExactly("urn:newswatch:alert:a3", "urn:newswatch:alert:a2");

    HttpResponse<String> byBearer = client.send(HttpRequest.newBuilder(URI.create(url("/feeds/alerts/anna-releases")))
        .header("Authorization", "Bearer admin-token").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(byBearer.statusCode()).isEqualTo(200);
  }

  @Test
  void atomFeedRefusesWrongTokensOtherOwnersAndUnknownIdsAlike() throws Exception {
    String borisToken = AtomChannel.feedToken(SECRET, "boris-releases");
    for (HttpRequest request : List.of(
        HttpRequest.newBuilder(URI.create(url("/feeds/alerts/anna-releases?token=" + borisToken))).build(),
        HttpRequest.newBuilder(URI.create(url("/feeds/alerts/anna-releases"))).build(),
        HttpRequest.newBuilder(URI.create(url("/feeds/alerts/anna-releases")))
            .header("Authorization", "Bearer boris-token").build(),
        HttpRequest.newBuilder(URI.create(url("/feeds/alerts/nobody?token=x"))).build())) {
      assertThat(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
    }
  }
}
