package dev.newswatch.ingest.poll;

import dev.newswatch.ingest.extract.ArticleExtractor;
import dev.newswatch.ingest.feed.FeedParser;
import dev.newswatch.ingest.fetch.HttpFetcher;
import dev.newswatch.ingest.fetch.RedactedUri;
import dev.newswatch.ingest.websub.PushChannel;
import dev.newswatch.ingest.websub.PushTarget;
import dev.newswatch.model.Article;
import dev.newswatch.model.FeedState;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds on a schedule and publishes new articles, each feed's batch in one Kafka transaction
 * together with the feed's new state. See {@code DESIGN.md} in this package for why this loses nothing
 * and publishes nothing twice across crashes and restarts.
 *
 * <p>The feeds come either from a fixed list ({@link PollerConfig#feeds()}) or, with a {@link PollerGroup},
 * from the registry topic {@code newswatch.feeds.v1}: instances in one consumer group share its
 * partitions, each polling the feeds of its own ({@link FeedGroupMember}), and feeds are added and
 * removed while running.
 *
 * <p>Fetches run on a pool of {@link PollerConfig#maxConcurrentFetches()} threads, so a slow feed holds
 * one thread and the others go on; a per-feed lock keeps polls of one feed from overlapping. Each feed
 * has its own next poll time ({@link PollPlanner}: adaptive interval, backoff, Retry-After), kept in its
 * state so that it survives restarts.
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
  private final Map<String, FeedSource> feeds = new ConcurrentHashMap<>();
  private final Map<String, ReentrantLock> feedLocks = new ConcurrentHashMap<>();
  private final FeedGroupMember member;
  private final PollScheduler scheduler;
  private final PollPlanner planner;
  private final Clock clock;
  private volatile PushChannel pushChannel;
  /** Feeds read in full since start; until then a WebSub poll skips the validators (see pollFeed). */
  private final Set<String> hubChecked = ConcurrentHashMap.newKeySet();
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
    this(config, kafkaConfig, transactionalId, registry, Clock.systemUTC());
  }

  /**
   * A poller whose feeds come from the registry topic, shared with the other members of {@code group}.
   * {@code config} must list no feeds.
   *
   * @param transactionalId unique per instance (two members with the same id fence each other)
   */
  public PollerService(PollerConfig config, Map<String, Object> kafkaConfig, String transactionalId,
      PrometheusRegistry registry, PollerGroup group) {
    this(config, kafkaConfig, transactionalId, registry, Clock.systemUTC(), Objects.requireNonNull(group, "group"));
  }

  /** A fixed feed list, with the clock that stamps polls and schedules them (tests move it by hand). */
  PollerService(PollerConfig config, Map<String, Object> kafkaConfig, String transactionalId,
      PrometheusRegistry registry, Clock clock) {
    this(config, kafkaConfig, transactionalId, registry, clock, null);
  }

  /** With a clock, and feeds from the registry when {@code group} is not null. */
  PollerService(PollerConfig config, Map<String, Object> kafkaConfig, String transactionalId,
      PrometheusRegistry registry, Clock clock, PollerGroup group) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.config = Objects.requireNonNull(config, "config");
    this.kafkaConfig = Map.copyOf(Objects.requireNonNull(kafkaConfig, "kafkaConfig"));
    if (!this.kafkaConfig.containsKey("bootstrap.servers")) {
      throw new IllegalArgumentException("kafkaConfig needs bootstrap.servers");
    }
    if (transactionalId == null || transactionalId.isBlank()) {
      throw new IllegalArgumentException("transactionalId must not be blank");
    }
    if (group != null && !config.feeds().isEmpty()) {
      throw new IllegalArgumentException("a poller in a group takes its feeds from the registry; config lists "
          + config.feeds().size());
    }
    this.transactionalId = transactionalId;
    this.metrics = new IngestMetrics(registry);
    metrics.feedsConfigured(config.feeds().size());
    this.board = new FeedStatusBoard(config.feeds());
    for (FeedSource feed : config.feeds()) {
      feeds.put(feed.url(), feed);
      feedLocks.put(feed.url(), new ReentrantLock());
    }
    this.member = group == null ? null : new FeedGroupMember(this, this.kafkaConfig, group, transactionalId);
    this.publisher = new TransactionalPublisher(this.kafkaConfig, transactionalId, metrics::producerReplaced);
    this.fetcher = new HttpFetcher(config.fetch(), clock);
    FeedPoller.PageReader pages = config.maxPagesPerPoll() > 0
        ? new ArticlePages(fetcher, new ArticleExtractor(), metrics) : FeedPoller.NO_PAGES;
    this.poller = new FeedPoller(fetcher, new FeedParser(), metrics, config.firstPollMaxItemAge(), pages,
        config.maxPagesPerPoll());
    this.planner = new PollPlanner(config.interval(), config.schedule(), () -> ThreadLocalRandom.current().nextDouble());
    this.scheduler = new PollScheduler(config, feeds::values, this::pollFeed, new PollScheduler.Plan() {
      @Override
      public Instant nextPollAt(FeedSource feed) {
        Instant next = stateOf(feed).nextPollAt();
        return next == null ? Instant.EPOCH : next;
      }

      @Override
      public String host(FeedSource feed) {
        return FeedPoller.target(feed, stateOf(feed)).getHost().toLowerCase(Locale.ROOT);
      }
    }, clock, metrics::backlog);
  }

  /**
   * Initialises transactions, loads every feed's state from the feed-state topic, then polls each feed
   * whenever its next poll time has come: at once for a new or healthy feed, later for one backing off
   * or asked to wait. In a group, it joins the group instead and takes up feeds as registry partitions
   * are assigned to it. Calling it again does nothing.
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
    if (member != null) {
      member.start();
    }
    LOG.info("poller {} polls {} every {} to {} (starting at {}), at most {} at a time and {} per host",
        transactionalId, member == null ? config.feeds().size() + " feeds" : "the feeds of its registry partitions",
        config.schedule().minInterval(), config.schedule().maxInterval(),
        config.interval(), config.maxConcurrentFetches(), config.maxFetchesPerHost());
  }

  /**
   * Polls every feed (in a group: every feed assigned to this instance now) once and publishes what is
   * new, returning when all are done. Initialises like
   * {@link #start()} when needed but schedules nothing. Waits for a scheduled poll of the same feed
   * that is in progress rather than overlapping it.
   */
  public void pollOnce() {
    initialize();
    scheduler.runAll();
  }

  /**
   * Connects WebSub: after each successful poll the channel learns the hub the feed names, and a feed
   * the channel receives pushes for is polled only every {@code maxInterval} (polling stays the
   * fallback). Call before {@link #start()}; pushes come back through {@link #acceptPush}.
   */
  public void attach(PushChannel channel) {
    this.pushChannel = Objects.requireNonNull(channel, "channel");
  }

  /**
   * Reads a document a WebSub hub pushed for a feed exactly like a poll result: same item identity, same
   * seen keys, and the new articles and state in one transaction. Takes the feed's lock, so it never
   * overlaps a poll of the same feed. The next poll time is left as it was.
   *
   * @param feedUrl     the configured URL of the feed the subscription belongs to
   * @param body        the pushed document
   * @param contentType the push's Content-Type, or null
   * @return {@code PUBLISHED} when committed (possibly with nothing new), {@code PARSE_ERROR} for a
   *     document that is not a readable feed, {@code FAILED} for an unknown feed, a failed publish, or a
   *     service that is not running
   */
  public PushTarget.Result acceptPush(String feedUrl, byte[] body, String contentType) {
    Objects.requireNonNull(feedUrl, "feedUrl");
    Objects.requireNonNull(body, "body");
    FeedSource feed = feeds.get(feedUrl);
    ReentrantLock lock = feedLocks.get(feedUrl);
    if (feed == null || lock == null || !initialized) {
      LOG.warn("push for feed {} ignored: {}", RedactedUri.of(feedUrl),
          feed == null ? "not a feed of this poller" : "the poller is not running");
      return PushTarget.Result.FAILED;
    }
    lock.lock();
    try {
      if (failed || closed || !owned(feed)) {
        return PushTarget.Result.FAILED;
      }
      FeedState before = stateOf(feed);
      Instant now = clock.instant();
      PollOutcome outcome = poller.pushed(feed, before, body, contentType, now);
      if (outcome.status().failed()) {
        LOG.warn("feed {} ({}): push not read: {}", feed.name(), RedactedUri.of(feed.url()), outcome.error());
        return PushTarget.Result.PARSE_ERROR;
      }
      int published = outcome.firstPublished();
      FeedState after = outcome.newState().withTally(before.lastError(), before.published() + published);
      if (!outcome.newArticles().isEmpty() || !before.seenItemKeys().equals(after.seenItemKeys())
          || !before.itemVersions().equals(after.itemVersions())) {
        publisher.publish(feed.url(), outcome.newArticles(), after);
      }
      if (!outcome.heldBack().isEmpty()) {
        after = pollNoLaterThan(after, now.plus(config.schedule().minInterval()));
      }
      states.put(feed.url(), after);
      board.pushed(feed.url(), published);
      heldBack(feed, outcome, after);
      metrics.articlesPublished(published);
      metrics.articlesUpdated(outcome.newArticles().size() - published);
      LOG.debug("feed {} ({}): push, {} new articles", feed.name(), RedactedUri.of(feed.url()), published);
      return PushTarget.Result.PUBLISHED;
    } catch (PublishException e) {
      if (e.fatal() && !closed) {
        stopAfterFatal(e);
      }
      LOG.warn("feed {} ({}): push not published, polling will find its items: {}", feed.name(),
          RedactedUri.of(feed.url()), e.getMessage());
      return PushTarget.Result.FAILED;
    } finally {
      lock.unlock();
    }
  }

  /** Status per feed URL this instance polls, in configuration order (in a group: the order assigned). */
  public Map<String, FeedStatus> status() {
    return board.snapshot();
  }

  /**
   * False once the producer failed fatally (for example fenced by another instance), the group
   * membership failed for good, or after close.
   */
  public boolean isHealthy() {
    return !failed && !closed && (member == null || !member.failed());
  }

  /** The registry partitions this instance holds (ready or still loading); empty without a group. */
  public Set<Integer> assignedPartitions() {
    return member == null ? Set.of() : member.assignedPartitions();
  }

  /**
   * Starts polling feeds (registry partitions were assigned to this instance, or their records changed):
   * a feed not polled yet gets the loaded state (none for a new feed); one already polled only takes
   * the new name.
   */
  void assign(Collection<FeedSource> added, Map<String, FeedState> loaded) {
    for (FeedSource feed : added) {
      feedLocks.computeIfAbsent(feed.url(), u -> new ReentrantLock());
      if (feeds.containsKey(feed.url())) {
        feeds.put(feed.url(), feed);
        continue;
      }
      FeedState state = loaded.get(feed.url());
      if (state != null) {
        states.put(feed.url(), state);
      } else {
        states.remove(feed.url());
      }
      board.add(feed);
      if (state != null) {
        board.loaded(feed.url(), state);
      }
      feeds.put(feed.url(), feed);
    }
    metrics.feedsConfigured(feeds.size());
    updateFeedGauges();
  }

  /**
   * Stops polling feeds (their partitions were revoked, or they were removed from the registry) and
   * waits up to {@code wait} for their polls in progress: a poll still fetching drops its result, one
   * already publishing finishes its transaction. Only then may another instance poll them.
   *
   * @return the feeds whose poll was still running when the wait ended
   */
  int revoke(Collection<String> urls, Duration wait) {
    urls.forEach(feeds::remove);
    PushChannel channel = pushChannel;
    if (channel != null) {
      // The instance taking the feeds over subscribes itself; ours is ended (non-blocking).
      urls.forEach(channel::feedRemoved);
    }
    long deadline = System.nanoTime() + wait.toNanos();
    int busy = 0;
    for (String url : urls) {
      ReentrantLock lock = feedLocks.get(url);
      boolean locked = false;
      try {
        locked = lock == null || lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        if (!locked) {
          busy++;
        }
        if (!feeds.containsKey(url)) {
          states.remove(url);
          board.remove(url);
        }
      } finally {
        if (locked && lock != null) {
          lock.unlock();
        }
      }
    }
    if (busy > 0) {
      LOG.warn("poller {}: {} polls of feeds given away were still running after {}", transactionalId, busy, wait);
    }
    metrics.feedsConfigured(feeds.size());
    updateFeedGauges();
    return busy;
  }

  private boolean owned(FeedSource feed) {
    return feeds.containsKey(feed.url());
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
    if (member != null) {
      // Leaving the group revokes every partition, which waits for the polls in progress.
      member.close();
    }
    scheduler.close(CLOSE_TIMEOUT);
    publisher.close(CLOSE_TIMEOUT);
    fetcher.close();
    LOG.info("poller {} stopped", transactionalId);
  }

  /**
   * Registers the transactional id now, which fences a predecessor with the same id: a transaction it left
   * open (killed while publishing) is aborted at once. Until then that transaction holds back the
   * read_committed end of every {@code articles.raw} partition it wrote to, for every reader, with the other
   * pollers' articles behind it. {@link #start()} does it too; calling this first does it before the rest of
   * a process's start (registry seeding, catalog). Does nothing when already done.
   *
   * @throws org.apache.kafka.common.KafkaException when the broker cannot be reached or refuses the id
   * @throws IllegalStateException when the service is closed
   */
  public synchronized void fence() {
    if (closed) {
      throw new IllegalStateException("poller " + transactionalId + " is closed");
    }
    publisher.initialize();
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
    if (member == null) {
      states.putAll(FeedStateStore.load(kafkaConfig, feeds.keySet(), STATE_LOAD_TIMEOUT));
      states.forEach(board::loaded);
    }
    updateFeedGauges();
    initialized = true;
    LOG.info("poller {} ready: state of {} of {} feeds loaded in {} ms", transactionalId, states.size(),
        feeds.size(), (System.nanoTime() - begin) / 1_000_000);
  }

  private FeedState stateOf(FeedSource feed) {
    return states.getOrDefault(feed.url(), FeedState.empty(feed.url()));
  }

  private void pollFeed(FeedSource feed) {
    ReentrantLock lock = feedLocks.get(feed.url());
    if (lock == null) {
      return;
    }
    lock.lock();
    try {
      if (failed || closed || !owned(feed)) {
        return;
      }
      FeedState before = stateOf(feed);
      // With WebSub on, the first poll after a start asks without validators: a 304 carries no document,
      // so a feed unchanged since before the restart would never name its hub again.
      boolean unconditional = pushChannel != null && !hubChecked.contains(feed.url())
          && (before.etag() != null || before.lastModified() != null);
      PollOutcome outcome = poller.poll(feed, unconditional ? withoutValidators(before) : before, clock.instant());
      if (outcome.status().failed()) {
        FeedState after = planner.afterFailure(before, outcome.error(), outcome.retryAfter(), clock.instant());
        persistFailure(feed, before, after, outcome.status().label(), outcome.error());
      } else {
        persist(feed, before, outcome);
      }
    } catch (RuntimeException e) {
      LOG.error("unexpected failure polling feed {} ({})", feed.name(), RedactedUri.of(feed.url()), e);
      String error = "unexpected " + e.getClass().getSimpleName();
      FeedState before = stateOf(feed);
      FeedState after = planner.afterFailure(before, error, null, clock.instant()).withTally(error, before.published());
      if (owned(feed)) {
        states.put(feed.url(), after);
        recordFailure(feed, PollOutcome.Status.FETCH_ERROR.label(), error, after);
      }
    } finally {
      lock.unlock();
      updateFeedGauges();
    }
  }

  private void persist(FeedSource feed, FeedState before, PollOutcome outcome) {
    Instant now = clock.instant();
    if (!owned(feed)) {
      LOG.debug("feed {} ({}) was given away during its poll; result dropped", feed.name(), RedactedUri.of(feed.url()));
      return;
    }
    FeedState after = planner.afterSuccess(outcome.newState(), outcome.items(),
        outcome.status() == PollOutcome.Status.OK, outcome.freshFor(), now)
        .withTally(null, before.published()
            + outcome.firstPublished());
    PushChannel channel = pushChannel;
    if (channel != null && channel.receivesPushes(feed.url())) {
      // Pushes bring the news; a poll now and then is the fallback for pushes a hub failed to send.
      after = pollNoSoonerThan(after, now.plus(config.schedule().maxInterval()));
    }
    if (!outcome.heldBack().isEmpty()) {
      after = pollNoLaterThan(after, now.plus(config.schedule().minInterval()));
    }
    // lastPolledAt, nextPollAt and the rate estimate change on every poll; writing them alone would make
    // every poll a transaction. Lost on a crash, they only make the restarted poller poll a little early.
    boolean changed = !outcome.newArticles().isEmpty()
        || !Objects.equals(before.etag(), after.etag())
        || !Objects.equals(before.lastModified(), after.lastModified())
        || !before.seenItemKeys().equals(after.seenItemKeys())
        || !before.itemVersions().equals(after.itemVersions())
        || !Objects.equals(before.redirectedUrl(), after.redirectedUrl())
        || before.failures() != after.failures()
        || !Objects.equals(before.brokenReason(), after.brokenReason())
        || !Objects.equals(before.lastError(), after.lastError());
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
        // The old state stays (its items are found again next time), but with a backoff.
        FeedState retry = planner.afterFailure(before, e.getMessage(), null, now)
            .withTally(e.getMessage(), before.published());
        states.put(feed.url(), retry);
        recordFailure(feed, IngestMetrics.PUBLISH_ERROR, e.getMessage(), retry);
        return;
      }
    }
    // Replaced only now: had the transaction failed, the next poll would find the same items again.
    states.put(feed.url(), after);
    if (!Objects.equals(before.redirectedUrl(), after.redirectedUrl())) {
      LOG.info("feed {} ({}) moved permanently; now polled at {}", feed.name(), RedactedUri.of(feed.url()),
          RedactedUri.of(after.redirectedUrl()));
    }
    int published = outcome.firstPublished();
    int updates = outcome.newArticles().size() - published;
    board.succeeded(feed.url(), outcome.status().label(), now, published, after, heldBack(feed, outcome, after));
    metrics.poll(outcome.status() == PollOutcome.Status.NOT_MODIFIED ? outcome.status().label()
        : published > 0 ? IngestMetrics.NEW_ITEMS : IngestMetrics.UNCHANGED);
    metrics.articlesPublished(published);
    metrics.articlesUpdated(updates);
    for (Article article : outcome.newArticles()) {
      if (article.publishedAt() != null && article.updatedAt() == null) {
        metrics.lateness(Duration.between(article.publishedAt(), now).toMillis() / 1000.0);
      }
    }
    LOG.debug("feed {} ({}): {}, {} new articles, {} updates{}, next poll at {}", feed.name(),
        RedactedUri.of(feed.url()), outcome.status().label(), published, updates, changed ? ", state written" : "",
        after.nextPollAt());
    if (channel != null && outcome.status() == PollOutcome.Status.OK) {
      hubChecked.add(feed.url());
      channel.hubSeen(feed.url(), outcome.hub());
    }
  }

  private static FeedState withoutValidators(FeedState s) {
    return new FeedState(s.feedUrl(), null, null, s.seenItemKeys(), s.lastPolledAt(), s.redirectedUrl(),
        s.nextPollAt(), s.consecutiveFailures(), s.failingSince(), s.brokenReason(), s.itemsPerDay(),
        s.lastError(), s.itemsPublished(), s.itemVersions());
  }

  /**
   * Logs the articles a poll held back because their pages failed in a way worth another try, and says
   * so for the status board; null when none was.
   */
  private String heldBack(FeedSource feed, PollOutcome outcome, FeedState after) {
    List<String> reasons = outcome.heldBack();
    if (reasons.isEmpty()) {
      return null;
    }
    String note = reasons.size() + (reasons.size() == 1 ? " article" : " articles")
        + " held back for the next poll, page not read: " + reasons.get(0);
    LOG.warn("feed {} ({}): {} (next poll at {})", feed.name(), RedactedUri.of(feed.url()), note, after.nextPollAt());
    return note;
  }

  private static FeedState pollNoLaterThan(FeedState state, Instant at) {
    if (state.nextPollAt() != null && !state.nextPollAt().isAfter(at)) {
      return state;
    }
    return state.withSchedule(at, state.consecutiveFailures(), state.failingSince(), state.brokenReason(),
        state.itemsPerDay());
  }

  private static FeedState pollNoSoonerThan(FeedState state, Instant at) {
    if (state.nextPollAt() != null && !state.nextPollAt().isBefore(at)) {
      return state;
    }
    return state.withSchedule(at, state.consecutiveFailures(), state.failingSince(), state.brokenReason(),
        state.itemsPerDay());
  }

  /**
   * Keeps the failure count and backoff of a failed poll, in memory and (so a restart does not hammer a
   * failing server) on the state topic; the rest of the state is the old one, so nothing is lost.
   */
  private void persistFailure(FeedSource feed, FeedState before, FeedState next, String outcome, String error) {
    if (!owned(feed)) {
      LOG.debug("feed {} ({}) was given away during its poll; result dropped", feed.name(), RedactedUri.of(feed.url()));
      return;
    }
    FeedState after = next.withTally(error, before.published());
    states.put(feed.url(), after);
    try {
      publisher.publish(feed.url(), List.of(), after);
    } catch (PublishException e) {
      if (closed) {
        return;
      }
      if (e.fatal()) {
        stopAfterFatal(e);
      }
      LOG.warn("feed {} ({}): failure state not stored: {}", feed.name(), RedactedUri.of(feed.url()), e.getMessage());
    }
    if (after.brokenReason() != null && before.brokenReason() == null) {
      LOG.warn("feed {} ({}) is broken and will be retried every {}: {}", feed.name(), RedactedUri.of(feed.url()),
          config.schedule().brokenRetry(), after.brokenReason());
    }
    recordFailure(feed, outcome, error, after);
  }

  private void recordFailure(FeedSource feed, String outcome, String error, FeedState state) {
    board.failed(feed.url(), outcome, error, clock.instant(), state);
    metrics.poll(outcome);
    LOG.warn("feed {} ({}) failed with {} ({} in a row, next poll at {}): {}", feed.name(),
        RedactedUri.of(feed.url()), outcome, state.failures(), state.nextPollAt(), error);
  }

  private void updateFeedGauges() {
    metrics.feedsFailing(board.failing());
    metrics.feedsByStatus(board.countByStatus());
  }

  /**
   * The producer was fenced by a newer instance with the same transactional id, or is not authorised:
   * this instance stops polling and reports unhealthy. In a group it also leaves, so the other members
   * take its feeds rather than leave them unpolled until it is restarted.
   */
  private void stopAfterFatal(PublishException e) {
    synchronized (this) {
      if (failed) {
        return;
      }
      failed = true;
    }
    LOG.error("poller {} cannot publish any more and stops; it reports unhealthy until restarted{}",
        transactionalId, member == null ? "" : " and leaves the group, whose other members take its feeds", e);
    scheduler.stop();
    if (member != null) {
      // Not on this poll thread: leaving waits for the polls in progress, this one among them.
      Thread leave = new Thread(member::close, "newswatch-poller-leave");
      leave.setDaemon(true);
      leave.start();
    }
  }
}
