package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.fetch.HttpFetcher;
import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.model.FeedState;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the configured feeds on a schedule and publishes new articles, each feed's batch in one Kafka
 * transaction together with the feed's new state. See {@code DESIGN.md} in this package for why this
 * loses nothing and publishes nothing twice across crashes and restarts.
 *
 * <p>Fetches run on a pool of {@link PollerConfig#maxConcurrentFetches()} threads, so a slow feed holds
 * one thread and the others go on; a per-feed lock keeps polls of one feed from overlapping.
 */
public final class PollerService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PollerService.class);
  private static final Duration STATE_LOAD_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

  private final PollerConfig config;
  private final Map<String, Object> kafkaConfig;
  private final String transactionalId;
  private final IngestMetrics metrics;
  private final HttpFetcher fetcher;
  private final FeedPoller poller;
  private final TransactionalPublisher publisher;
  private final FeedStatusBoard board;
  private final Map<String, FeedState> states = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> feedLocks;
  private final PollScheduler scheduler;
  private final Clock clock = Clock.systemUTC();
  private volatile boolean initialized;
  private volatile boolean started;
  private volatile boolean failed;
  private volatile boolean closed;

  /**
   * Creates the service; nothing connects until {@link #start()} or {@link #pollOnce()}.
   *
   * @param config          feeds, interval, concurrency and HTTP limits
   * @param kafkaConfig     common Kafka client settings: {@code bootstrap.servers} and any security settings
   * @param transactionalId unique per poller instance and stable across its restarts, so a restarted
   *                        instance fences its predecessor
   * @param registry        where the {@link IngestMetrics} are registered
   */
  public PollerService(PollerConfig config, Map<String, Object> kafkaConfig, String transactionalId,
      PrometheusRegistry registry) {
    this.config = Objects.requireNonNull(config, "config");
    this.kafkaConfig = Map.copyOf(Objects.requireNonNull(kafkaConfig, "kafkaConfig"));
    if (!this.kafkaConfig.containsKey("bootstrap.servers")) {
      throw new IllegalArgumentException("kafkaConfig needs bootstrap.servers");
    }
    if (transactionalId == null || transactionalId.isBlank()) {
      throw new IllegalArgumentException("transactionalId must not be blank");
    }
    this.transactionalId = transactionalId;
    this.metrics = new IngestMetrics(registry);
    metrics.feedsConfigured(config.feeds().size());
    this.board = new FeedStatusBoard(config.feeds());
    this.feedLocks = config.feeds().stream()
        .collect(Collectors.toUnmodifiableMap(FeedSource::url, f -> new ReentrantLock()));
    this.publisher = new TransactionalPublisher(this.kafkaConfig, transactionalId);
    this.fetcher = new HttpFetcher(config.fetch());
    this.poller = new FeedPoller(fetcher, new FeedParser(), metrics);
    this.scheduler = new PollScheduler(config, this::pollFeed);
  }

  /**
   * Initialises transactions, loads every feed's state from the feed-state topic, then polls each feed
   * now and every {@link PollerConfig#interval()} after (a feed still being polled skips that round).
   * Calling it again does nothing.
   *
   * @throws org.apache.kafka.common.KafkaException when the broker cannot be reached or refuses the
   *     transactional id
   * @throws IllegalStateException when the state cannot be loaded or the service is closed
   */
  public synchronized void start() {
    initialize();
    if (started) {
      return;
    }
    started = true;
    scheduler.start();
    LOG.info("poller {} polls {} feeds every {}, at most {} at a time", transactionalId, config.feeds().size(),
        config.interval(), config.maxConcurrentFetches());
  }

  /**
   * Polls every feed once and publishes what is new, returning when all are done. Initialises like
   * {@link #start()} when needed but schedules nothing. Waits for a scheduled poll of the same feed
   * that is in progress rather than overlapping it.
   */
  public void pollOnce() {
    initialize();
    scheduler.runAll();
  }

  /** Status per configured feed URL, in configuration order. */
  public Map<String, FeedStatus> status() {
    return board.snapshot();
  }

  /** False once the producer failed fatally (for example fenced by another instance) or after close. */
  public boolean isHealthy() {
    return !failed && !closed;
  }

  /** The transactional producer's client metrics, for export next to the ingest metrics. */
  public Map<MetricName, ? extends Metric> kafkaMetrics() {
    return publisher.metrics();
  }

  /** Stops scheduling, waits a bounded time for polls in progress, then closes the producer. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    scheduler.close(CLOSE_TIMEOUT);
    publisher.close(CLOSE_TIMEOUT);
    fetcher.close();
    LOG.info("poller {} stopped", transactionalId);
  }

  private synchronized void initialize() {
    if (closed) {
      throw new IllegalStateException("poller " + transactionalId + " is closed");
    }
    if (initialized) {
      return;
    }
    long begin = System.nanoTime();
    // First: fencing a predecessor with the same id aborts its open transaction, which would otherwise
    // hold back the read_committed end of the state topic until it timed out.
    publisher.initialize();
    states.putAll(FeedStateStore.load(kafkaConfig, feedLocks.keySet(), STATE_LOAD_TIMEOUT));
    initialized = true;
    LOG.info("poller {} ready: state of {} of {} feeds loaded in {} ms", transactionalId, states.size(),
        config.feeds().size(), (System.nanoTime() - begin) / 1_000_000);
  }

  private void pollFeed(FeedSource feed) {
    ReentrantLock lock = feedLocks.get(feed.url());
    lock.lock();
    try {
      if (failed || closed) {
        return;
      }
      FeedState before = states.getOrDefault(feed.url(), FeedState.empty(feed.url()));
      PollOutcome outcome = poller.poll(feed, before, clock.instant());
      if (outcome.status().failed()) {
        recordFailure(feed, outcome.status().label(), outcome.error());
      } else {
        persist(feed, before, outcome);
      }
    } catch (RuntimeException e) {
      LOG.error("unexpected failure polling feed {} ({})", feed.name(), RedactedUri.of(feed.url()), e);
      recordFailure(feed, PollOutcome.Status.FETCH_ERROR.label(), "unexpected " + e.getClass().getSimpleName());
    } finally {
      lock.unlock();
      metrics.feedsFailing(board.failing());
    }
  }

  private void persist(FeedSource feed, FeedState before, PollOutcome outcome) {
    FeedState after = outcome.newState();
    boolean changed = !outcome.newArticles().isEmpty()
        || !Objects.equals(before.etag(), after.etag())
        || !Objects.equals(before.lastModified(), after.lastModified())
        || !before.seenItemKeys().equals(after.seenItemKeys());
    if (changed) {
      try {
        publisher.publish(feed.url(), outcome.newArticles(), after);
      } catch (PublishException e) {
        if (closed) {
          return;
        }
        if (e.fatal()) {
          stopAfterFatal(e);
        }
        recordFailure(feed, IngestMetrics.PUBLISH_ERROR, e.getMessage());
        return;
      }
    }
    // Replaced only now: had the transaction failed, the next poll would find the same items again.
    states.put(feed.url(), after);
    int published = outcome.newArticles().size();
    board.succeeded(feed.url(), outcome.status().label(), clock.instant(), published);
    metrics.poll(outcome.status().label());
    metrics.articlesPublished(published);
    LOG.debug("feed {} ({}): {}, {} new articles{}", feed.name(), RedactedUri.of(feed.url()),
        outcome.status().label(), published, changed ? ", state written" : "");
  }

  private void recordFailure(FeedSource feed, String outcome, String error) {
    board.failed(feed.url(), outcome, error, clock.instant());
    metrics.poll(outcome);
    LOG.warn("feed {} ({}) failed with {}: {}", feed.name(), RedactedUri.of(feed.url()), outcome, error);
  }

  private void stopAfterFatal(PublishException e) {
    failed = true;
    LOG.error("poller {} cannot publish any more and stops; it reports unhealthy until restarted",
        transactionalId, e);
    scheduler.stop();
  }
}
