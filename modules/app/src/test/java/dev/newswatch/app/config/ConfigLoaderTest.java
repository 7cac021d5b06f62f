package dev.newswatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLoaderTest {

  private static NewswatchConfig load(String yaml, Map<String, String> env) throws ConfigException {
    return new ConfigLoader(env).load(yaml, "test.yaml");
  }

  @Test
  void emptyFileGivesEmbeddedBrokerDefaults() throws Exception {
    NewswatchConfig c = load("", Map.of());
    assertThat(c.kafka().useEmbedded()).isTrue();
    assertThat(c.kafka().embedded().dataDir()).isEqualTo(Path.of("data", "kafka"));
    assertThat(c.http().host()).isEqualTo("127.0.0.1");
    assertThat(c.poller().interval()).isEqualTo(Duration.ofMinutes(5));
    assertThat(c.poller().fetch().allowPrivateNetworks()).isFalse();
    assertThat(c.feeds()).isEmpty();
  }

  @Test
  void topicReplicationComesFromTheClusterUnlessSet() throws Exception {
    NewswatchConfig.Topics auto = load("", Map.of()).kafka().topics();
    assertThat(auto.replicationFactor()).isNull();
    assertThat(auto.minInsyncReplicas()).isNull();
    assertThat(auto.settings().resolve(3).replicationFactor()).isEqualTo((short) 3);
    assertThat(auto.settings().resolve(3).minInsyncReplicas()).isEqualTo((short) 2);
    assertThat(auto.settings().resolve(1).minInsyncReplicas()).isEqualTo((short) 1);
    NewswatchConfig.Topics set = load("kafka: {topics: {replicationFactor: 3}}",
        Map.of("NEWSWATCH_KAFKA__TOPICS__MIN_INSYNC_REPLICAS", "2")).kafka().topics();
    assertThat(set.replicationFactor()).isEqualTo((short) 3);
    assertThat(set.minInsyncReplicas()).isEqualTo((short) 2);
    assertThatThrownBy(() -> load("kafka: {topics: {replicationFactor: 2, minInsyncReplicas: 3}}", Map.of()))
        .hasMessageContaining("no write could succeed");
    assertThatThrownBy(() -> load("kafka: {topics: {minInsyncReplicas: 0}}", Map.of()))
        .hasMessageContaining("kafka.topics.minInsyncReplicas must be at least 1");
  }

  @Test
  void pollerSchedulingAndPolitenessHaveDefaults() throws Exception {
    NewswatchConfig.Poller p = load("", Map.of()).poller();

    assertThat(p.minInterval()).isEqualTo(Duration.ofMinutes(2));
    assertThat(p.maxInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(p.maxFetchesPerHost()).isEqualTo(2);
    assertThat(p.firstPollMaxItemAge()).isEqualTo(Duration.ofDays(7));
    assertThat(p.maxBackoff()).isEqualTo(Duration.ofHours(6));
    assertThat(p.brokenAfterFailures()).isEqualTo(10);
    assertThat(p.brokenAfter()).isEqualTo(Duration.ofHours(24));
    assertThat(p.brokenRetryInterval()).isEqualTo(Duration.ofHours(6));
    assertThat(p.maxRetryAfter()).isEqualTo(Duration.ofHours(24));
    assertThat(p.fetch().userAgent()).isEqualTo("newswatch/0.1.0 (+https://github.com/newswatch)");
  }

  @Test
  void thePollerGroupAndAdminTokenHaveDefaultsAndReadTheEnvironment() throws Exception {
    NewswatchConfig c = load("", Map.of());
    assertThat(c.poller().group().id()).isEqualTo("newswatch-poller");
    assertThat(c.poller().group().sessionTimeout()).isEqualTo(Duration.ofSeconds(45));
    assertThat(c.poller().group().revokeTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.poller().retireUnlistedFeeds()).isFalse();
    assertThat(c.http().adminToken()).isEmpty();
    assertThat(c.http().adminTokenFile()).isEqualTo(Path.of("data", "admin-token"));

    NewswatchConfig set = load("http: {adminToken: '${ADMIN}'}\npoller: {group: {id: team-a}, retireUnlistedFeeds: true}",
        Map.of("ADMIN", "admin-secret-0123456789"));
    assertThat(set.http().adminToken()).isEqualTo("admin-secret-0123456789");
    assertThat(set.poller().group().id()).isEqualTo("team-a");
    assertThat(set.poller().retireUnlistedFeeds()).isTrue();
  }

  @Test
  void refusesAShortAdminTokenOneEqualToTheApiTokenAndABadGroup() {
    assertThatThrownBy(() -> load("http: {adminToken: short}", Map.of())).hasMessageContaining("http.adminToken");
    assertThatThrownBy(() -> load("http: {apiToken: same-token-0123456789, adminToken: same-token-0123456789}",
        Map.of())).hasMessageContaining("differ");
    assertThatThrownBy(() -> load("poller: {group: {sessionTimeout: 3s, heartbeatInterval: 5s}}", Map.of()))
        .hasMessageContaining("heartbeatInterval");
    assertThatThrownBy(() -> load("poller: {group: {revokeTimeout: 10m}}", Map.of()))
        .hasMessageContaining("revokeTimeout");
  }

  @Test
  void alertsDeliveryAndSmtpReadTheirKeysAndSecretsFromTheEnvironment() throws Exception {
    NewswatchConfig c = load("alerts:\n  delivery: {retryBudget: 2h, feedSecret: '${FEED}', telegramApiBase: 'http://127.0.0.1:8081'}\n"
        + "  smtp: {host: smtp.example.org, from: alerts@example.org, username: alerts, password: '${SMTP_PW}'}",
        Map.of("FEED", "feed-secret-0123456789", "SMTP_PW", "pw-from-env"));

    dev.newswatch.alerts.DeliverySettings settings = dev.newswatch.app.runtime.NewswatchRuntime.deliverySettings(c.alerts());
    assertThat(settings.retryBudget()).isEqualTo(Duration.ofHours(2));
    assertThat(settings.feedSecret()).isEqualTo("feed-secret-0123456789");
    assertThat(settings.telegramApiBase().toString()).isEqualTo("http://127.0.0.1:8081");
    assertThat(settings.maxQueuedPerSubscription()).isEqualTo(1000); // default kept
    assertThat(settings.smtp().port()).isEqualTo(587);
    assertThat(settings.smtp().startTls()).isTrue();
    assertThat(settings.smtp().password()).isEqualTo("pw-from-env");
    assertThat(settings.toString()).doesNotContain("pw-from-env").doesNotContain("feed-secret-0123456789");
    assertThat(c.alerts().toString()).doesNotContain("pw-from-env").doesNotContain("feed-secret-0123456789");
    assertThat(dev.newswatch.app.runtime.NewswatchRuntime.deliverySettings(load("", Map.of()).alerts()).smtp()).isNull();
  }

  @Test
  void alertsLimitsReadTheirKeysOverTheDefaults() throws Exception {
    dev.newswatch.alerts.subscriptions.ApiLimits limits = load("alerts:\n  limits: {requestsPerMinute: 60, "
        + "failedAuthBurst: 5, subscriptionsPerOwner: 50, query: {maxWildcards: 3, regex: true}}", Map.of())
        .alerts().limits().apiLimits();
    assertThat(limits.perOwner().perMinute()).isEqualTo(60);
    assertThat(limits.perOwner().burst()).isEqualTo(120); // default kept
    assertThat(limits.failedAuthPerAddress().burst()).isEqualTo(5);
    assertThat(limits.subscriptionsPerOwner()).isEqualTo(50);
    assertThat(limits.query().maxMultiTermQueries()).isEqualTo(3);
    assertThat(limits.query().allowRegex()).isTrue();
    assertThat(load("", Map.of()).alerts().limits().apiLimits())
        .isEqualTo(dev.newswatch.alerts.subscriptions.ApiLimits.defaults());
    assertThatThrownBy(() -> load("alerts: {limits: {burst: 0}}", Map.of())).hasMessageContaining("alerts.limits");
    assertThatThrownBy(() -> load("alerts: {limits: {query: {maxLength: 5000}}}", Map.of()))
        .hasMessageContaining("maxQueryLength");
  }

  @Test
  void theUserAgentNamesTheConfiguredContactUrl() throws Exception {
    NewswatchConfig c = load("poller: {fetch: {contactUrl: 'https://ops.example.org/newswatch'}}", Map.of());

    assertThat(c.poller().fetch().userAgent()).isEqualTo("newswatch/0.1.0 (+https://ops.example.org/newswatch)");
  }

  @Test
  void intervalBoundsWidenToIncludeAShortOrLongInterval() throws Exception {
    assertThat(load("poller: {interval: 30s}", Map.of()).poller().minInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(load("poller: {interval: 3h}", Map.of()).poller().maxInterval()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void rejectsAMinIntervalAboveTheMax() {
    assertThatThrownBy(() -> load("poller: {minInterval: 2h, maxInterval: 1h}", Map.of()))
        .hasMessageContaining("minInterval");
  }

  @Test
  void readsShortAndIsoDurations() throws Exception {
    NewswatchConfig c = load("poller: {interval: 90s}\npipeline: {dedupWindow: P2D}\nalerts: {initialBackoff: 250ms}", Map.of());
    assertThat(c.poller().interval()).isEqualTo(Duration.ofSeconds(90));
    assertThat(c.pipeline().dedupWindow()).isEqualTo(Duration.ofDays(2));
    assertThat(c.alerts().initialBackoff()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void pipelineCommitIntervalDefaultsTo100msAndIsBounded() throws Exception {
    assertThat(load("", Map.of()).pipeline().commitInterval()).isEqualTo(Duration.ofMillis(100));
    assertThat(load("pipeline: {commitInterval: 25ms}", Map.of()).pipeline().commitInterval())
        .isEqualTo(Duration.ofMillis(25));
    assertThatThrownBy(() -> load("pipeline: {commitInterval: 1ms}", Map.of()))
        .hasMessageContaining("pipeline.commitInterval");
  }

  @Test
  void environmentOverridesScalarsAndLists() throws Exception {
    NewswatchConfig c = load("kafka: {bootstrapServers: ''}\npoller: {interval: 5m}", Map.of(
        "NEWSWATCH_KAFKA__BOOTSTRAP_SERVERS", "broker-1:9092,broker-2:9092",
        "NEWSWATCH_POLLER__INTERVAL", "2m",
        "NEWSWATCH_POLLER__FETCH__ALLOWED_HOSTS", "feeds.internal.example, 10.1.2.3:8080",
        "NEWSWATCH_HTTP__PORT", "9500",
        "UNRELATED", "x"));
    assertThat(c.kafka().bootstrapServers()).isEqualTo("broker-1:9092,broker-2:9092");
    assertThat(c.kafka().useEmbedded()).isFalse();
    assertThat(c.poller().interval()).isEqualTo(Duration.ofMinutes(2));
    assertThat(c.poller().fetch().allowedHosts()).containsExactly("feeds.internal.example", "10.1.2.3:8080");
    assertThat(c.http().port()).isEqualTo(9500);
  }

  @Test
  void kafkaSecuritySettingsComeFromTheEnvironmentWithDottedNamesAndFromFilesAndAreMasked(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"newswatch-poller\" "
        + "password=\"s3cret-scram-password\";";
    Path file = dir.resolve("sasl.jaas.config");
    Files.writeString(file, jaas + "\n");
    NewswatchConfig c = load("""
        kafka:
          clientProperties:
            ssl.truststore.password: ${TRUSTSTORE_PASSWORD}
            ssl.keystore.location: ${KEYSTORE:-}
        """, Map.of(
        "NEWSWATCH_KAFKA__CLIENT_PROPERTIES__SECURITY_PROTOCOL", "SASL_SSL",
        "NEWSWATCH_KAFKA__CLIENT_PROPERTIES__SASL_MECHANISM", "SCRAM-SHA-512",
        "NEWSWATCH_KAFKA__CLIENT_PROPERTIES__SSL_TRUSTSTORE_LOCATION", "/etc/kafka-ca/ca.crt",
        "NEWSWATCH_KAFKA__CLIENT_PROPERTY_FILES__SASL_JAAS_CONFIG", file.toString(),
        "TRUSTSTORE_PASSWORD", "truststore-pass-123"));
    assertThat(c.kafka().clientProperties()).containsOnly(
        Map.entry("security.protocol", "SASL_SSL"), Map.entry("sasl.mechanism", "SCRAM-SHA-512"),
        Map.entry("ssl.truststore.location", "/etc/kafka-ca/ca.crt"),
        Map.entry("ssl.truststore.password", "truststore-pass-123"), Map.entry("sasl.jaas.config", jaas));
    assertThat(c.kafka().maskedClientProperties()).containsEntry("sasl.jaas.config", "***")
        .containsEntry("ssl.truststore.password", "***").containsEntry("security.protocol", "SASL_SSL");
    assertThat(c.kafka().toString() + c).doesNotContain("s3cret-scram-password", "truststore-pass-123")
        .contains("sasl.jaas.config", file.toString());
  }

  @Test
  void aKafkaPropertyFileThatCannotBeReadOrIsAlsoSetInlineIsAnErrorThatNeverShowsASecret(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> load("kafka: {clientPropertyFiles: {sasl.jaas.config: " + dir.resolve("missing") + "}}",
        Map.of())).isInstanceOf(ConfigException.class)
        .hasMessageContaining("kafka.clientPropertyFiles.sasl.jaas.config").hasMessageContaining("missing");
    Path file = dir.resolve("jaas");
    Files.writeString(file, "ScramLoginModule required password=\"file-secret\";");
    assertThatThrownBy(() -> load("kafka: {clientProperties: {sasl.jaas.config: 'inline-secret'}, "
        + "clientPropertyFiles: {sasl.jaas.config: " + file + "}}", Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("set it in one place")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("inline-secret", "file-secret"));
  }

  @Test
  void placeholdersReadTheEnvironmentWithDefaults() throws Exception {
    String yaml = """
        subscribers:
          - id: desk
            tags: [pardon]
            channels:
              - {type: webhook, url: "${HOOK_URL}", secret: "${HOOK_SECRET:-fallback}"}
        """;
    NewswatchConfig c = load(yaml, Map.of("HOOK_URL", "https://hooks.example/desk"));
    var channel = c.subscribers().get(0).channels().get(0);
    assertThat(channel.url()).isEqualTo("https://hooks.example/desk");
    assertThat(channel.secret()).isEqualTo("fallback");
  }

  @Test
  void missingEnvironmentVariableIsAClearError() {
    assertThatThrownBy(() -> load("feeds: [{url: '${FEED_URL}'}]", Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("${FEED_URL}").hasMessageContaining("test.yaml");
  }

  @Test
  void unknownKeyIsAnErrorNamingIt() {
    assertThatThrownBy(() -> load("poller: {intervall: 5m}", Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("intervall");
  }

  @Test
  void unknownTagIsAnErrorNamingTheSubscription() {
    assertThatThrownBy(() -> load("subscribers: [{id: desk, tags: [weather]}]", Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("desk").hasMessageContaining("weather");
  }

  @Test
  void badDurationIsAnError() {
    assertThatThrownBy(() -> load("poller: {interval: soon}", Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("soon");
  }

  @Test
  void shippedDefaultConfigLoadsWithRealFeedsAndAConsoleSubscriber() throws Exception {
    Path file = Path.of("../../config/newswatch.yaml");
    assertThat(file).exists();
    NewswatchConfig c = new ConfigLoader(Map.of()).load(file);
    assertThat(c.feeds()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(f -> assertThat(f.url()).startsWith("https://"));
    assertThat(c.subscribers()).anySatisfy(s -> assertThat(s.channels()).anySatisfy(ch -> assertThat(ch.type()).isEqualTo("console")));
    assertThat(Files.readString(file)).as("secrets only through ${...} placeholders")
        .doesNotContainPattern("secret:[ \\t]*[^\\s$]");
  }

  @Test
  void secretKeysComeFromTheEnvironmentAndAreNeverShown() throws Exception {
    String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    NewswatchConfig c = new ConfigLoader(Map.of("NEWSWATCH_SECRETS__KEYS__PROD2", key,
        "NEWSWATCH_SECRETS__KEYS__PROD1", key, "NEWSWATCH_SECRETS__ACTIVE_KEY", "prod2")).load("", "test");
    assertThat(c.secrets().keys()).containsOnlyKeys("prod1", "prod2");
    assertThat(c.secrets().activeKey()).isEqualTo("prod2");
    assertThat(c.secrets().toString()).doesNotContain(key);
    assertThat(new ConfigLoader(Map.of()).load("", "test").secrets().keyFile())
        .isEqualTo(Path.of("data", "secrets.key"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(
        "secrets:\n  activeKey: b\n  keys:\n    a: " + key + "\n", "test")).hasMessageContaining("secrets.activeKey");
  }

  @Test
  void camelCasesEnvironmentSegments() {
    assertThat(ConfigLoader.camel("BOOTSTRAP_SERVERS")).isEqualTo("bootstrapServers");
    assertThat(ConfigLoader.camel("PORT")).isEqualTo("port");
  }

  @Test
  void webSubIsOffUntilACallbackUrlIsSet() throws Exception {
    NewswatchConfig.WebSub w = load("", Map.of()).poller().websub();

    assertThat(w.enabled()).isFalse();
    assertThat(w.bindHost()).isEqualTo("127.0.0.1");
    assertThat(w.port()).isEqualTo(9410);
    assertThat(w.lease()).isEqualTo(Duration.ofDays(10));
  }

  @Test
  void webSubCallbackFromTheEnvironment() throws Exception {
    NewswatchConfig.WebSub w = load("poller: {websub: {lease: 2d}}", Map.of(
        "NEWSWATCH_POLLER__WEBSUB__CALLBACK_URL", "https://watch.example.org/hooks/websub",
        "NEWSWATCH_POLLER__WEBSUB__PORT", "9500")).poller().websub();

    assertThat(w.enabled()).isTrue();
    assertThat(w.port()).isEqualTo(9500);
    assertThat(w.toConfig().callbackUrl().toString()).isEqualTo("https://watch.example.org/hooks/websub/");
    assertThat(w.toConfig().lease()).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void webSubRefusesAPlainHttpCallbackUnlessAllowed() throws Exception {
    assertThatThrownBy(() -> load("poller: {websub: {callbackUrl: 'http://watch.example.org/websub/'}}", Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("poller.websub").hasMessageContaining("https");
    assertThat(load("poller: {websub: {callbackUrl: 'http://10.0.0.5:9410/websub/', allowInsecureCallback: true}}",
        Map.of()).poller().websub().enabled()).isTrue();
    assertThatThrownBy(() -> load("poller: {websub: {callbackUrl: 'https://w.example/?a=b'}}", Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("query");
    assertThatThrownBy(() -> load("poller: {websub: {callbackUrl: 'https://w.example/', lease: 1m}}", Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("lease");
  }

  @Test
  void staticMembershipFollowsTheInstanceIdUnlessForced() throws Exception {
    assertThat(load("", Map.of()).kafka().staticMembershipOn()).isFalse();
    assertThat(load("kafka:\n  staticMembership: true\n", Map.of()).kafka().staticMembershipOn()).isTrue();
    // A cluster and the default instance id: replicas may share it, so no static membership.
    assertThat(load("kafka:\n  bootstrapServers: b:9092\n", Map.of()).kafka().staticMembershipOn()).isFalse();
    assertThat(load("kafka:\n  bootstrapServers: b:9092\n", Map.of("NEWSWATCH_KAFKA__INSTANCE_ID", "pipeline-0"))
        .kafka().staticMembershipOn()).isTrue();
    assertThat(load("kafka:\n  bootstrapServers: b:9092\n  instanceId: poller-1\n  staticMembership: false\n",
        Map.of()).kafka().staticMembershipOn()).isFalse();
  }
}
