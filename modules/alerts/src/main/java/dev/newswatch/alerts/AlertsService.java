package dev.newswatch.alerts;

import com.sun.net.httpserver.HttpHandler;
import dev.newswatch.alerts.delivery.AlertStreamHandler;
import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.delivery.AtomChannel;
import dev.newswatch.alerts.delivery.AtomFeedHandler;
import dev.newswatch.alerts.delivery.ConsoleChannel;
import dev.newswatch.alerts.delivery.DeliveryChannel;
import dev.newswatch.alerts.delivery.EmailChannel;
import dev.newswatch.alerts.delivery.SlackChannel;
import dev.newswatch.alerts.delivery.SseChannel;
import dev.newswatch.alerts.delivery.TelegramChannel;
import dev.newswatch.alerts.delivery.WebhookChannel;
import dev.newswatch.alerts.subscriptions.OwnerAuth;
import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.alerts.subscriptions.SealedSubscriptions;
import dev.newswatch.alerts.subscriptions.SecretMetrics;
import dev.newswatch.alerts.subscriptions.SubscriptionRegistry;
import dev.newswatch.model.secrets.SecretBox;
import dev.newswatch.streams.restore.RestoreLog;
import dev.newswatch.streams.restore.UncleanStopState;
import java.util.concurrent.TimeoutException;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts service: matches articles against subscriptions and delivers the resulting alerts. It runs
 * two parts that talk only through {@code newswatch.alerts.v1}:
 * <ol>
 *   <li>the matching Kafka Streams app ({@link AlertTopology}), exactly-once, which writes each
 *       (subscription, article) alert once;</li>
 *   <li>delivery ({@link DeliveryLoop}), which queues every alert per subscription channel and delivers
 *       in order with long, jittered retries while other subscriptions go on, dead-letters what cannot be
 *       delivered to {@code newswatch.deliveries.dlq.v1}, and commits only finished alerts, so a restart
 *       resends only unfinished ones, with their same ids.</li>
 * </ol>
 * Local state is kept on start after a clean close, which the service marks (the dedup memory is what keeps a
 * restart from alerting twice); what a stop that was not clean left goes, as exactly-once Kafka Streams would
 * discard it and restore it from the changelog anyway ({@link UncleanStopState}).
 */
