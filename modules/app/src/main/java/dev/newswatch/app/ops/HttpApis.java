package dev.newswatch.app.ops;

import dev.newswatch.alerts.AlertsService;
import dev.newswatch.alerts.stories.StoriesApi;
import dev.newswatch.alerts.subscriptions.ApiLimiter;
import dev.newswatch.alerts.subscriptions.ApiLimits;
import dev.newswatch.alerts.subscriptions.RecentStories;
import dev.newswatch.alerts.subscriptions.SubscriptionsApi;
import dev.newswatch.alerts.subscriptions.TokenOwnerAuth;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.runtime.NewswatchRuntime;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.web.FeedRow;
import dev.newswatch.web.SessionBridge;
import dev.newswatch.web.WebSessions;
import dev.newswatch.web.WebSettings;
import dev.newswatch.web.WebUi;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Mounts the alerts service's endpoints and the web page on the ops HTTP server: the subscriptions API, the
 * stories API and stream, the alert stream, Atom feeds, redelivery, and (unless {@code http.web.enabled} is
 * false) the page at {@code /} with its session bridge. One {@link ApiLimiter} serves them all, sign-in
 * included, so a token guesser is slowed everywhere at once.
 */
public final class HttpApis {

  private HttpApis() {}

  /** The other spellings of named people: from {@code pipeline.gazetteer} when set, as the tagger uses it. */
  static dev.newswatch.alerts.stories.NameVariants nameVariants(NewswatchConfig config) {
    java.nio.file.Path file = config.pipeline().gazetteer();
    if (file == null) {
      return dev.newswatch.alerts.stories.NameVariants.bundled();
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      return dev.newswatch.alerts.stories.NameVariants.of(
          dev.newswatch.analysis.entities.Gazetteer.read(in, file.toString()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read pipeline.gazetteer " + file + ": " + e.getMessage(), e);
    }
  }

  /** What was mounted, for tests. */
  public record Mounted(SubscriptionsApi subscriptions, StoriesApi stories, WebSessions sessions) {}

  public static Mounted mount(OpsHttpServer http, NewswatchConfig config, NewswatchRuntime runtime, ApiToken admin,
      FeedsApi feeds, PrometheusRegistry registry) {
    TokenOwnerAuth ownerAuth = new TokenOwnerAuth(config.alerts().apiTokens(), admin::accepts);
    ApiLimits limits = config.alerts().limits().apiLimits();
    ApiLimiter limiter = new ApiLimiter(limits, registry);
    Supplier<AlertsService> alerts = runtime::alertsService;
    SubscriptionsApi subscriptionsApi = new SubscriptionsApi(ownerAuth, runtime::subscriptionBackend,
        new AddressGuard(config.alerts().allowPrivateNetworks(), config.alerts().allowedHosts()), limits, limiter,
        registry).withAlertHistory(() -> alerts.get() == null ? null : alerts.get().deliveryJournal());
    for (String path : List.of("subscriptions", "subscriptions:preview", "openapi.json")) {
      http.mount("/api/v1/" + path, exchange -> subscriptionsApi.handle(exchange,
          exchange.getRequestURI().getPath().substring("/api/v1/".length())));
    }
    Supplier<RecentStories> recent = () -> alerts.get() == null ? null : alerts.get().recentStories();
    StoriesApi stories = new StoriesApi(ownerAuth, limiter, recent, nameVariants(config));
    http.mount("/api/v1/stories", exchange -> stories.handle(exchange,
        exchange.getRequestURI().getPath().substring("/api/v1/stories".length())));
    // Delivery's own endpoints: an owner's SSE stream, each subscription's Atom feed, redelivery of
    // dead letters. They answer 503 until this process's alerts service runs.
    http.mount("/api/v1/alerts/stream",
        limiter.guard(new AlertsHandler(runtime, a -> a.alertStreamHandler(ownerAuth))));
    http.mount("/feeds/alerts/",
        limiter.guard(new AlertsHandler(runtime, a -> a.atomFeedHandler("/feeds/alerts/", ownerAuth)), 404));
    http.mount("/api/v1/deliveries/redeliver",
        limiter.guard(new AlertsHandler(runtime, a -> a.deadLetterHandler(ownerAuth))));
    WebSettings settings = config.http().web().settings();
    WebSessions sessions = new WebSessions(settings, Clock.systemUTC());
    if (settings.enabled()) {
      GaugeWithCallback.builder().name("newswatch_web_sessions")
          .help("Signed-in web page sessions held (expired ones not yet looked up included)")
          .callback(cb -> cb.call(sessions.size())).register(registry);
      http.addFilter(new SessionBridge(sessions));
      Supplier<List<FeedRow>> feedRows = () -> {
        List<FeedView> all = feeds.list();
        return all == null ? null : all.stream().map(f -> new FeedRow(f.id(), f.url(), f.name(), f.status(),
            f.lastError(), f.lastPolledAt(), f.nextPollAt(), f.itemsPublished(), f.brokenReason())).toList();
      };
      http.mount("/", new WebUi(settings, sessions, ownerAuth, limiter, subscriptionsApi, runtime::subscriptionBackend,
          stories, feedRows));
    }
    return new Mounted(subscriptionsApi, stories, sessions);
  }
}
