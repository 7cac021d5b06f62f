package dev.newswatch.alerts;

import dev.newswatch.model.Subscription;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The alerts service as a process of its own, for {@link DeliveryCrashIT} to kill: {@code bootstrap
 * application-id state-dir subscription-id webhook-url}. Runs until killed.
 */
public final class DeliveryCrashChild {

  private DeliveryCrashChild() {}

  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    Subscription subscription = new Subscription(args[3], null, List.of(), List.of("never-matches-" + args[3]),
        List.of(new Subscription.Channel("webhook", args[4], "crash-secret")));
    AlertsConfig config = new AlertsConfig(Duration.ofDays(1), 3, Duration.ofMillis(50), Duration.ofMillis(500),
        Duration.ofSeconds(5), false, List.of("127.0.0.1"));
    // A short session lets the restarted process take over the partitions soon after the kill.
    Map<String, Object> kafka = Map.of("bootstrap.servers", bootstrap, "session.timeout.ms", 6000,
        "heartbeat.interval.ms", 1000);
    Map<String, Object> streams = Map.of("application.id", args[1], "state.dir", args[2], "replication.factor", 1,
        "commit.interval.ms", 100);
    AlertsService service = new AlertsService(config, List.of(subscription), kafka, streams, new PrometheusRegistry());
    service.start();
    System.out.println("child started");
    Thread.currentThread().join(); // until killed
  }
}
