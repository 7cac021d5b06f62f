package dev.newswatch.app.runtime;

import dev.newswatch.alerts.AlertsConfig;
import dev.newswatch.alerts.AlertsService;
import dev.newswatch.alerts.DeliverySettings;
import dev.newswatch.alerts.subscriptions.SubscriptionRegistry;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.ops.HealthCheck;
import dev.newswatch.app.ops.KafkaClientMetrics;
import dev.newswatch.broker.EmbeddedKafkaBroker;
import dev.newswatch.analysis.tags.ArticleTagger;
import dev.newswatch.broker.TopicInitializer;
import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.ingest.poll.FeedSource;
import dev.newswatch.ingest.poll.FeedStatus;
import dev.newswatch.ingest.poll.PollerConfig;
import dev.newswatch.ingest.poll.PollerGroup;
import dev.newswatch.ingest.registry.FeedCatalog;
import dev.newswatch.ingest.registry.FeedRegistry;
import dev.newswatch.ingest.poll.ScheduleConfig;
import dev.newswatch.ingest.poll.PollerService;
import dev.newswatch.ingest.websub.WebSub;
import dev.newswatch.ingest.websub.WebSubStateFile;
import dev.newswatch.model.secrets.SecretBox;
import dev.newswatch.model.secrets.SecretKeys;
import dev.newswatch.model.Topics;
import dev.newswatch.pipeline.PipelineConfig;
import dev.newswatch.pipeline.PipelineService;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the parts of newswatch one process runs, in dependency order, and stops them in reverse: the
 * embedded broker (when no bootstrap servers are configured), the topics, the feed registry (writer and
 * catalog, for the API of every process), then the pipeline, the alert service and the poller (consumers
 * before the producer that feeds them). The poller first seeds the registry with the configured feeds,
 * then joins the poller group. Each part is built from the configuration record; nothing here reads
 * files or the environment.
 */
public final class NewswatchRuntime implements AutoCloseable, HealthCheck {

  /** The services a process can run. */
  public enum Service { POLLER, PIPELINE, ALERTS }

  private static final Logger LOG = LoggerFactory.getLogger(NewswatchRuntime.class);

  private final NewswatchConfig config;
  private final Set<Service> services;
  private final PrometheusRegistry registry;
  private final KafkaClientMetrics kafkaMetrics = new KafkaClientMetrics();
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private volatile EmbeddedKafkaBroker broker;
  private volatile PollerService poller;
  private volatile WebSub webSub;
  private volatile FeedRegistry feedRegistry;
  private volatile FeedCatalog feedCatalog;
  private volatile PipelineService pipeline;
  private volatile AlertsService alerts;
  private volatile boolean topicsReady;
  private volatile String bootstrapServers;
  private volatile TopicInitializer.Settings topicSettings;
  private SecretBox secretBox;

