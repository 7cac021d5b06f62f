package dev.newswatch.ingest.websub;

import dev.newswatch.ingest.fetch.FetchConfig;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebSub for one poller: subscriptions to the hubs its feeds name, the callback endpoint, and the
 * queue that hands verified pushes to the poller. The poller reports hubs through {@link PushChannel};
 * pushes reach it through the {@link PushTarget} given here. Polling goes on regardless (less often for
 * a feed with an active subscription), so anything WebSub misses is still found.
 *
 * <p>Start with {@link #start}; {@link #close()} stops the endpoint, keeping the subscriptions in the state
 * file when there is one and unsubscribing (best effort) when there is none.
 */
public final class WebSub implements PushChannel, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebSub.class);
  /** How often due requests are looked for: the granularity of renewals and retries. */
  static final Duration TICK = Duration.ofSeconds(1);
  /** After the unsubscribe requests, how long the endpoint stays up for hubs that verify at once. */
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(1);

  private final HubClient client;
  private final HubSubscriptions subscriptions;
  private final PushQueue queue;
  private final CallbackServer server;
  private final ScheduledExecutorService ticker;
  private final AtomicBoolean closed = new AtomicBoolean();

  private WebSub(WebSubConfig config, FetchConfig fetch, PushTarget target, PrometheusRegistry registry,
      Clock clock, WebSubStateFile stateFile) throws IOException {
    WebSubMetrics metrics = new WebSubMetrics(registry);
    client = new HubClient(fetch);
    subscriptions = new HubSubscriptions(config, client, metrics, clock, stateFile);
    queue = new PushQueue(config.maxQueuedPushes(), target, metrics);
    try {
      server = new CallbackServer(config.bindHost(), config.port(), fetch.maxBodyBytes(), subscriptions, queue,
          metrics);
    } catch (IOException | RuntimeException e) {
      queue.close();
      client.close();
      throw e;
    }
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "newswatch-websub");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts the callback endpoint and the renewal schedule.
   *
   * @param config   callback URL, bind address, lease, queue size
   * @param fetch    timeouts, User-Agent, SSRF policy for requests to hubs, and the push body cap
   * @param target   where verified pushes go (the poller)
   * @param registry where the {@code newswatch_ingest_websub_*} metrics are registered
   * @throws IOException when the endpoint cannot listen on the configured address
   */
  public static WebSub start(WebSubConfig config, FetchConfig fetch, PushTarget target, PrometheusRegistry registry)
      throws IOException {
    return start(config, fetch, target, registry, Clock.systemUTC());
  }

  /** As above, with the clock that leases and retries are measured against (tests move it by hand). */
  public static WebSub start(WebSubConfig config, FetchConfig fetch, PushTarget target, PrometheusRegistry registry,
      Clock clock) throws IOException {
    return start(config, fetch, target, registry, clock, null);
  }

  /**
   * As above, keeping the subscriptions (callback ids, sealed secrets, leases) in {@code stateFile}: they
   * are restored at start, so pushes for subscriptions made before a restart still verify, and
   * {@link #close()} leaves them with their hubs instead of unsubscribing.
   *
   * @param stateFile where subscriptions are kept, or null to keep them in memory only
   */
  public static WebSub start(WebSubConfig config, FetchConfig fetch, PushTarget target, PrometheusRegistry registry,
      Clock clock, WebSubStateFile stateFile) throws IOException {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(clock, "clock");
    WebSub webSub = new WebSub(config, fetch, target, registry, clock, stateFile);
    webSub.ticker.scheduleWithFixedDelay(webSub::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("WebSub on: callbacks under {} (lease {} asked of hubs)", config.callbackUrl(), config.lease());
    return webSub;
  }

  @Override
  public void hubSeen(String feedUrl, HubLink hub) {
    subscriptions.hubSeen(feedUrl, hub);
  }

  @Override
  public void feedRemoved(String feedUrl) {
    subscriptions.feedRemoved(feedUrl);
  }

  @Override
  public boolean receivesPushes(String feedUrl) {
    return subscriptions.receivesPushes(feedUrl);
  }

  /** Every subscription, without ids or secrets. */
  public List<SubscriptionStatus> status() {
    return subscriptions.status();
  }

  /**
   * Why the state file cannot be written, while it cannot (a full disk, a read-only volume): one line for
   * the readiness report; empty when it is fine or there is none. Subscriptions and pushes go on meanwhile.
   */
  public java.util.Optional<String> stateFileProblem() {
    return subscriptions.stateFileProblem().map(StateFileWrites.Problem::describe);
  }

  /** The port the callback endpoint listens on. */
  public int port() {
    return server.port();
  }

  private void tick() {
    try {
      subscriptions.tick();
    } catch (RuntimeException e) {
      // An exception would cancel the schedule; log it and keep the next ticks coming.
      LOG.error("unexpected failure in a WebSub round", e);
    }
  }

  /** Unsubscribes (best effort, bounded), then stops the endpoint, the queue and the client. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    ticker.shutdownNow();
    try {
      ticker.awaitTermination(5, TimeUnit.SECONDS);
      if (subscriptions.close() > 0) {
        Thread.sleep(CLOSE_GRACE.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.close();
    queue.close();
    client.close();
    LOG.info("WebSub stopped");
  }
}
