package dev.newswatch.app.demo;

import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.Tags;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns a configuration into its demo variant. */
public final class DemoConfig {

  private DemoConfig() {}

  /**
   * The demo variant of {@code base}: polls only the bundled feeds every 20 seconds (publishing all their
   * items, whatever their dates), lets the fetcher
   * reach the local demo server (and nothing else private), adds a console subscriber for both tags (unless one already prints to the console),
   * and keeps its Kafka and Streams data (and a generated secrets key) under {@code data/demo} so a demo
   * never mixes with real data.
   * The demo server listens on a new port at every start, so the demo feeds of earlier runs are retired
   * from the registry ({@code retireUnlistedFeeds}) rather than polled in vain.
   */
  public static NewswatchConfig of(NewswatchConfig base, DemoFeedServer server) {
    return of(base, server, null);
  }

  /** The owner name of the demo's watcher, who signs in to the web page with the token the demo prints. */
  public static final String WATCHER = "demo-watcher";

  /**
   * As {@link #of(NewswatchConfig, DemoFeedServer)}, and gives owner {@value #WATCHER} the API token
   * {@code watcherToken} (unless null), for signing in to the web page.
   */
  public static NewswatchConfig of(NewswatchConfig base, DemoFeedServer server, String watcherToken) {
    NewswatchConfig.Kafka k = base.kafka();
    NewswatchConfig.Embedded e = k.embedded();
    NewswatchConfig.Kafka kafka =
        k.withEmbedded(new NewswatchConfig.Embedded(Path.of("data", "demo", "kafka"), e.port(), e.controllerPort()));
    NewswatchConfig.Poller p = base.poller();
    NewswatchConfig.Fetch f = p.fetch();
    List<String> allowed = new ArrayList<>(f.allowedHosts());
    allowed.add(server.hostAndPort());
    // The bundled feeds never change and carry fixed dates: poll them at a steady 20 s and treat every
    // item as news however old the sample is. Their links point at reserved .example hosts, so no
    // article page is read.
    Duration every = Duration.ofSeconds(20);
    NewswatchConfig.Poller poller = new NewswatchConfig.Poller(every, p.maxConcurrentFetches(),
        new NewswatchConfig.Fetch(f.connectTimeout(), f.requestTimeout(), f.maxBodyBytes(), f.maxRedirects(),
            f.userAgent(), f.allowPrivateNetworks(), allowed, f.contactUrl()),
        p.startupTimeout(), p.transactionalIdPrefix() + "-demo", every, every, p.maxFetchesPerHost(),
        Duration.ofDays(36_500), p.maxBackoff(), p.brokenAfterFailures(), p.brokenAfter(), p.brokenRetryInterval(),
        p.maxRetryAfter(), 0, p.websub(), p.group(), true);
    NewswatchConfig.Pipeline pl = base.pipeline();
    NewswatchConfig.Pipeline pipeline = new NewswatchConfig.Pipeline(pl.dedupWindow(),
        Path.of("data", "demo", "streams"), pl.applicationId() + "-demo", pl.tagRules(), pl.gazetteer(),
        pl.commitInterval());
    NewswatchConfig.Alerts a = base.alerts();
    NewswatchConfig.Alerts alerts = new NewswatchConfig.Alerts(a.dedupWindow(), a.maxAttempts(), a.initialBackoff(),
        a.maxBackoff(), a.webhookTimeout(), a.allowPrivateNetworks(), a.allowedHosts(), a.applicationId() + "-demo",
        a.smtp(), a.delivery(), watcherTokens(a.apiTokens(), watcherToken), a.limits());
    List<NewswatchConfig.Feed> feeds = server.feedUrls().stream()
        .map(url -> new NewswatchConfig.Feed(url, "demo: " + url.substring(url.lastIndexOf('/') + 1))).toList();
    List<Subscription> subscribers = new ArrayList<>(base.subscribers());
    boolean consoleExists = subscribers.stream()
        .anyMatch(s -> s.channels().stream().anyMatch(c -> c.type().equals("console")));
    if (!consoleExists) {
      subscribers.add(new Subscription("demo-console", "Demo console watcher", Tags.TOP, List.of(),
          List.of(new Subscription.Channel("console", null, null))));
    }
    NewswatchConfig.Secrets sk = base.secrets();
    NewswatchConfig.Secrets secrets = new NewswatchConfig.Secrets(sk.keys(), sk.activeKey(),
        Path.of("data", "demo", "secrets.key"));
    return new NewswatchConfig(kafka, base.http(), poller, pipeline, alerts, feeds, subscribers, secrets);
  }

  private static java.util.Map<String, String> watcherTokens(java.util.Map<String, String> configured, String token) {
    if (token == null || configured.containsKey(WATCHER)) {
      return configured;
    }
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>(configured);
    all.put(WATCHER, token);
    return all;
  }
}