  public NewswatchRuntime(NewswatchConfig config, Set<Service> services, PrometheusRegistry registry) {
    this.config = config;
    this.services = services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services);
    this.registry = registry;
    registry.register(kafkaMetrics);
  }

  /** Starts everything; on failure, what was started is stopped again and the exception is thrown. */
  public void start() throws TimeoutException, InterruptedException {
    // The tag rules and gazetteer (analyzers, automata: a second or two) load while the broker and the
    // topics are made ready, so a restarted pipeline processes sooner.
    CompletableFuture<ArticleTagger> tagger = services.contains(Service.PIPELINE)
        ? CompletableFuture.supplyAsync(this::loadTagger) : null;
    try {
      NewswatchConfig.Kafka kafka = config.kafka();
      if (kafka.useEmbedded()) {
        broker = EmbeddedKafkaBroker.start(kafka.embedded().dataDir(), kafka.embedded().port(),
            kafka.embedded().controllerPort());
        started.push(broker);
        bootstrapServers = broker.bootstrapServers();
      } else {
        bootstrapServers = kafka.bootstrapServers();
      }
      // Only the topics this process's services use: on a cluster with authorization a service sees no others.
      // The replication chosen (from the cluster's size unless configured) is also Kafka Streams' for its topics.
      topicSettings = TopicInitializer.ensureTopics(clientConfig("newswatch-admin"),
          KafkaAcls.topics(services, KafkaAcls.Names.of(config)), kafka.topics().settings(),
          config.poller().startupTimeout());
      topicsReady = true;
      feedRegistry = new FeedRegistry(clientConfig("newswatch-registry"), Clock.systemUTC());
      started.push(feedRegistry);
      feedCatalog = new FeedCatalog(clientConfig("newswatch-catalog"));
      started.push(feedCatalog);
      if (tagger != null) {
        // The stream threads start now and restore their state while the rules finish loading; a rules file
        // that cannot be loaded still fails the start.
        startPipeline(tagger);
        awaitTagger(tagger);
      }
      if (services.contains(Service.ALERTS)) {
        startAlerts();
      }
      if (services.contains(Service.POLLER)) {
        startPoller();
      }
      LOG.info("newswatch started: services {} on Kafka {}", services, bootstrapServers);
    } catch (RuntimeException | TimeoutException | InterruptedException e) {
      if (tagger != null && pipeline == null) {
        // Not handed to a pipeline: closed here once loaded (or its failure ignored).
        tagger.thenAccept(NewswatchRuntime::closeQuietly);
      }
      close();
      throw e;
    }
  }

  private ArticleTagger loadTagger() {
    NewswatchConfig.Pipeline p = config.pipeline();
    try {
      return ArticleTagger.load(p.tagRules(), p.gazetteer());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pipeline.tagRules or pipeline.gazetteer: " + e.getMessage(), e);
    }
  }

  private static ArticleTagger awaitTagger(CompletableFuture<ArticleTagger> tagger) throws InterruptedException {
    try {
      return tagger.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("loading the tag rules failed: " + e.getCause(), e.getCause());
    }
  }

  private static void closeQuietly(ArticleTagger tagger) {
    try {
      tagger.close();
    } catch (IOException | RuntimeException e) {
      LOG.debug("closing an unused tagger: {}", e.toString());
    }
  }

  private void startPipeline(CompletableFuture<ArticleTagger> tagger) {
    NewswatchConfig.Pipeline p = config.pipeline();
    pipeline = new PipelineService(new PipelineConfig(p.dedupWindow(), config.kafka().topics().partitions()),
        pipelineStreamsConfig(p), registry, tagger);
    pipeline.start();
    started.push(pipeline);
    kafkaMetrics.register(pipeline::kafkaMetrics);
  }

  private void startAlerts() throws TimeoutException, InterruptedException {
    NewswatchConfig.Alerts a = config.alerts();
    AlertsConfig alertsConfig = new AlertsConfig(a.dedupWindow(), a.maxAttempts(), a.initialBackoff(),
        a.maxBackoff(), a.webhookTimeout(), a.allowPrivateNetworks(), a.allowedHosts(), deliverySettings(a));
    alerts = new AlertsService(alertsConfig, config.subscribers(), clientConfig("newswatch-alerts"),
        alertsStreamsConfig(a), registry, secretBox());
    alerts.start();
    started.push(alerts);
    kafkaMetrics.register(alerts::kafkaMetrics);
  }

  /** {@code alerts.delivery} and {@code alerts.smtp} over the alerts module's defaults. */
  public static DeliverySettings deliverySettings(NewswatchConfig.Alerts a) {
    DeliverySettings d = DeliverySettings.defaults();
    NewswatchConfig.Delivery c = a.delivery();
    NewswatchConfig.Smtp s = a.smtp();
    return new DeliverySettings(
        c.retryBudget() != null ? c.retryBudget() : d.retryBudget(),
        c.maxConcurrentDeliveries() != null ? c.maxConcurrentDeliveries() : d.maxConcurrentDeliveries(),
        c.maxQueuedPerSubscription() != null ? c.maxQueuedPerSubscription() : d.maxQueuedPerSubscription(),
        c.maxBufferedPerPartition() != null ? c.maxBufferedPerPartition() : d.maxBufferedPerPartition(),
        c.digestMaxItems() != null ? c.digestMaxItems() : d.digestMaxItems(),
        c.sseBufferPerOwner() != null ? c.sseBufferPerOwner() : d.sseBufferPerOwner(),
        c.atomEntriesPerSubscription() != null ? c.atomEntriesPerSubscription() : d.atomEntriesPerSubscription(),
        c.telegramApiBase() == null || c.telegramApiBase().isBlank() ? d.telegramApiBase()
            : java.net.URI.create(c.telegramApiBase().strip()),
        c.feedSecret(),
        s == null ? null : new DeliverySettings.Smtp(s.host(), s.port(), s.from(), s.startTls(), s.ssl(), s.username(),
            s.password(), s.timeout()),
        c.historyPerSubscription() != null ? c.historyPerSubscription() : d.historyPerSubscription(),
        c.historyWindow() != null ? c.historyWindow() : d.historyWindow());
  }

  /** The alerts service of this process, or null when it does not run one or has not started it yet. */
  public AlertsService alertsService() {
    return alerts;
  }

  /** What the subscriptions API works on; null until the alerts service has loaded the subscriptions. */
  public SubscriptionRegistry.Backend subscriptionBackend() {
    AlertsService a = alerts;
    return a == null ? null : a.subscriptionBackend();
  }

  /** The pollers' fetch settings ({@code poller.fetch}), address guard included. */
  public static FetchConfig fetchConfig(NewswatchConfig config) {
    NewswatchConfig.Fetch f = config.poller().fetch();
    return new FetchConfig(f.connectTimeout(), f.requestTimeout(), f.maxBodyBytes(), f.maxRedirects(),
        f.userAgent(), f.allowPrivateNetworks(), f.allowedHosts());
  }

  private void startPoller() {
    NewswatchConfig.Poller p = config.poller();
    FetchConfig fetch = fetchConfig(config);
    List<FeedSource> feeds = new ArrayList<>();
    for (NewswatchConfig.Feed feed : config.feeds()) {
      feeds.add(new FeedSource(feed.url(), feed.name()));
    }
    ScheduleConfig schedule = new ScheduleConfig(p.minInterval(), p.maxInterval(), p.maxBackoff(),
        p.brokenAfterFailures(), p.brokenAfter(), p.brokenRetryInterval(), p.maxRetryAfter());
    PollerConfig pollerConfig = new PollerConfig(List.of(), p.interval(), p.maxConcurrentFetches(), fetch,
        p.maxFetchesPerHost(), p.firstPollMaxItemAge(), schedule, p.maxPagesPerPoll());
    NewswatchConfig.Group g = p.group();
    PollerGroup group = new PollerGroup(g.id(), g.sessionTimeout(), g.heartbeatInterval(), g.revokeTimeout(),
        config.kafka().staticMembershipOn() ? g.id() + "-" + config.kafka().instanceId() : null);
    poller = new PollerService(pollerConfig, clientConfig("newswatch-poller"),
        p.transactionalIdPrefix() + "-" + config.kafka().instanceId(), registry, group);
    started.push(poller);
    // First of all: a transaction the previous run of this instance left open (killed while publishing) holds
    // back every reader of the partitions it wrote to, other pollers' articles included, until it is fenced.
    poller.fence();
    // The configuration only seeds the registry; what is polled is what the registry holds.
    feedRegistry.seed(feeds, p.retireUnlistedFeeds(), p.startupTimeout());
    if (p.websub().enabled()) {
      NewswatchConfig.WebSub w = p.websub();
      try {
        webSub = WebSub.start(w.toConfig(), fetch, poller::acceptPush, registry, Clock.systemUTC(),
            new WebSubStateFile(w.stateFile(), secretBox()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen for WebSub callbacks on " + w.bindHost() + ":" + w.port(), e);
      }
      // Pushed after the poller, so it is closed first: it unsubscribes while the poller still runs.
      started.push(webSub);
      poller.attach(webSub);
    }
    poller.start();
    kafkaMetrics.register(poller::kafkaMetrics);
  }

  /** The keys that seal secrets at rest: {@code secrets.keys}, or the key file (generated when missing). */
  synchronized SecretBox secretBox() {
    if (secretBox == null) {
      NewswatchConfig.Secrets s = config.secrets();
      secretBox = SecretKeys.resolve(s.keys(), s.activeKey(), s.keyFile());
    }
    return secretBox;
  }

  /** Common client settings: bootstrap servers, the configured extra properties and a client id prefix. */
  public Map<String, Object> clientConfig(String clientIdPrefix) {
    Map<String, Object> c = new HashMap<>(config.kafka().clientProperties());
    c.put("bootstrap.servers", bootstrapServers);
    c.put("client.id", clientIdPrefix + "-" + config.kafka().instanceId());
    return c;
  }

  /** What {@link #start} does once the topics exist: the replication chosen for them (for tests). */
  void topicSettings(TopicInitializer.Settings settings) {
    topicSettings = settings;
  }

  /** The pipeline's Kafka Streams settings (package-private for tests). */
  Map<String, Object> pipelineStreamsConfig(NewswatchConfig.Pipeline p) {
    Map<String, Object> c = streamsConfig(p.applicationId());
    c.put("commit.interval.ms", (int) p.commitInterval().toMillis());
    return c;
  }

  /** The alerts matching app's Kafka Streams settings (package-private for tests). */
  Map<String, Object> alertsStreamsConfig(NewswatchConfig.Alerts a) {
    return streamsConfig(a.applicationId());
  }

  private Map<String, Object> streamsConfig(String applicationId) {
    // The client id from clientConfig keeps the Kafka client metrics' client_id label (and so the
    // series) stable across restarts; Streams otherwise derives it from a random process id.
    Map<String, Object> c = clientConfig(applicationId);
    c.put("application.id", applicationId);
    // Every Streams app keeps its state under the configured data directory (pipeline.stateDir, default
    // data/streams), each in <stateDir>/<application.id>; never Streams' default under java.io.tmpdir.
    c.put("state.dir", config.pipeline().stateDir().toAbsolutePath().toString());
    // Internal topics (changelogs, repartition topics) replicated as the app's own: what the topic initializer
    // chose for this cluster; before the start only what is configured (-1: the broker's default).
    TopicInitializer.Settings t = topicSettings != null ? topicSettings : config.kafka().topics().settings();
    c.put("replication.factor", t.replicationFactor() == TopicInitializer.FROM_CLUSTER ? -1 : (int) t.replicationFactor());
    if (t.minInsyncReplicas() != TopicInitializer.FROM_CLUSTER) {
      c.put(org.apache.kafka.streams.StreamsConfig.topicPrefix("min.insync.replicas"), (int) t.minInsyncReplicas());
    }
    if (config.kafka().staticMembershipOn()) {
      // A restarted instance takes its tasks back at once instead of after the session timeout (45 s).
      c.put("group.instance.id", applicationId + "-" + config.kafka().instanceId());
    }
    return c;
  }

  /**
   * The JSON status documents of this process for {@code /api/v1/} besides the feeds ({@code FeedsApi}):
   * {@code websub} (each WebSub subscription's hub, topic, state and lease; never callback ids or secrets).
   * Subscriptions have their own API ({@code SubscriptionsApi}, mounted by the launcher).
   */
  public Map<String, java.util.function.Supplier<Object>> apiDocuments() {
    Map<String, java.util.function.Supplier<Object>> docs = new java.util.TreeMap<>();
    docs.put("websub", () -> webSub == null ? List.of() : webSub.status());
    return docs;
  }

  /** Every registry feed with its stored state, once the topics exist; null before. */
  public FeedCatalog feedCatalog() {
    return feedCatalog;
  }

  /** Writes the feed registry, once the topics exist; null before. */
  public FeedRegistry feedRegistry() {
    return feedRegistry;
  }

  /** Live status of the feeds this process polls (none when it runs no poller). */
  public Map<String, FeedStatus> localFeedStatus() {
    PollerService p = poller;
    return p == null ? Map.of() : p.status();
  }

  /** The bootstrap servers in use (the embedded broker's once started). */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** The poller, when this process runs it (for the feed status on the ops endpoint and tests). */
  public PollerService poller() {
    return poller;
  }

  @Override
  public Status health() {
    List<String> problems = new ArrayList<>();
    if (poller != null && !poller.isHealthy()) {
      problems.add("poller: stopped after a fatal Kafka error");
    }
    if (pipeline != null && pipeline.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR) {
      problems.add("pipeline: Kafka Streams in ERROR state");
    }
    return problems.isEmpty() ? new Status(true, "alive") : new Status(false, String.join("\n", problems));
  }

  @Override
  public Status readiness() {
    List<String> lines = new ArrayList<>();
    boolean ok = topicsReady;
    lines.add("kafka: " + (bootstrapServers == null ? "starting" : bootstrapServers) + (topicsReady ? ", topics ready" : ""));
    FeedCatalog catalog = feedCatalog;
    if (catalog != null) {
      lines.add("feed registry: " + (catalog.caughtUp() ? catalog.active().size() + " feeds" : "loading"));
    }
    if (services.contains(Service.PIPELINE)) {
      boolean up = pipeline != null && pipeline.isRunning();
      ok &= up;
      lines.add("pipeline: " + (pipeline == null ? "starting" : pipeline.state()));
    }
    if (services.contains(Service.ALERTS)) {
      boolean up = alerts != null && alerts.isRunning();
      ok &= up;
      lines.add("alerts: " + (up ? "running" : "starting"));
    }
    if (services.contains(Service.POLLER)) {
      boolean up = poller != null && poller.isHealthy();
      ok &= up;
      lines.add("poller: " + (poller == null ? "starting" : up ? "running, " + poller.status().size()
          + " feeds of registry partitions " + new java.util.TreeSet<>(poller.assignedPartitions()) : "failed"));
      WebSub w = webSub;
      // Reported, not counted against readiness: polling, pushes and publishing go on without the file,
      // and a not-ready poller would lose the traffic of the hubs' callbacks.
      if (w != null) {
        w.stateFileProblem().ifPresent(problem -> lines.add("websub: " + problem));
      }
    }
    return new Status(ok, String.join("\n", lines));
  }

  /** Stops what was started, newest first; each part gets its own bounded close. */
  @Override
  public void close() {
    while (!started.isEmpty()) {
      AutoCloseable part = started.pop();
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("error while stopping {}: {}", part.getClass().getSimpleName(), e.toString());
      }
    }
  }
}
