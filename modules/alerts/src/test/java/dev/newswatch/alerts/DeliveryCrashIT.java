package dev.newswatch.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newswatch.model.Alert;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.testkit.TestKafka;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: the alerts service runs in a separate JVM, is killed hard (SIGKILL) while a slow webhook
 * receiver is in the middle of taking an alert, and is started again. No alert may be lost, and every alert
 * sent twice must carry the same idempotency key and the same body.
 */
class DeliveryCrashIT {

  private static final int ALERTS = 20;
  private static final Duration SLOW = Duration.ofMillis(300);

  /** One request as the receiver saw it. */
  private record Received(String alertId, String bodyAlertId, String body) {}

  @TempDir
  Path stateDir;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicReference<String> inFlightId = new AtomicReference<>();
  private final List<Process> children = new ArrayList<>();
  private HttpServer receiver;

  @AfterEach
  void stop() {
    children.forEach(Process::destroyForcibly);
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  private String startSlowReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    receiver.createContext("/", exchange -> {
      try (exchange) {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("X-Newswatch-Alert-Id");
        received.add(new Received(id, JsonCodec.fromBytes(body.getBytes(StandardCharsets.UTF_8), Alert.class).alertId(),
            body));
        inFlightId.set(id);
        inFlight.incrementAndGet();
        try {
          Thread.sleep(SLOW.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          inFlight.decrementAndGet();
        }
        exchange.sendResponseHeaders(204, -1);
      }
    });
    receiver.start();
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  private Process startChild(String subscriptionId, String url, int number) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    File log = stateDir.resolve("child-" + number + ".log").toFile();
    Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        DeliveryCrashChild.class.getName(), TestKafka.bootstrapServers(), "crash-it-" + run,
        stateDir.resolve("state").toString(), subscriptionId, url)
        .redirectErrorStream(true).redirectOutput(log).start();
    children.add(child);
    return child;
  }

  private static void await(java.util.function.BooleanSupplier condition, Duration timeout, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(5);
    }
  }

  private Set<String> distinctIds() {
    Set<String> ids = new LinkedHashSet<>();
    received.forEach(r -> ids.add(r.alertId()));
    return ids;
  }

  @Test
  void aHardKillMidDeliveryLosesNothingAndResendsOnlyWithTheSameKey() throws Exception {
    String subscription = "it-crash-" + run;
    String url = startSlowReceiver();
    List<Alert> alerts = new ArrayList<>();
    for (int n = 0; n < ALERTS; n++) {
      alerts.add(DeliveryIT.alert(subscription, n));
    }
    List<String> expected = alerts.stream().map(Alert::alertId).toList();
    DeliveryIT.produce(alerts);

    Process first = startChild(subscription, url, 1);
    await(() -> received.size() >= 6 && inFlight.get() > 0, Duration.ofSeconds(90), "deliveries before the kill");
    String interrupted = inFlightId.get();
    first.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    int beforeRestart = received.size();
    assertThat(beforeRestart).isLessThan(ALERTS);

    startChild(subscription, url, 2);
    await(() -> distinctIds().size() == ALERTS, Duration.ofSeconds(120), "every alert after the restart");
    Thread.sleep(1_500); // anything still to come would be a resend

    assertThat(distinctIds()).containsExactlyElementsOf(expected); // none lost, first seen in order
    for (Received r : received) {
      assertThat(r.alertId()).isEqualTo(r.bodyAlertId()); // the key is the alert's own id, every time
    }
    for (String id : expected) {
      assertThat(received.stream().filter(r -> r.alertId().equals(id)).map(Received::body).distinct())
          .as("every copy of %s has the same body", id).hasSize(1);
    }
    int resent = received.size() - ALERTS;
    // The alert in flight at the kill was never finished, so it is sent again; a few finished since the
    // last commit (every 500 ms) may be too, and nothing else.
    assertThat(received.stream().filter(r -> r.alertId().equals(interrupted)).count()).isGreaterThanOrEqualTo(2);
    assertThat(resent).isBetween(1, 6);
    System.out.printf("crash test: %d alerts, %d requests before the kill, %d resent after restart%n", ALERTS,
        beforeRestart, resent);
  }
}
