package dev.newswatch.app;

import dev.newswatch.app.config.ConfigException;
import dev.newswatch.app.config.ConfigLoader;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.demo.DemoConfig;
import dev.newswatch.app.demo.DemoFeedServer;
import dev.newswatch.app.ops.ActivityReporter;
import dev.newswatch.app.ops.ApiToken;
import dev.newswatch.app.ops.FeedsApi;
import dev.newswatch.app.ops.HttpApis;
import dev.newswatch.app.ops.MetricsRegistries;
import dev.newswatch.app.ops.OpsHttpServer;
import dev.newswatch.app.runtime.NewswatchRuntime;
import dev.newswatch.app.runtime.NewswatchRuntime.Service;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lifecycle of one CLI invocation: read the configuration, start the ops endpoint and the runtime,
 * block until the JVM is asked to stop, then stop everything in reverse order.
 */
final class Launcher {

  private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);

  private final ServiceOptions options;
  private final boolean demo;

  Launcher(ServiceOptions options, boolean demo) {
    this.options = options;
    this.demo = demo;
  }

  /** For the single-service commands: refuses to start an embedded broker nobody else could reach. */
  int runAgainstCluster(Set<Service> services) {
    return run(services, true);
  }

  int run(Set<Service> services) {
    return run(services, false);
  }

  private int run(Set<Service> services, boolean requireCluster) {
    NewswatchConfig config;
    try {
      config = loadConfig();
    } catch (ConfigException e) {
      System.err.println("newswatch: " + e.getMessage());
      return 2;
    }
    if (requireCluster && config.kafka().useEmbedded()) {
      System.err.println("newswatch: this command runs one service against a Kafka cluster; give "
          + "--bootstrap-servers HOST:PORT (or kafka.bootstrapServers in the config), or start one with "
          + "'newswatch broker' first");
      return 2;
    }
    DemoFeedServer demoServer = demo ? new DemoFeedServer() : null;
    String watcherToken = null;
    if (demoServer != null) {
      int configured = config.feeds().size();
      watcherToken = config.alerts().apiTokens().containsKey(DemoConfig.WATCHER) ? null : randomToken();
      config = DemoConfig.of(config, demoServer, watcherToken);
      LOG.info("demo mode: polling {} bundled demo feeds from http://{}/feeds/ instead of the {} configured feeds; "
          + "alerts go to the console", config.feeds().size(), demoServer.hostAndPort(), configured);
    }
    logSummary(config, services);
    PrometheusRegistry registry = MetricsRegistries.newProcessRegistry();
    NewswatchRuntime runtime = new NewswatchRuntime(config, services, registry);
    CountDownLatch stopped = new CountDownLatch(1);
    OpsHttpServer http;
    ApiToken token;
    ApiToken admin;
    try {
      token = apiToken(config.http());
      admin = adminToken(config.http());
    } catch (IOException e) {
      System.err.println("newswatch: " + e.getMessage() + " (free space in the data directory, or set "
          + "http.apiToken and http.adminToken)");
      closeQuietly(demoServer);
      return 1;
    }
    try {
      FeedsApi feeds = new FeedsApi(token, admin, runtime::feedCatalog, runtime::feedRegistry,
          runtime::localFeedStatus, registry).withDiscovery(FeedsApi.fetcher(NewswatchRuntime.fetchConfig(config)));
      http = new OpsHttpServer(config.http().host(), config.http().port(), registry, runtime, token,
          runtime.apiDocuments(), feeds);
      HttpApis.mount(http, config, runtime, admin, feeds, registry);
      if (demoServer != null && config.http().web().enabled()) {
        // Printed on the terminal for the person running the demo, not logged: a fresh token per demo run.
        System.out.println("newswatch demo: open http://" + config.http().host() + ":" + http.port() + "/ and sign in"
            + (watcherToken == null ? " with the token alerts.apiTokens gives " + DemoConfig.WATCHER
                : " as " + DemoConfig.WATCHER + " with this token: " + watcherToken));
      }
    } catch (IOException e) {
      System.err.println("newswatch: cannot serve the ops endpoint on " + config.http().host() + ":"
          + config.http().port() + ": " + e.getMessage() + " (choose another with --http-port)");
      closeQuietly(demoServer);
      return 1;
    }
    ActivityReporter activity = new ActivityReporter(registry, 15);
    Thread hook = new Thread(() -> {
      LOG.info("stopping newswatch");
      activity.close();
      runtime.close();
      http.close();
      closeQuietly(demoServer);
      stopped.countDown();
    }, "newswatch-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      runtime.start();
    } catch (Exception e) {
      // A configuration or connection problem explains itself in one line; anything else is a bug whose
      // stack trace is needed.
      if (e instanceof RuntimeException && !(e instanceof IllegalArgumentException || e instanceof IllegalStateException)) {
        LOG.error("newswatch could not start", e);
      } else {
        LOG.error("newswatch could not start: {}", e.toString());
      }
      return 1;
    }
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new java.security.SecureRandom().nextBytes(bytes);
    return java.util.HexFormat.of().formatHex(bytes);
  }

  private static ApiToken apiToken(NewswatchConfig.Http http) throws IOException {
    if (!http.apiToken().isEmpty()) {
      return ApiToken.of(http.apiToken());
    }
    ApiToken token = ApiToken.generate(http.apiTokenFile());
    LOG.info("API token in {} (owner-only); use it as 'Authorization: Bearer <token>' on /api/v1/",
        http.apiTokenFile());
    return token;
  }

  private static ApiToken adminToken(NewswatchConfig.Http http) throws IOException {
    if (!http.adminToken().isEmpty()) {
      return ApiToken.of(http.adminToken(), "http.adminToken");
    }
    ApiToken token = ApiToken.generate(http.adminTokenFile());
    LOG.info("admin token in {} (owner-only); it adds and removes feeds on /api/v1/feeds",
        http.adminTokenFile());
    return token;
  }

  NewswatchConfig loadConfig() throws ConfigException {
    ConfigLoader loader = new ConfigLoader(System.getenv());
    NewswatchConfig config;
    if (options.config == null && !Files.exists(ServiceOptions.DEFAULT_CONFIG)) {
      LOG.warn("no {} found; starting with built-in defaults (no feeds, no subscribers)", ServiceOptions.DEFAULT_CONFIG);
      config = loader.load("{}", "built-in defaults");
    } else {
      config = loader.load(options.config == null ? ServiceOptions.DEFAULT_CONFIG : options.config);
    }
    return CliOverrides.apply(config, options.bootstrapServers, options.httpHost, options.httpPort);
  }

  private static void logSummary(NewswatchConfig config, Set<Service> services) {
    NewswatchConfig.Kafka kafka = config.kafka();
    LOG.info("config: services={} kafka={} http={}:{} feeds={} subscribers=[{}] pollInterval={} clientProperties={}",
        services.stream().map(s -> s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(",")),
        kafka.useEmbedded() ? "embedded (data " + kafka.embedded().dataDir() + ", port " + kafka.embedded().port() + ")"
            : kafka.bootstrapServers(),
        config.http().host(), config.http().port(), config.feeds().size(),
        config.subscribers().stream().map(s -> s.id() + " " + s.channels()).collect(Collectors.joining(", ")),
        config.poller().interval(), kafka.maskedClientProperties());
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c != null) {
      try {
        c.close();
      } catch (Exception ignored) {
        // shutting down anyway
      }
    }
  }
}