public final class AlertsService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertsService.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration SUBSCRIPTIONS_LOAD_TIMEOUT = Duration.ofMinutes(2);
  /** Recent stories kept for previews and tests of subscriptions. */
  static final int RECENT_STORIES = 2000;

  private final AlertsConfig config;
  private final SubscriptionDirectory directory;
  private final Map<String, Object> kafkaConfig;
  private final Map<String, Object> streamsProps;
  private final String applicationId;
  private final AlertsMetrics metrics;
  private final Topology topology;
  private final SseChannel sse;
  private final AtomChannel atom;
  private final DeliveryJournal journal;
  private final SubscriptionIndex index;
  private final List<Subscription> configured;
  private volatile SubscriptionRegistry registry;
  private final MatchMetrics matchMetrics;
  private final SealedSubscriptions sealed;
  private final SecretMetrics secretMetrics;
  /** Complete once every subscription is in the matcher; matching waits for it (see {@link #start()}). */
  private final java.util.concurrent.CompletableFuture<Void> subscriptionsLoaded =
      new java.util.concurrent.CompletableFuture<>();

  // Written under the instance lock by start/close; volatile so that health checks and metric scrapes
  // never wait for a close in progress.
  private volatile KafkaStreams streams;
  private volatile Thread deliveryThread;
  private volatile Map<MetricName, ? extends Metric> consumerMetrics = Map.of();
  private volatile Map<MetricName, ? extends Metric> producerMetrics = Map.of();
  private volatile boolean closed;
  private DeliveryLoop delivery;
  private final List<AutoCloseable> channelClients = new ArrayList<>();

  /**
   * Builds the service with a fixed list of subscriptions; nothing connects to Kafka before {@link #start()}.
   *
   * @param config        matching and delivery settings
   * @param subscriptions every subscription, ids unique
   * @param kafkaConfig   common client settings ({@code bootstrap.servers}, security); copied
   * @param streamsConfig {@code application.id}, {@code state.dir}, {@code replication.factor} and other
   *                      Streams settings; merged over {@code kafkaConfig}
   * @param registry      where the module's metrics are registered
   */
  public AlertsService(AlertsConfig config, List<Subscription> subscriptions, Map<String, Object> kafkaConfig,
      Map<String, Object> streamsConfig, PrometheusRegistry registry) {
    this(config, subscriptions, kafkaConfig, streamsConfig, registry, null);
  }

  /**
   * As above, with the keys that seal channel secrets in {@code newswatch.subscriptions.v1}.
   *
   * @param secrets the keys; null for a fresh key held in memory only (tests: what it seals cannot be
   *                read by a later process)
   */
  public AlertsService(AlertsConfig config, List<Subscription> subscriptions, Map<String, Object> kafkaConfig,
      Map<String, Object> streamsConfig, PrometheusRegistry registry, SecretBox secrets) {
    this.config = Objects.requireNonNull(config, "config");
    this.sealed = new SealedSubscriptions(secrets != null ? secrets
        : new SecretBox(Map.of("memory", SecretBox.newKey()), "memory"));
    this.secretMetrics = new SecretMetrics(registry,
        () -> {
          SubscriptionRegistry r = this.registry;
          return r == null ? 0 : r.lockedCount();
        },
        () -> {
          SubscriptionRegistry r = this.registry;
          return r == null ? 0 : r.resealPendingCount();
        });
    this.configured = List.copyOf(subscriptions);
    SubscriptionDirectory fromConfig = SubscriptionDirectory.of(configured);
    // Delivery and the SSE/Atom channels are built before start() has loaded newswatch.subscriptions.v1:
    // they look subscriptions up through this view, which follows the live directory once it exists.
    this.directory = new SubscriptionDirectory() {
      @Override
      public java.util.Optional<Subscription> get(String id) {
        SubscriptionRegistry r = AlertsService.this.registry;
        return r == null ? fromConfig.get(id) : r.directory().get(id);
      }

      @Override
      public java.util.Collection<Subscription> all() {
        SubscriptionRegistry r = AlertsService.this.registry;
        return r == null ? fromConfig.all() : r.directory().all();
      }
    };
    this.kafkaConfig = Map.copyOf(kafkaConfig);
    this.streamsProps = ClientSettings.streams(kafkaConfig, streamsConfig);
    this.applicationId = ClientSettings.applicationId(streamsProps);
    this.metrics = new AlertsMetrics(registry);
    this.index = new SubscriptionIndex();
    this.matchMetrics = new MatchMetrics(registry, index::counts);
    this.topology = AlertTopology.build(index, config.dedupWindow(), matchMetrics, subscriptionsLoaded);
    this.sse = new SseChannel(directory, config.delivery().sseBufferPerOwner());
    this.atom = new AtomChannel(config.delivery().atomEntriesPerSubscription());
    this.journal = new DeliveryJournal(config.delivery().historyPerSubscription(),
        DeliveryJournal.DEFAULT_SUBSCRIPTIONS);
  }

  /**
   * Starts matching and delivery.
   *
   * @throws IllegalStateException when already started or closed
   */
  public synchronized void start() throws TimeoutException, InterruptedException {
    if (streams != null || closed) {
      throw new IllegalStateException("alerts service " + applicationId + " was already started");
    }
    registry = new SubscriptionRegistry(kafkaConfig, index, matchMetrics, RECENT_STORIES, sealed, secretMetrics);
    // The stream threads start at once: joining the group and restoring the snapshot store (seconds after an
    // unclean stop under exactly-once) overlap reading the subscriptions. Every subscription is read before
    // the first story is matched (the match step waits for subscriptionsLoaded), or stories matched meanwhile
    // would miss subscriptions that exist.
    // What an unclean stop left goes before Streams opens it (it would only find out after the first
    // assignment, and rebalance once more to discard it).
    UncleanStopState.discard(java.nio.file.Path.of(String.valueOf(streamsProps.get(StreamsConfig.STATE_DIR_CONFIG))),
        applicationId);
    streams = new KafkaStreams(topology, new StreamsConfig(streamsProps));
    streams.setUncaughtExceptionHandler(e -> {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof MatchProcessor.SubscriptionsUnavailable) {
          LOG.error("alerts stream thread stopped: {}", t.getMessage());
          return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
      }
      LOG.error("alerts stream thread failed; replacing it", e);
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.setStateListener((to, from) -> LOG.info("alerts streams {} -> {}", from, to));
    streams.setGlobalStateRestoreListener(new RestoreLog(applicationId));
    streams.start();
    try {
      registry.loadAndMerge(configured, SUBSCRIPTIONS_LOAD_TIMEOUT);
    } catch (RuntimeException | TimeoutException | InterruptedException e) {
      // Nothing was matched: the waiting stream threads stop, and the stories are matched by a later start.
      subscriptionsLoaded.completeExceptionally(e);
      close();
      throw e;
    }
    subscriptionsLoaded.complete(null);
    // Delivery looks subscriptions up in the directory, so it starts once that has every one.
    startDelivery();
    // The history is for people reading it, not for delivery: rebuilding it (seconds for a busy alerts topic)
    // must not delay the first delivery after a restart.
    Thread history = new Thread(this::rebuildHistory, "newswatch-alerts-history");
    history.setDaemon(true);
    history.start();
    LOG.info("alerts service {} started with {} subscriptions, {}", applicationId, directory.all().size(), config);
  }

  /**
   * Rebuilds the alert history from the alerts and dead-letter topics, beside deliveries that already run,
   * and puts it under the live entries; a failure leaves only the live entries, never stops the service.
   */
  private void rebuildHistory() {
    // Reads the delivery group's committed offsets without joining the group.
    Map<String, Object> props = ClientSettings.consumer(kafkaConfig, applicationId);
    props.put(org.apache.kafka.clients.CommonClientConfigs.CLIENT_ID_CONFIG, applicationId + "-history");
    long started = System.nanoTime();
    try (var consumer = new KafkaConsumer<byte[], byte[]>(props)) {
      var partitions = consumer.partitionsFor(dev.newswatch.model.Topics.ALERTS, Duration.ofSeconds(30)).stream()
          .map(i -> new org.apache.kafka.common.TopicPartition(i.topic(), i.partition()))
          .collect(java.util.stream.Collectors.toSet());
      var committed = new HashMap<org.apache.kafka.common.TopicPartition,
          org.apache.kafka.clients.consumer.OffsetAndMetadata>();
      consumer.committed(partitions, Duration.ofSeconds(30)).forEach((p, o) -> {
        if (o != null) {
          committed.put(p, o);
        }
      });
      DeliveryJournal rebuilt = new DeliveryJournal(config.delivery().historyPerSubscription(),
          DeliveryJournal.DEFAULT_SUBSCRIPTIONS);
      AlertHistoryRebuild.Result result = AlertHistoryRebuild.rebuild(consumer, committed, directory, rebuilt,
          config.delivery().historyWindow(), java.time.Instant.now());
      journal.putOlder(rebuilt);
      LOG.info("alert history rebuilt from {} alert and {} dead-letter records of the last {} in {} ms", result.alerts(),
          result.deadLetters(), config.delivery().historyWindow(), (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.warn("alert history could not be rebuilt from the topics; it starts empty: {}", e.toString());
    }
  }

  /**
   * The delivery consumer's settings: when the matching app is a static member, so is the delivery consumer
   * (in its own group), so that a restarted instance takes its alert partitions back at once instead of after
   * the session timeout.
   */
  Map<String, Object> deliveryConsumerConfig() {
    Map<String, Object> props = ClientSettings.consumer(kafkaConfig, applicationId);
    if (streamsProps.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG) instanceof String instance) {
      props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instance + "-delivery");
    }
    return props;
  }

  private void startDelivery() {
    var consumer = new KafkaConsumer<byte[], byte[]>(deliveryConsumerConfig());
    KafkaProducer<byte[], byte[]> producer;
    try {
      producer = new KafkaProducer<>(ClientSettings.producer(kafkaConfig, applicationId));
    } catch (RuntimeException e) {
      consumer.close();
      throw e;
    }
    // Both maps are live views over the clients' metric registries, safe to read from any thread; the
    // consumer itself may only be called from the delivery thread.
    consumerMetrics = consumer.metrics();
    producerMetrics = producer.metrics();
    DeliverySettings settings = config.delivery();
    AddressGuard guard = new AddressGuard(config.allowPrivateNetworks(), config.allowedHosts());
    WebhookChannel webhook = new WebhookChannel(config.webhookTimeout(), guard);
    SlackChannel slack = new SlackChannel(config.webhookTimeout(), guard);
    TelegramChannel telegram = new TelegramChannel(config.webhookTimeout(), guard, settings.telegramApiBase());
    channelClients.addAll(List.of(webhook, slack, telegram));
    List<DeliveryChannel> all = List.of(webhook, slack, telegram, new EmailChannel(settings.smtp()), sse, atom,
        new ConsoleChannel());
    Map<String, DeliveryChannel> channels = new HashMap<>();
    all.forEach(c -> channels.put(c.type(), c));
    DeadLetterPublisher deadLetters = new DeadLetterPublisher(producer);
    AlertDispatcher dispatcher = new AlertDispatcher(channels, deadLetters, metrics, Clock.systemUTC(), journal);
    LaneRunner runner = new LaneRunner();
    Lane.Context lanes = new Lane.Context(dispatcher, directory, new Backoff(config.initialBackoff(),
        config.maxBackoff()), config.maxAttempts(), settings.retryBudget(), settings.digestMaxItems(),
        new Semaphore(settings.maxConcurrentDeliveries()), runner, metrics, Clock.systemUTC());
    delivery = new DeliveryLoop(consumer, producer, directory, deadLetters, metrics, runner, lanes, settings);
    deliveryThread = new Thread(delivery, "alerts-delivery-" + applicationId);
    deliveryThread.start();
  }

  /** The Server-Sent Events channel, whose buffers {@link #alertStreamHandler} serves. */
  public SseChannel sseChannel() {
    return sse;
  }

  /** The Atom channel, whose entries {@link #atomFeedHandler} serves. */
  public AtomChannel atomChannel() {
    return atom;
  }

  /** {@code GET} an owner's alert stream (Server-Sent Events); see {@link AlertStreamHandler}. */
  public HttpHandler alertStreamHandler(OwnerAuth auth) {
    return new AlertStreamHandler(sse, auth);
  }

  /**
   * {@code GET <prefix><subscription id>} a subscription's Atom feed; see {@link AtomFeedHandler}.
   *
   * @param prefix the context path it is registered under, e.g. {@code /feeds/alerts/}
   */
  public HttpHandler atomFeedHandler(String prefix, OwnerAuth auth) {
    return new AtomFeedHandler(prefix, atom, directory, auth, config.delivery().feedSecret());
  }

  /** {@code POST} to redeliver dead letters; see {@link DeadLetterApi}. */
  public HttpHandler deadLetterHandler(OwnerAuth auth) {
    return new DeadLetterApi(new Redeliverer(kafkaConfig), directory, auth);
  }

  /** Stops delivery (abandoning requests in flight, which are resent after restart) and matching, within about a minute. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // A stream thread still waiting for the subscriptions stops instead of holding up the close.
    subscriptionsLoaded.completeExceptionally(new IllegalStateException("alerts service closed"));
    if (delivery != null) {
      // No interrupt: the poll thread only waits in poll (cut short by stop's wakeup) or briefly in a
      // commit; an interrupt could abort its final commit and its leaving the group. Lanes are
      // interrupted by the runner.
      delivery.stop();
    }
    if (streams != null) {
      // Leaving the group lets a successor take the partitions at once instead of after the session timeout.
      boolean stopped = streams.close(CloseOptions
          .groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
          .withTimeout(CLOSE_TIMEOUT));
      if (stopped) {
        UncleanStopState.markClean(
            java.nio.file.Path.of(String.valueOf(streamsProps.get(StreamsConfig.STATE_DIR_CONFIG))), applicationId);
      } else {
        LOG.warn("alerts streams did not stop within {}", CLOSE_TIMEOUT);
      }
    }
    if (deliveryThread != null) {
      try {
        deliveryThread.join(CLOSE_TIMEOUT.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (deliveryThread.isAlive()) {
        LOG.warn("alerts delivery thread did not stop within {}", CLOSE_TIMEOUT);
      }
      for (AutoCloseable client : channelClients) {
        try {
          client.close();
        } catch (Exception e) {
          LOG.warn("closing a delivery channel failed: {}", e.toString());
        }
      }
    }
    if (registry != null) {
      registry.close();
    }
    try {
      index.close();
    } catch (java.io.IOException e) {
      LOG.warn("closing the subscription index failed: {}", e.toString());
    }
    LOG.info("alerts service {} closed", applicationId);
  }

  /** True while the Streams app is running or rebalancing and the delivery thread is alive. */
  public boolean isRunning() {
    KafkaStreams s = streams;
    Thread t = deliveryThread;
    return s != null && t != null && !closed && s.state().isRunningOrRebalancing() && t.isAlive();
  }

  /** The Kafka client metrics of the Streams app, the delivery consumer and the dead-letter producer. */
  public Map<MetricName, ? extends Metric> kafkaMetrics() {
    Map<MetricName, Metric> all = new HashMap<>();
    KafkaStreams s = streams;
    if (s != null) {
      all.putAll(s.metrics());
    }
    all.putAll(consumerMetrics);
    all.putAll(producerMetrics);
    return all;
  }

  /** The matching topology, for describing and testing. */
  public Topology topology() {
    return topology;
  }

  /**
   * Every subscription: the live directory of {@code newswatch.subscriptions.v1} once {@link #start()} has
   * loaded it, the configured ones before; the same view delivery looks subscriptions up in.
   */
  public SubscriptionDirectory directory() {
    return directory;
  }

  /** The recent stories (the story board and previews), or null before {@link #start()}. */
  public dev.newswatch.alerts.subscriptions.RecentStories recentStories() {
    SubscriptionRegistry r = registry;
    return r == null ? null : r.recentStories();
  }

  /** Every recent alert per subscription with its delivery status per channel, as this instance delivered it. */
  public DeliveryJournal deliveryJournal() {
    return journal;
  }

  /** What the subscriptions API works on, or null before {@link #start()} has loaded the subscriptions. */
  public SubscriptionRegistry.Backend subscriptionBackend() {
    SubscriptionRegistry r = registry;
    return r == null ? null : r.backend();
  }
}
