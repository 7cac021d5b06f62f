package dev.newswatch.app.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.newswatch.alerts.subscriptions.ApiLimits;
import dev.newswatch.app.NewswatchVersion;
import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.ingest.poll.FeedPoller;
import dev.newswatch.ingest.websub.WebSubConfig;
import dev.newswatch.model.Redacted;
import dev.newswatch.model.http.RateLimiter;
import dev.newswatch.model.Subscription;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything newswatch reads from {@code config/newswatch.yaml} (and {@code NEWSWATCH_*} environment
 * overrides, see {@link ConfigLoader}). Every section and field has a default, so an empty file is a
 * valid configuration that starts the embedded broker with no feeds.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record NewswatchConfig(
    Kafka kafka, Http http, Poller poller, Pipeline pipeline, Alerts alerts, List<Feed> feeds,
    List<Subscription> subscribers, Secrets secrets) {

  /** A configuration with the default {@link Secrets} (a generated key file). */
  public NewswatchConfig(Kafka kafka, Http http, Poller poller, Pipeline pipeline, Alerts alerts, List<Feed> feeds,
      List<Subscription> subscribers) {
    this(kafka, http, poller, pipeline, alerts, feeds, subscribers, null);
  }

  public NewswatchConfig {
    secrets = secrets == null ? new Secrets(null, null, null) : secrets;
    kafka = kafka == null ? new Kafka(null, null, null, null, null, null, null) : kafka;
    http = http == null ? new Http(null, null, null, null, null, null) : http;
    poller = poller == null
        ? new Poller(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null)
        : poller;
    pipeline = pipeline == null ? new Pipeline(null, null, null, null, null, null) : pipeline;
    alerts = alerts == null ? new Alerts(null, null, null, null, null, null, null, null, null, null, null, null) : alerts;
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    subscribers = subscribers == null ? List.of() : List.copyOf(subscribers);
  }

  /**
   * Kafka connection. An empty {@code bootstrapServers} means: start the embedded single-node broker.
   *
   * @param clientProperties    extra properties for every Kafka client of the process (producers, consumers,
   *                            admin clients, Kafka Streams and its internal clients): {@code security.protocol},
   *                            {@code sasl.*}, {@code ssl.*}, for example. An empty value (an unset
   *                            {@code ${ENV:-}}) leaves the property out. Secret-looking values are masked in
   *                            {@link #toString()} and logs
   * @param clientPropertyFiles properties whose value is the content of a file (a mounted secret such as
   *                            {@code sasl.jaas.config}); {@link ConfigLoader} reads them into
   *                            {@code clientProperties} and a property may be given in only one of the two
   */
  public record Kafka(String bootstrapServers, Embedded embedded, Topics topics, Map<String, String> clientProperties,
      Map<String, Path> clientPropertyFiles, String instanceId, Boolean staticMembership) {
    public Kafka {
      bootstrapServers = bootstrapServers == null ? "" : bootstrapServers.strip();
      embedded = embedded == null ? new Embedded(null, null, null) : embedded;
      topics = topics == null ? new Topics(null, null, null, null, null) : topics;
      Map<String, String> props = new java.util.TreeMap<>();
      if (clientProperties != null) {
        clientProperties.forEach((k, v) -> {
          if (v != null && !v.isBlank()) {
            props.put(k.strip(), v);
          }
        });
      }
      clientProperties = java.util.Collections.unmodifiableMap(props);
      clientPropertyFiles = clientPropertyFiles == null ? Map.of()
          : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(clientPropertyFiles));
      instanceId = instanceId == null || instanceId.isBlank() ? "1" : instanceId.strip();
    }

    public boolean useEmbedded() {
      return bootstrapServers.isEmpty();
    }

    /**
     * Whether the services join their consumer groups as static members ({@code group.instance.id} =
     * group or application id + {@code -} + {@link #instanceId}): a member that restarts within the session
     * timeout gets its partitions back at once, without a rebalance and without waiting for the timeout.
     * {@code kafka.staticMembership} forces it; by default it is on when {@code kafka.instanceId} is set
     * (anything but the default {@code 1}), because two instances with one id would fence each other.
     */
    public boolean staticMembershipOn() {
      return staticMembership != null ? staticMembership : !instanceId.equals("1");
    }

    /** A copy with other client properties (the files already read in, for example). */
    public Kafka withClientProperties(Map<String, String> properties) {
      return new Kafka(bootstrapServers, embedded, topics, properties, clientPropertyFiles, instanceId, staticMembership);
    }

    /** A copy with other bootstrap servers. */
    public Kafka withBootstrapServers(String servers) {
      return new Kafka(servers, embedded, topics, clientProperties, clientPropertyFiles, instanceId, staticMembership);
    }

    /** A copy with another embedded broker section. */
    public Kafka withEmbedded(Embedded other) {
      return new Kafka(bootstrapServers, other, topics, clientProperties, clientPropertyFiles, instanceId, staticMembership);
    }

    /**
     * The client properties for logs: values of keys naming a password, secret, token, credential, key or
     * JAAS configuration are {@code ***}; so is every property read from a file.
     */
    public Map<String, String> maskedClientProperties() {
      Map<String, String> out = new java.util.TreeMap<>();
      clientProperties.forEach((key, value) ->
          out.put(key, isSecret(key) || clientPropertyFiles.containsKey(key) ? "***" : value));
      return out;
    }

    /** Whether the value of a client property is a secret (never logged). */
    public static boolean isSecret(String key) {
      String k = key.toLowerCase(java.util.Locale.ROOT);
      return k.contains("password") || k.contains("secret") || k.contains("jaas") || k.contains("token")
          || k.contains("credential") || k.endsWith(".key") || k.contains("key.password")
          || k.endsWith(".certificate.chain");
    }

    @Override
    public String toString() {
      return "Kafka[bootstrapServers=" + bootstrapServers + ", embedded=" + embedded + ", topics=" + topics
          + ", clientProperties=" + maskedClientProperties() + ", clientPropertyFiles=" + clientPropertyFiles
          + ", instanceId=" + instanceId + "]";
    }
  }

  /** The embedded broker: where it keeps data and which 127.0.0.1 ports it listens on. */
  public record Embedded(Path dataDir, Integer port, Integer controllerPort) {
    public Embedded {
      dataDir = dataDir == null ? Path.of("data", "kafka") : dataDir;
      port = port == null ? 9092 : port;
      controllerPort = controllerPort == null ? 9093 : controllerPort;
      checkPort("kafka.embedded.port", port);
      checkPort("kafka.embedded.controllerPort", controllerPort);
    }
  }

  /**
   * How topics are created when missing.
   *
   * @param replicationFactor replicas of every topic and of Kafka Streams' internal topics; null: chosen from
   *                          the cluster at start, {@code min(3, brokers)}
   * @param minInsyncReplicas {@code min.insync.replicas} of the same topics; null: one less than the replication
   *                          factor, at least 1 (2 with 3 replicas)
   */
  public record Topics(Integer partitions, Integer compactedPartitions, Short replicationFactor,
      Short minInsyncReplicas, Duration retention) {
    public Topics {
      partitions = partitions == null ? 4 : partitions;
      compactedPartitions = compactedPartitions == null ? 2 : compactedPartitions;
      retention = retention == null ? Duration.ofDays(7) : retention;
      if (partitions < 1 || compactedPartitions < 1 || replicationFactor != null && replicationFactor < 1) {
        throw new IllegalArgumentException("kafka.topics: partitions and replicationFactor must be at least 1");
      }
      if (minInsyncReplicas != null && minInsyncReplicas < 1) {
        throw new IllegalArgumentException("kafka.topics.minInsyncReplicas must be at least 1");
      }
      if (minInsyncReplicas != null && replicationFactor != null && minInsyncReplicas > replicationFactor) {
        throw new IllegalArgumentException("kafka.topics.minInsyncReplicas " + minInsyncReplicas
            + " is more than replicationFactor " + replicationFactor + ": no write could succeed");
      }
    }

    /** The topic initializer's settings; what is null here is chosen from the cluster. */
    public dev.newswatch.broker.TopicInitializer.Settings settings() {
      short fromCluster = dev.newswatch.broker.TopicInitializer.FROM_CLUSTER;
      return new dev.newswatch.broker.TopicInitializer.Settings(partitions, compactedPartitions,
          replicationFactor == null ? fromCluster : replicationFactor,
          minInsyncReplicas == null ? fromCluster : minInsyncReplicas, retention);
    }
  }

  /**
   * The ops endpoint ({@code /metrics}, {@code /healthz}, {@code /readyz}, {@code /api/v1/...}).
   *
   * @param apiToken       bearer token for reading {@code /api/}; when empty a random one is generated at
   *                       start and written to {@code apiTokenFile} (owner-only permissions)
   * @param apiTokenFile   where a generated token is written
   * @param adminToken     bearer token for changing the feed registry ({@code POST}/{@code DELETE
   *                       /api/v1/feeds}), also accepted for reading; generated into {@code adminTokenFile}
   *                       when empty
   * @param adminTokenFile where a generated admin token is written
   * @param web            the watchers' web page at {@code /}
   */
  public record Http(String host, Integer port, String apiToken, Path apiTokenFile, String adminToken,
      Path adminTokenFile, Web web) {

    /** Without web page settings (their defaults). */
    public Http(String host, Integer port, String apiToken, Path apiTokenFile, String adminToken,
        Path adminTokenFile) {
      this(host, port, apiToken, apiTokenFile, adminToken, adminTokenFile, null);
    }

    public Http {
      web = web == null ? new Web(null, null, null, null, null) : web;
      host = host == null || host.isBlank() ? "127.0.0.1" : host.strip();
      port = port == null ? 9400 : port;
      apiToken = apiToken == null ? "" : apiToken.strip();
      apiTokenFile = apiTokenFile == null ? Path.of("data", "api-token") : apiTokenFile;
      adminToken = adminToken == null ? "" : adminToken.strip();
      adminTokenFile = adminTokenFile == null ? Path.of("data", "admin-token") : adminTokenFile;
      checkPort("http.port", port);
      if (!apiToken.isEmpty() && apiToken.length() < 16) {
        throw new IllegalArgumentException("http.apiToken must be at least 16 characters (or empty to generate one)");
      }
      if (!adminToken.isEmpty() && adminToken.length() < 16) {
        throw new IllegalArgumentException("http.adminToken must be at least 16 characters (or empty to generate one)");
      }
      if (!adminToken.isEmpty() && adminToken.equals(apiToken)) {
        throw new IllegalArgumentException("http.adminToken must differ from http.apiToken");
      }
    }
  }

  /**
   * The watchers' web page ({@code http.web}).
   *
   * @param enabled      serve the page at {@code /} (default true)
   * @param sessionIdle  a session unused this long ends (default 8h)
   * @param sessionMax   a session ends this long after sign-in (default 24h)
   * @param maxSessions  sessions held at once, the least recently used ended beyond (default 10000)
   * @param secureCookie {@code auto} (Secure behind TLS, from {@code X-Forwarded-Proto: https}), {@code always}
   *                     or {@code never}
   */
  public record Web(Boolean enabled, Duration sessionIdle, Duration sessionMax, Integer maxSessions,
      String secureCookie) {
    public Web {
      enabled = enabled == null || enabled;
      maxSessions = maxSessions == null ? 10_000 : maxSessions;
      settings(enabled, sessionIdle, sessionMax, maxSessions, secureCookie); // checks
    }

    public dev.newswatch.web.WebSettings settings() {
      return settings(enabled, sessionIdle, sessionMax, maxSessions, secureCookie);
    }

    private static dev.newswatch.web.WebSettings settings(boolean enabled, Duration idle, Duration max, int sessions,
        String secure) {
      return new dev.newswatch.web.WebSettings(enabled, idle, max, sessions, secure);
    }
  }

  /**
   * Feed polling and the limits of every outbound fetch.
   *
   * @param interval            the starting interval of every feed and the base of the failure backoff
   * @param minInterval         shortest adaptive interval (frequent publishers); default 2 min, or the
   *                            interval when that is shorter
   * @param maxInterval         longest adaptive interval (quiet publishers), also the cap on Cache-Control
   *                            and Expires; default 1 h, or the interval when that is longer
   * @param maxFetchesPerHost   feeds of one host fetched at the same time
   * @param firstPollMaxItemAge a new feed's first poll publishes only items younger than this
   * @param maxBackoff          longest delay after consecutive failures
   * @param brokenAfterFailures consecutive failures after which a feed counts as broken
   * @param brokenAfter         failing this long also makes a feed broken
   * @param brokenRetryInterval how often a broken feed is still tried
   * @param maxRetryAfter       the longest Retry-After honoured
   * @param maxPagesPerPoll     article pages read per poll of one feed to attach the article's text (the
   *                            rest of a bigger batch keeps its feed summary); 0 reads none; default 30
   * @param websub              WebSub subscriptions; off unless a public callback URL is set
   * @param group               how poller instances share the feed registry
   * @param retireUnlistedFeeds at start, mark removed the registry feeds that came from the configuration
   *                            and are no longer listed in it (feeds added through the API are kept)
   */
  public record Poller(Duration interval, Integer maxConcurrentFetches, Fetch fetch, Duration startupTimeout,
      String transactionalIdPrefix, Duration minInterval, Duration maxInterval, Integer maxFetchesPerHost,
      Duration firstPollMaxItemAge, Duration maxBackoff, Integer brokenAfterFailures, Duration brokenAfter,
      Duration brokenRetryInterval, Duration maxRetryAfter, Integer maxPagesPerPoll, WebSub websub, Group group,
      Boolean retireUnlistedFeeds) {
    public Poller {
      group = group == null ? new Group(null, null, null, null) : group;
      retireUnlistedFeeds = retireUnlistedFeeds != null && retireUnlistedFeeds;
      websub = websub == null ? new WebSub(null, null, null, null, null, null, null) : websub;
      maxPagesPerPoll = maxPagesPerPoll == null ? FeedPoller.DEFAULT_MAX_PAGES_PER_POLL : maxPagesPerPoll;
      if (maxPagesPerPoll < 0 || maxPagesPerPoll > 1_000) {
        throw new IllegalArgumentException("poller.maxPagesPerPoll must be 0-1000");
      }
      interval = interval == null ? Duration.ofMinutes(5) : interval;
      maxConcurrentFetches = maxConcurrentFetches == null ? 8 : maxConcurrentFetches;
      fetch = fetch == null ? new Fetch(null, null, null, null, null, null, null, null) : fetch;
      startupTimeout = startupTimeout == null ? Duration.ofSeconds(60) : startupTimeout;
      transactionalIdPrefix = transactionalIdPrefix == null ? "newswatch-poller" : transactionalIdPrefix;
      if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("poller.interval must be at least 1s");
      }
      if (maxConcurrentFetches < 1 || maxConcurrentFetches > 256) {
        throw new IllegalArgumentException("poller.maxConcurrentFetches must be 1-256");
      }
      minInterval = minInterval == null ? shorter(Duration.ofMinutes(2), interval) : minInterval;
      maxInterval = maxInterval == null ? longer(Duration.ofHours(1), interval) : maxInterval;
      maxFetchesPerHost = maxFetchesPerHost == null ? 2 : maxFetchesPerHost;
      firstPollMaxItemAge = firstPollMaxItemAge == null ? Duration.ofDays(7) : firstPollMaxItemAge;
      maxBackoff = maxBackoff == null ? Duration.ofHours(6) : maxBackoff;
      brokenAfterFailures = brokenAfterFailures == null ? 10 : brokenAfterFailures;
      brokenAfter = brokenAfter == null ? Duration.ofHours(24) : brokenAfter;
      brokenRetryInterval = brokenRetryInterval == null ? Duration.ofHours(6) : brokenRetryInterval;
      maxRetryAfter = maxRetryAfter == null ? Duration.ofHours(24) : maxRetryAfter;
      if (minInterval.compareTo(Duration.ofSeconds(1)) < 0 || minInterval.compareTo(maxInterval) > 0) {
        throw new IllegalArgumentException("poller.minInterval must be at least 1s and at most poller.maxInterval");
      }
      if (maxFetchesPerHost < 1 || maxFetchesPerHost > 64) {
        throw new IllegalArgumentException("poller.maxFetchesPerHost must be 1-64");
      }
      if (brokenAfterFailures < 1) {
        throw new IllegalArgumentException("poller.brokenAfterFailures must be at least 1");
      }
      for (Duration d : List.of(firstPollMaxItemAge, maxBackoff, brokenAfter, brokenRetryInterval, maxRetryAfter)) {
        if (d.isNegative() || d.isZero()) {
          throw new IllegalArgumentException("poller durations must be positive, was " + d);
        }
      }
    }

    private static Duration shorter(Duration a, Duration b) {
      return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration longer(Duration a, Duration b) {
      return a.compareTo(b) >= 0 ? a : b;
    }
  }

  /**
   * The consumer group of the pollers: instances with the same {@code id} share the feed registry's
   * partitions, each polling the feeds of its own.
   *
   * @param id                the group id (one per deployment)
   * @param sessionTimeout    how long an instance that stopped answering keeps its feeds
   * @param heartbeatInterval how often an instance tells the group it is alive
   * @param revokeTimeout     how long an instance giving feeds away waits for their polls in progress
   */
  public record Group(String id, Duration sessionTimeout, Duration heartbeatInterval, Duration revokeTimeout) {
    public Group {
      id = id == null || id.isBlank() ? "newswatch-poller" : id.strip();
      sessionTimeout = sessionTimeout == null ? Duration.ofSeconds(45) : sessionTimeout;
      heartbeatInterval = heartbeatInterval == null ? Duration.ofSeconds(3) : heartbeatInterval;
      revokeTimeout = revokeTimeout == null ? Duration.ofSeconds(60) : revokeTimeout;
      if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()
          || heartbeatInterval.compareTo(sessionTimeout) >= 0) {
        throw new IllegalArgumentException("poller.group.heartbeatInterval must be positive and below sessionTimeout");
      }
      if (revokeTimeout.isNegative() || revokeTimeout.compareTo(Duration.ofMinutes(4)) > 0) {
        throw new IllegalArgumentException("poller.group.revokeTimeout must be 0-4m");
      }
    }
  }

  /**
   * Limits for fetching feeds. Private and loopback addresses are refused unless allowed here.
   *
   * @param contactUrl where outlets learn who runs this poller; part of the User-Agent
   * @param userAgent  overrides the User-Agent; default {@code newswatch/<version> (+<contactUrl>)}
   */
  public record Fetch(Duration connectTimeout, Duration requestTimeout, Long maxBodyBytes, Integer maxRedirects,
      String userAgent, Boolean allowPrivateNetworks, List<String> allowedHosts, String contactUrl) {
    public Fetch {
      connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
      requestTimeout = requestTimeout == null ? Duration.ofSeconds(30) : requestTimeout;
      maxBodyBytes = maxBodyBytes == null ? 10L * 1024 * 1024 : maxBodyBytes;
      maxRedirects = maxRedirects == null ? 5 : maxRedirects;
      contactUrl = contactUrl == null || contactUrl.isBlank() ? FetchConfig.DEFAULT_CONTACT_URL : contactUrl.strip();
      String honest;
      try {
        honest = FetchConfig.userAgent(NewswatchVersion.VERSION, contactUrl);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("poller.fetch.contactUrl: " + e.getMessage(), e);
      }
      userAgent = userAgent == null || userAgent.isBlank() ? honest : userAgent;
      allowPrivateNetworks = allowPrivateNetworks != null && allowPrivateNetworks;
      allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
      if (maxBodyBytes < 1024 || maxBodyBytes > 256L * 1024 * 1024) {
        throw new IllegalArgumentException("poller.fetch.maxBodyBytes must be between 1 KiB and 256 MiB");
      }
    }
  }

  /**
   * WebSub (push) for feeds that name a hub. Off while {@code callbackUrl} is empty.
   *
   * @param callbackUrl           the public https URL that reaches the callback server's {@code /websub/}
   *                              path (through a reverse proxy, usually); each subscription's callback is
   *                              this URL plus an unguessable id
   * @param bindHost              where the callback server listens
   * @param port                  its port
   * @param lease                 the lease asked of hubs (5m to 30d)
   * @param maxQueuedPushes       verified pushes waiting for the poller; more are refused with 503
   * @param allowInsecureCallback allow an http callback URL (tests and closed networks only)
   * @param stateFile             where this instance keeps its subscriptions (callback ids, sealed secrets,
   *                              leases) across restarts; default {@code data/websub-state.json}
   */
  public record WebSub(String callbackUrl, String bindHost, Integer port, Duration lease, Integer maxQueuedPushes,
      Boolean allowInsecureCallback, Path stateFile) {
    public WebSub {
      stateFile = stateFile == null ? Path.of("data", "websub-state.json") : stateFile;
      callbackUrl = callbackUrl == null ? "" : callbackUrl.strip();
      bindHost = bindHost == null || bindHost.isBlank() ? "127.0.0.1" : bindHost.strip();
      port = port == null ? 9410 : port;
      lease = lease == null ? WebSubConfig.DEFAULT_LEASE : lease;
      maxQueuedPushes = maxQueuedPushes == null ? WebSubConfig.DEFAULT_MAX_QUEUED_PUSHES : maxQueuedPushes;
      allowInsecureCallback = allowInsecureCallback != null && allowInsecureCallback;
      checkPort("poller.websub.port", port);
      if (!callbackUrl.isEmpty()) {
        try {
          config(callbackUrl, bindHost, port, lease, maxQueuedPushes, allowInsecureCallback);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("poller.websub: " + e.getMessage(), e);
        }
      }
    }

    /** True when a callback URL is configured. */
    public boolean enabled() {
      return !callbackUrl.isEmpty();
    }

    /**
     * The ingest configuration this section describes.
     *
     * @throws IllegalArgumentException when the callback URL is not an absolute https URL (or http where
     *     allowed), or a limit is out of range
     */
    public WebSubConfig toConfig() {
      return config(callbackUrl, bindHost, port, lease, maxQueuedPushes, allowInsecureCallback);
    }

    private static WebSubConfig config(String callbackUrl, String bindHost, int port, Duration lease,
        int maxQueuedPushes, boolean allowInsecureCallback) {
      URI uri;
      try {
        uri = new URI(callbackUrl);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("callbackUrl is not a URL: " + e.getMessage(), e);
      }
      return new WebSubConfig(uri, bindHost, port, lease, maxQueuedPushes, allowInsecureCallback);
    }
  }

  /**
   * The Streams pipeline.
   *
   * @param dedupWindow   how long a URL or GUID is remembered
   * @param stateDir      Kafka Streams state of every Streams app (pipeline and alerts), each in
   *                      {@code <stateDir>/<application id>}; default {@code data/streams}
   * @param applicationId the Streams application id
   * @param tagRules      a tagging rule file (version 2) added to the bundled rules, or null; read at start
   * @param gazetteer     a gazetteer used instead of the bundled one, or null; read at start
   * @param commitInterval Kafka Streams' commit interval for the pipeline (and so, under exactly-once, how long
   *                    a record waits at each repartition hop before the next step may read it); default 100 ms
   */
  public record Pipeline(Duration dedupWindow, Path stateDir, String applicationId, Path tagRules,
      Path gazetteer, Duration commitInterval) {
    public Pipeline {
      commitInterval = commitInterval == null ? Duration.ofMillis(100) : commitInterval;
      if (commitInterval.toMillis() < 5 || commitInterval.compareTo(Duration.ofMinutes(1)) > 0) {
        throw new IllegalArgumentException("pipeline.commitInterval must be between 5ms and 1m, got " + commitInterval);
      }
      dedupWindow = dedupWindow == null ? Duration.ofDays(7) : dedupWindow;
      stateDir = stateDir == null ? Path.of("data", "streams") : stateDir;
      applicationId = applicationId == null || applicationId.isBlank() ? "newswatch-pipeline" : applicationId;
    }
  }

  /**
   * Matching and delivery of alerts.
   *
   * @param dedupWindow how long what a subscription was told about a story is remembered (one alert per
   *                    subscription and story within it, later ones only on material change)
   * @param smtp        the mail server for email channels ({@code alerts.smtp.*}), or null without email
   * @param delivery    retry budget, queue bounds and channel settings ({@code alerts.delivery.*})
   * @param apiTokens   owner name → bearer token for the subscriptions API; each owner sees and changes only
   *                    its own subscriptions (the admin token sees all). Tokens at least 16 characters;
   *                    write them as {@code ${ENV_VAR}} references, not literally
   */
  public record Alerts(Duration dedupWindow, Integer maxAttempts, Duration initialBackoff, Duration maxBackoff,
      Duration webhookTimeout, Boolean allowPrivateNetworks, List<String> allowedHosts, String applicationId,
      Smtp smtp, Delivery delivery, java.util.Map<String, String> apiTokens, Limits limits) {
    public Alerts {
      limits = limits == null ? new Limits(null, null, null, null, null, null, null) : limits;
      apiTokens = apiTokens == null ? java.util.Map.of() : java.util.Map.copyOf(apiTokens);
      dedupWindow = dedupWindow == null ? Duration.ofDays(7) : dedupWindow;
      maxAttempts = maxAttempts == null ? 5 : maxAttempts;
      initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
      maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
      webhookTimeout = webhookTimeout == null ? Duration.ofSeconds(10) : webhookTimeout;
      allowPrivateNetworks = allowPrivateNetworks != null && allowPrivateNetworks;
      allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
      applicationId = applicationId == null || applicationId.isBlank() ? "newswatch-alerts" : applicationId;
      delivery = delivery == null ? new Delivery(null, null, null, null, null, null, null, null, null, null, null) : delivery;
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new IllegalArgumentException("alerts.maxAttempts must be 1-20");
      }
    }

    /** The settings of earlier versions: no email, default delivery settings. */
    public Alerts(Duration dedupWindow, Integer maxAttempts, Duration initialBackoff, Duration maxBackoff,
        Duration webhookTimeout, Boolean allowPrivateNetworks, List<String> allowedHosts, String applicationId) {
      this(dedupWindow, maxAttempts, initialBackoff, maxBackoff, webhookTimeout, allowPrivateNetworks, allowedHosts,
          applicationId, null, null, null, null);
    }

    @Override
    public String toString() {
      return "Alerts[dedupWindow=" + dedupWindow + ", maxAttempts=" + maxAttempts + ", initialBackoff="
          + initialBackoff + ", maxBackoff=" + maxBackoff + ", webhookTimeout=" + webhookTimeout
          + ", allowPrivateNetworks=" + allowPrivateNetworks + ", allowedHosts=" + allowedHosts + ", applicationId="
          + applicationId + ", smtp=" + smtp + ", delivery=" + delivery + ", apiTokens=" + apiTokens.keySet()
          + " (tokens hidden), limits=" + limits + "]";
    }
  }

  /**
   * The abuse limits of the alerts API ({@code alerts.limits}); nulls take the defaults of
   * {@code ApiLimits.defaults()} (600 requests a minute per owner with bursts of 120; 30 a minute, bursts of
   * 30, without a valid token per client address; 10000 owners and addresses tracked; 500 subscriptions per
   * owner).
   */
  public record Limits(Integer requestsPerMinute, Integer burst, Integer failedAuthPerMinute, Integer failedAuthBurst,
      Integer trackedClients, Integer subscriptionsPerOwner, QueryLimits query) {
    public Limits {
      query = query == null ? new QueryLimits(null, null, null, null, null, null) : query;
      for (Integer n : new Integer[] {requestsPerMinute, burst, failedAuthPerMinute, failedAuthBurst, trackedClients,
          subscriptionsPerOwner}) {
        if (n != null && n < 1) {
          throw new IllegalArgumentException("alerts.limits: requestsPerMinute, burst, failedAuthPerMinute, "
              + "failedAuthBurst, trackedClients and subscriptionsPerOwner must each be at least 1");
        }
      }
      try {
        apiLimits(requestsPerMinute, burst, failedAuthPerMinute, failedAuthBurst, trackedClients,
            subscriptionsPerOwner, query);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("alerts.limits: " + e.getMessage(), e);
      }
    }

    /** These settings over the alerts module's defaults. */
    public ApiLimits apiLimits() {
      return apiLimits(requestsPerMinute, burst, failedAuthPerMinute, failedAuthBurst, trackedClients,
          subscriptionsPerOwner, query);
    }

    private static ApiLimits apiLimits(Integer requestsPerMinute, Integer burst, Integer failedAuthPerMinute,
        Integer failedAuthBurst, Integer trackedClients, Integer subscriptionsPerOwner, QueryLimits query) {
      ApiLimits d = ApiLimits.defaults();
      dev.newswatch.alerts.match.QueryLimits q = d.query();
      int tracked = or(trackedClients, d.perOwner().maxKeys());
      return new ApiLimits(
          new RateLimiter.Settings(or(requestsPerMinute, d.perOwner().perMinute()), or(burst, d.perOwner().burst()),
              tracked),
          new RateLimiter.Settings(or(failedAuthPerMinute, d.failedAuthPerAddress().perMinute()),
              or(failedAuthBurst, d.failedAuthPerAddress().burst()), tracked),
          or(subscriptionsPerOwner, d.subscriptionsPerOwner()),
          new dev.newswatch.alerts.match.QueryLimits(or(query.maxLength(), q.maxQueryLength()),
              or(query.maxClauses(), q.maxClauses()), or(query.maxWildcards(), q.maxMultiTermQueries()),
              query.regex() != null ? query.regex() : q.allowRegex(), or(query.maxRegexLength(), q.maxRegexLength()),
              or(query.maxWatchlist(), q.maxWatchlist())));
    }

    private static int or(Integer value, int fallback) {
      return value != null ? value : fallback;
    }
  }

  /**
   * How complex a subscription written through the API may be ({@code alerts.limits.query}); nulls take the
   * defaults of {@code QueryLimits.defaults()}.
   */
  public record QueryLimits(Integer maxLength, Integer maxClauses, Integer maxWildcards, Boolean regex,
      Integer maxRegexLength, Integer maxWatchlist) {}

  /**
   * The SMTP server email alerts go through ({@code alerts.smtp}); put the password in the environment
   * ({@code password: ${SMTP_PASSWORD}}).
   */
  public record Smtp(String host, Integer port, String from, Boolean startTls, Boolean ssl, String username,
      String password, Duration timeout) {
    public Smtp {
      if (host == null || host.isBlank() || from == null || from.isBlank()) {
        throw new IllegalArgumentException("alerts.smtp needs host and from");
      }
      startTls = startTls == null || startTls;
      ssl = ssl != null && ssl;
      port = port == null ? (ssl ? 465 : 587) : port;
      timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
    }

    @Override
    public String toString() {
      return "Smtp[" + host + ":" + port + ", from=" + from + ", startTls=" + startTls + ", ssl=" + ssl + ", username="
          + username + ", password=" + Redacted.secret(password) + "]";
    }
  }

  /**
   * How alerts are delivered ({@code alerts.delivery}); nulls take the defaults of the alerts module
   * ({@code DeliverySettings.defaults()}). {@code feedSecret} keys the Atom feed tokens: put it in the
   * environment ({@code feedSecret: ${NEWSWATCH_FEED_SECRET}}).
   */
  public record Delivery(Duration retryBudget, Integer maxConcurrentDeliveries, Integer maxQueuedPerSubscription,
      Integer maxBufferedPerPartition, Integer digestMaxItems, Integer sseBufferPerOwner,
      Integer atomEntriesPerSubscription, String telegramApiBase, String feedSecret,
      Integer historyPerSubscription, Duration historyWindow) {

    @Override
    public String toString() {
      return Redacted.toString(this, "feedSecret");
    }
  }

  /**
   * The keys that seal secrets at rest ({@code secrets}): channel secrets in {@code newswatch.subscriptions.v1}
   * and WebSub secrets in the poller's state file, with AES-256-GCM.
   *
   * @param keys      key id → base64 of 32 random bytes ({@code openssl rand -base64 32}); write them as
   *                  {@code ${ENV_VAR}} references. Several keys for rotation: all open, the active one seals.
   *                  Empty: the key of {@code keyFile}, generated on first start
   * @param activeKey the key id that seals new values; may be left out with one key
   * @param keyFile   the generated key's file (owner-only) when {@code keys} is empty; default
   *                  {@code data/secrets.key}
   */
  public record Secrets(Map<String, String> keys, String activeKey, Path keyFile) {
    public Secrets {
      keys = keys == null ? Map.of() : Map.copyOf(keys);
      activeKey = activeKey == null || activeKey.isBlank() ? null : activeKey.strip();
      keyFile = keyFile == null ? Path.of("data", "secrets.key") : keyFile;
      if (activeKey != null && !keys.isEmpty() && !keys.containsKey(activeKey)) {
        throw new IllegalArgumentException("secrets.activeKey '" + activeKey + "' is not among secrets.keys "
            + new java.util.TreeSet<>(keys.keySet()));
      }
    }

    @Override
    public String toString() {
      return "Secrets[keys=" + new java.util.TreeSet<>(keys.keySet()) + " (values hidden), activeKey=" + activeKey
          + ", keyFile=" + keyFile + "]";
    }
  }

  /** One feed to poll. */
  public record Feed(String url, String name) {
    public Feed {
      if (url == null || url.isBlank()) {
        throw new IllegalArgumentException("every feed needs a url");
      }
      url = url.strip();
      name = name == null || name.isBlank() ? url : name.strip();
    }
  }

  private static void checkPort(String what, int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(what + " must be 0-65535, was " + port);
    }
  }
}
