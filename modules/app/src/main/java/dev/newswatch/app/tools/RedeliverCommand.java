package dev.newswatch.app.tools;

import dev.newswatch.alerts.Redeliverer;
import dev.newswatch.model.JsonCodec;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Sends dead-lettered alerts again ({@link Redeliverer}): each failure on {@code newswatch.deliveries.dlq.v1}
 * in range is written back to {@code newswatch.alerts.v1} for the channel that failed, with its original
 * alert id. Prints {@code {"read": n, "redelivered": m, "unreadable": k}}.
 */
@Command(name = "redeliver", mixinStandardHelpOptions = true,
    description = "Send dead-lettered alerts (newswatch.deliveries.dlq.v1) again, to the channel that failed, with "
        + "their original alert ids.")
public final class RedeliverCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ClusterOptions cluster;

  @Option(names = "--subscription", paramLabel = "ID", description = "Only this subscription's dead letters.")
  String subscription;

  @Option(names = "--since", paramLabel = "WHEN",
      description = "Only failures at or after this: an ISO instant (2026-11-23T08:00:00Z) or an age (90m, 24h, 7d). "
          + "Default: everything retained. Running twice over the same range sends twice (same ids).")
  String since;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Instant from = null;
    if (since != null) {
      try {
        from = Redeliverer.parseSince(since, clock.instant());
      } catch (IllegalArgumentException e) {
        err.println("redeliver: " + e.getMessage());
        return 2;
      }
    }
    try {
      Redeliverer.Result result = new Redeliverer(cluster.clientConfig())
          .redeliver(subscription, from, id -> true);
      spec.commandLine().getOut().println(new String(JsonCodec.toBytes(result), java.nio.charset.StandardCharsets.UTF_8));
      return 0;
    } catch (KafkaException | java.io.UncheckedIOException e) {
      err.println("redeliver failed: " + e.getMessage());
      return 1;
    }
  }
}
