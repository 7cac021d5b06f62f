package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertDigest;
import dev.newswatch.alerts.delivery.DeliveryChannel;
import dev.newswatch.alerts.delivery.DeliveryResult;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A channel that answers with scripted results (then DELIVERED) and records what it was given. */
class FakeChannel implements DeliveryChannel {

  private final String type;
  private final Deque<DeliveryResult> script = new ArrayDeque<>();
  final List<Alert> attempts = new CopyOnWriteArrayList<>();
  final List<Alert> delivered = new CopyOnWriteArrayList<>();
  final List<AlertDigest> digests = new CopyOnWriteArrayList<>();
  /** Runs at the start of every attempt, on the delivering thread. */
  volatile Runnable onAttempt = () -> { };

  FakeChannel(String type, DeliveryResult... script) {
    this.type = type;
    this.script.addAll(List.of(script));
  }

  synchronized void then(DeliveryResult... more) {
    script.addAll(List.of(more));
  }

  @Override
  public synchronized DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
    onAttempt.run();
    attempts.add(alert);
    DeliveryResult result = script.isEmpty() ? DeliveryResult.delivered() : script.poll();
    if (result.outcome() == DeliveryResult.Outcome.DELIVERED) {
      delivered.add(alert);
    }
    return result;
  }

  @Override
  public synchronized DeliveryResult deliverDigest(AlertDigest digest, Subscription.Channel channel) {
    onAttempt.run();
    DeliveryResult result = script.isEmpty() ? DeliveryResult.delivered() : script.poll();
    if (result.outcome() == DeliveryResult.Outcome.DELIVERED) {
      digests.add(digest);
    }
    return result;
  }

  @Override
  public String type() {
    return type;
  }
}
