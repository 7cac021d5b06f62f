package dev.newswatch.alerts.subscriptions;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.newswatch.model.http.ClientAddress;
import dev.newswatch.model.http.HttpReplies;
import dev.newswatch.model.http.RateLimiter;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request rate limits of the endpoints that take owner tokens (the subscriptions API, the alert
 * stream, Atom feeds, redelivery; a sign-in page would use the same instance): a token bucket per
 * authenticated owner, and one per client address for requests that fail authentication. An address whose
 * failure bucket is empty is refused before its token is checked, right or wrong, so a guesser learns
 * nothing until the bucket refills. Refusals answer 429 with {@code Retry-After} and are counted in
 * {@code newswatch_alerts_api_rate_limited_total{reason}} ({@code owner} or {@code failed_auth}).
 */
public final class ApiLimiter {

  /** The {@code reason} label of a refused authenticated owner. */
  public static final String OWNER = "owner";
  /** The {@code reason} label of a refused address (too many requests without a valid token). */
  public static final String FAILED_AUTH = "failed_auth";
  private static final Logger LOG = LoggerFactory.getLogger(ApiLimiter.class);

  private final RateLimiter owners;
  private final RateLimiter addresses;
  private final Counter limited;

  /** Limits on the system clock. */
  public ApiLimiter(ApiLimits limits, PrometheusRegistry metrics) {
    this(limits, System::nanoTime, metrics);
  }

  /**
   * @param nanoClock a monotonic clock in nanoseconds
   * @param metrics   where {@code newswatch_alerts_api_rate_limited_total} is registered
   */
  public ApiLimiter(ApiLimits limits, LongSupplier nanoClock, PrometheusRegistry metrics) {
    Objects.requireNonNull(limits, "limits");
    this.owners = new RateLimiter(limits.perOwner(), nanoClock);
    this.addresses = new RateLimiter(limits.failedAuthPerAddress(), nanoClock);
    this.limited = Counter.builder().name("newswatch_alerts_api_rate_limited_total")
        .help("Requests to the alerts API refused with 429, by reason: owner (an authenticated owner over its "
            + "request rate) or failed_auth (a client address over its rate of requests without a valid token)")
        .labelNames("reason").register(metrics);
    limited.initLabelValues(OWNER);
    limited.initLabelValues(FAILED_AUTH);
  }

  /**
   * Whether the client of {@code exchange} may present a token now; call before authenticating. Refused
   * while the address has used up its failed-authentication bucket.
   */
  public RateLimiter.Decision checkAddress(HttpExchange exchange) {
    RateLimiter.Decision d = addresses.check(ClientAddress.key(exchange));
    if (!d.allowed()) {
      limited.labelValues(FAILED_AUTH).inc();
    }
    return d;
  }

  /** Counts a request of {@code exchange}'s client that carried no valid token (or a wrong password). */
  public void failedAuthentication(HttpExchange exchange) {
    String key = ClientAddress.key(exchange);
    if (!addresses.acquire(key).allowed()) {
      LOG.debug("alerts API: {} is over its failed-authentication rate", key);
    }
  }

  /** Spends one request of authenticated {@code owner}; refused when the owner is over its rate. */
  public RateLimiter.Decision acquireOwner(String owner) {
    RateLimiter.Decision d = owners.acquire(owner);
    if (!d.allowed()) {
      limited.labelValues(OWNER).inc();
    }
    return d;
  }

  /**
   * {@code handler} (which authenticates on its own and answers 401 to a missing or wrong token) behind the
   * address limit: 429 while the client's failure bucket is empty, and each 401 it answers spends from it.
   */
  public HttpHandler guard(HttpHandler handler) {
    return guard(handler, 401);
  }

  /**
   * Like {@link #guard(HttpHandler)} for a handler that answers a wrong credential with
   * {@code failureStatus} (an Atom feed answers 404, so feed URLs cannot be probed).
   */
  public HttpHandler guard(HttpHandler handler, int failureStatus) {
    Objects.requireNonNull(handler, "handler");
    return exchange -> {
      RateLimiter.Decision d = checkAddress(exchange);
      if (!d.allowed()) {
        try (exchange) {
          tooMany(exchange, d);
        }
        return;
      }
      try {
        handler.handle(exchange);
      } finally {
        if (exchange.getResponseCode() == failureStatus) {
          failedAuthentication(exchange);
        }
      }
    };
  }

  /** Answers 429 with {@code Retry-After} and the JSON error body. */
  public static void tooMany(HttpExchange exchange, RateLimiter.Decision decision) throws IOException {
    HttpReplies.tooManyRequests(exchange, decision, "too many requests; retry after "
        + decision.retryAfterSeconds() + " s");
  }
}
