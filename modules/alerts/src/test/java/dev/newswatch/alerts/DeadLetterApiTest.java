package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newswatch.alerts.subscriptions.OwnerAuth;
import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.model.Subscription;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The redelivery API's checks, which all answer before Kafka is touched (DeliveryIT covers a real run). */
class DeadLetterApiTest {

  private static final Subscription BORIS = new Subscription("boris-releases", "boris", null, null, List.of(), 1,
      Subscription.MODE_INSTANT, null, List.of(new Subscription.Channel("console", null, null)), 0, false,
      List.of("pardon"), List.of());
  private static final OwnerAuth AUTH = header -> "Bearer anna-token".equals(header)
      ? Optional.of(new OwnerAuth.Caller("anna", false)) : Optional.empty();

  private final HttpServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  DeadLetterApiTest() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // Nothing listens on port 1: a request that got as far as Kafka would fail with 503, not the codes below.
    server.createContext("/api/v1/deliveries/redeliver", new DeadLetterApi(
        new Redeliverer(Map.of("bootstrap.servers", "127.0.0.1:1")), SubscriptionDirectory.of(List.of(BORIS)), AUTH));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    client.close();
  }

  private int post(String query, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
        + "/api/v1/deliveries/redeliver" + query)).POST(HttpRequest.BodyPublishers.noBody());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void needsAKnownToken() throws Exception {
    assertThat(post("", null)).isEqualTo(401);
    assertThat(post("", "guess")).isEqualTo(401);
  }

  @Test
  void anOwnerCannotRedeliverAnotherOwnersOrAnUnknownSubscription() throws Exception {
    assertThat(post("?subscription=boris-releases", "anna-token")).isEqualTo(404);
    assertThat(post("?subscription=nobody", "anna-token")).isEqualTo(404);
  }

  @Test
  void refusesAnUnreadableSinceAndOtherMethods() throws Exception {
    assertThat(post("?since=yesterday", "anna-token")).isEqualTo(400);
    HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
        + "/api/v1/deliveries/redeliver")).header("Authorization", "Bearer anna-token").build();
    assertThat(client.send(get, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(405);
  }
}
