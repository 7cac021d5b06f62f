package dev.newswatch.alerts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newswatch.model.http.HttpReplies;
import dev.newswatch.alerts.subscriptions.OwnerAuth;
import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.model.Subscription;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST ...?subscription=<id>&since=<instant or age>}: redelivers dead-lettered alerts
 * ({@link Redeliverer}) and answers {@code {"read": n, "redelivered": m, "unreadable": k}}. Needs a bearer
 * token ({@link OwnerAuth}): an owner may redeliver only their own subscriptions' alerts (all of them when
 * no subscription is named), the admin any. One run at a time (409 while one is going); a run reads for at
 * most a minute.
 */
public final class DeadLetterApi implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterApi.class);

  private final Redeliverer redeliverer;
  private final SubscriptionDirectory directory;
  private final OwnerAuth auth;
  private final AtomicBoolean busy = new AtomicBoolean();

  public DeadLetterApi(Redeliverer redeliverer, SubscriptionDirectory directory, OwnerAuth auth) {
    this.redeliverer = redeliverer;
    this.directory = directory;
    this.auth = auth;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        HttpReplies.json(exchange, 405, Map.of("error", "only POST"));
        return;
      }
      Optional<OwnerAuth.Caller> caller = auth.authenticate(exchange.getRequestHeaders().getFirst("Authorization"));
      if (caller.isEmpty()) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"newswatch\"");
        HttpReplies.json(exchange, 401, Map.of("error", "missing or unknown bearer token"));
        return;
      }
      String subscription = HttpReplies.query(exchange, "subscription");
      if (subscription != null) {
        Optional<Subscription> found = directory.get(subscription);
        if (found.isEmpty() || !caller.get().mayAccess(found.get().owner())) {
          HttpReplies.json(exchange, 404, Map.of("error", "no such subscription"));
          return;
        }
      }
      Instant since = null;
      String sinceText = HttpReplies.query(exchange, "since");
      if (sinceText != null) {
        try {
          since = Redeliverer.parseSince(sinceText, Instant.now());
        } catch (IllegalArgumentException e) {
          HttpReplies.json(exchange, 400, Map.of("error", e.getMessage()));
          return;
        }
      }
      if (!busy.compareAndSet(false, true)) {
        HttpReplies.json(exchange, 409, Map.of("error", "a redelivery is already running"));
        return;
      }
      try {
        OwnerAuth.Caller who = caller.get();
        Redeliverer.Result result = redeliverer.redeliver(subscription, since, id -> who.admin()
            || directory.get(id).map(s -> who.mayAccess(s.owner())).orElse(false));
        LOG.info("{} redelivered {} dead-lettered alert(s)", who.owner(), result.redelivered());
        HttpReplies.json(exchange, 200, result);
      } catch (KafkaException e) {
        LOG.warn("redelivery failed: {}", e.getMessage());
        HttpReplies.json(exchange, 503, Map.of("error", "redelivery failed: " + e.getMessage()));
      } finally {
        busy.set(false);
      }
    }
  }
}
