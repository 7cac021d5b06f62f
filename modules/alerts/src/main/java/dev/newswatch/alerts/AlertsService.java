package dev.newswatch.alerts;

import dev.newswatch.alerts.delivery.AlertsMetrics;
import dev.newswatch.alerts.delivery.ConsoleChannel;
import dev.newswatch.alerts.delivery.DeliveryChannel;
import dev.newswatch.alerts.delivery.WebhookChannel;
import dev.newswatch.alerts.match.MatchMetrics;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.alerts.subscriptions.SubscriptionDirectory;
import dev.newswatch.alerts.subscriptions.SubscriptionRegistry;
import java.util.concurrent.TimeoutException;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 *   <li>the delivery loop on its own thread, which hands every alert to its subscription's channels with
 *       retries and backoff, dead-letters what cannot be delivered to {@code newswatch.deliveries.dlq.v1},
 *       and commits each alert's offset right after, so restarts resend nothing already delivered.</li>
 * </ol>
 * Local state is never wiped on start: the dedup memory is what keeps a restart from alerting twice.
 */
public final class AlertsService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AlertsService.class);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration SUBSCRIPTIONS_LOAD_TIMEOUT = Duration.ofMinutes(2);
  /** Recent stories kept for previews and tests of subscriptions. */
  static final int RECENT_STORIES = 2000;

  private final AlertsConfig config;
  private final Map<String, Subscription> subscriptions;
  private final Map<String, Object> kafkaConfig;
  private final Map<String, Object> streamsProps;
  private final String applicationId;
  private final AlertsMetrics metrics;
  private final Topology topology;
  private final SubscriptionIndex index;
  private final List<Subscription> configured;
  private volatile SubscriptionRegistry registry;
  private final MatchMetrics matchMetrics;

  // Written under the instance lock by start/close; volatile so that health checks and metric scrapes
  // never wait for a close in progress.
  private volatile KafkaStreams streams;
  private volatile Thread deliveryThread;
  private volatile Map<MetricName, ? extends Metric> consumerMetrics = Map.of();
  private volatile Map<MetricName, ? extends Metric> producerMetrics = Map.of();
  private volatile boolean closed;
  private DeliveryLoop delivery;
  private WebhookChannel webhook;

  /**
   * Builds the service; nothing connects to Kafka before {@link #start()}.
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
    this.config = Objects.requireNonNull(config, "config");
    this.subscriptions = subscriptions.stream()
        .collect(Collectors.toUnmodifiableMap(Subscription::id, Function.identity(), (a, b) -> {
          throw new IllegalArgumentException("duplicate subscription id '" + a.id() + "'");
        }));
    this.kafkaConfig = Map.copyOf(kafkaConfig);
    this.streamsProps = ClientSettings.streams(kafkaConfig, streamsConfig);
    this.applicationId = ClientSettings.applicationId(streamsProps);
    this.metrics = new AlertsMetrics(registry);
    this.configured = List.copyOf(subscriptions);
    this.index = new SubscriptionIndex();
    this.matchMetrics = new MatchMetrics(registry, index::counts);
    this.topology = AlertTopology.build(index, config.dedupWindow(), matchMetrics);
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
    // Every subscription is read before the first story is matched, or stories matched meanwhile would
    // miss subscriptions that exist.
    registry = new SubscriptionRegistry(kafkaConfig, index, matchMetrics, RECENT_STORIES);
    registry.loadAndMerge(configured, SUBSCRIPTIONS_LOAD_TIMEOUT);
    streams = new KafkaStreams(topology, new StreamsConfig(streamsProps));
    streams.setUncaughtExceptionHandler(e -> {
      LOG.error("alerts stream thread failed; replacing it", e);
      return StreamThreadExceptionResponse.REPLACE_THREAD;
    });
    streams.setStateListener((to, from) -> LOG.info("alerts streams {} -> {}", from, to));
    streams.start();
    startDelivery();
    LOG.info("alerts service {} started with {} subscriptions, {}", applicationId, subscriptions.size(), config);
  }

  private void startDelivery() {
    int maxChannels = subscriptions.values().stream().mapToInt(s -> s.channels().size()).max().orElse(1);
    PollBudget budget = PollBudget.of(config, maxChannels);
    var consumer = new KafkaConsumer<byte[], byte[]>(ClientSettings.consumer(kafkaConfig, applicationId, budget));
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
    webhook = new WebhookChannel(config.webhookTimeout(),
        new AddressGuard(config.allowPrivateNetworks(), config.allowedHosts()));
    Map<String, DeliveryChannel> channels = Map.of(webhook.type(), webhook, ConsoleChannel.TYPE, new ConsoleChannel());
    DeadLetterPublisher deadLetters = new DeadLetterPublisher(producer);
    AlertDispatcher dispatcher = new AlertDispatcher(channels, config, deadLetters, metrics,
        pause -> Thread.sleep(pause.toMillis()), Clock.systemUTC());
    delivery = new DeliveryLoop(consumer, producer, subscriptions, dispatcher, deadLetters, metrics,
        budget.batchBudget());
    deliveryThread = new Thread(delivery, "alerts-delivery-" + applicationId);
    deliveryThread.start();
  }

  /** Stops delivery (interrupting a backoff pause or request in flight) and matching, within about a minute. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (delivery != null) {
      delivery.stop();
      deliveryThread.interrupt();
    }
    if (streams != null) {
      // Leaving the group lets a successor take the partitions at once instead of after the session timeout.
      boolean stopped = streams.close(CloseOptions
          .groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
          .withTimeout(CLOSE_TIMEOUT));
      if (!stopped) {
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
      webhook.close();
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

  /**
   * Every subscription (the live directory of {@code newswatch.subscriptions.v1}), or null before
   * {@link #start()}; what delivery should look subscriptions up in.
   */
  public SubscriptionDirectory directory() {
    SubscriptionRegistry r = registry;
    return r == null ? null : r.directory();
  }

  /** What the subscriptions API works on, or null before {@link #start()} has loaded the subscriptions. */
  public SubscriptionRegistry.Backend subscriptionBackend() {
    SubscriptionRegistry r = registry;
    return r == null ? null : r.backend();
  }

  /** The matching topology, for describing and testing. */
  public Topology topology() {
    return topology;
  }
}
