package dev.newswatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.app.config.ConfigLoader;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.runtime.NewswatchRuntime.Service;
import dev.newswatch.broker.EmbeddedKafkaBroker;
import dev.newswatch.broker.TopicInitializer;
import dev.newswatch.model.Alert;
import dev.newswatch.model.FeedDefinition;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Story;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.FeedServer;
import dev.newswatch.testkit.Fixtures;
import dev.newswatch.testkit.TestKafka;
import dev.newswatch.testkit.WebhookReceiver;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three services on a cluster like the Strimzi overlay's: clients reach the broker only over SASL_SSL
 * (a CA and broker certificate made here with keytool, host name verified), each service logs in as its own
 * SCRAM-SHA-512 user, and the StandardAuthorizer allows nothing without an ACL. The ACLs are those of
 * {@link KafkaAcls}; the topics exist beforehand (as the KafkaTopic resources make them). An article polled
 * by the poller becomes a story in the pipeline and an alert delivered by the alerts service; a service user
 * reading a topic it has no ACL for is refused, and so is a wrong password.
 */
class KafkaSecurityIT {

  private static final String STORE_PASSWORD = "test-store-password";
  private static final String SECRET = "security-webhook-secret";

  @TempDir
  Path dir;
  private FeedServer feeds;
  private WebhookReceiver webhook;
  private EmbeddedKafkaBroker broker;
  private String secureBootstrap;
  private Path truststore;
  private final Map<Service, String> passwords = new HashMap<>();
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void cluster() throws Exception {
    feeds = new FeedServer().serveRss("/baltic-wire.xml", Fixtures.text("feeds/baltic-wire.xml"));
    webhook = new WebhookReceiver();
    Path keystore = certificates();
    int plain = freePort();
    int secure = freePort();
    int controller = freePort();
    secureBootstrap = "127.0.0.1:" + secure;
    // PLAINTEXT (bootstrap admin, inter-broker) and the controller listener carry the super user ANONYMOUS;
    // they are bound to 127.0.0.1 and the services never use them.
    Map<String, String> overrides = new HashMap<>();
    overrides.put("listeners", "PLAINTEXT://127.0.0.1:" + plain + ",SASL_SSL://127.0.0.1:" + secure
        + ",CONTROLLER://127.0.0.1:" + controller);
    overrides.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + plain + ",SASL_SSL://127.0.0.1:" + secure);
    overrides.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
    overrides.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
    overrides.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    overrides.put("listener.name.sasl_ssl.ssl.keystore.location", keystore.toString());
    overrides.put("listener.name.sasl_ssl.ssl.keystore.password", STORE_PASSWORD);
    overrides.put("listener.name.sasl_ssl.ssl.keystore.type", "PKCS12");
    overrides.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    overrides.put("super.users", "User:ANONYMOUS");
    overrides.put("allow.everyone.if.no.acl.found", "false");
    broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), plain, controller, overrides);

    try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
      List<UserScramCredentialUpsertion> users = new ArrayList<>();
      KafkaAcls.Names names = KafkaAcls.Names.defaults();
      for (Service s : Service.values()) {
        String password = "pw-" + s.name().toLowerCase() + "-" + System.nanoTime();
        passwords.put(s, password);
        users.add(new UserScramCredentialUpsertion(KafkaAcls.userName(s),
            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password));
        admin.createAcls(KafkaAcls.bindings(Set.of(s), names, "User:" + KafkaAcls.userName(s))).all()
            .get(30, TimeUnit.SECONDS);
      }
      admin.alterUserScramCredentials(new ArrayList<>(users)).all().get(30, TimeUnit.SECONDS);
    }
    TopicInitializer.ensureTopics(Map.of("bootstrap.servers", broker.bootstrapServers()), Topics.ALL,
        new TopicInitializer.Settings(4, 2, (short) 1, Duration.ofDays(7)), Duration.ofSeconds(60));
  }

  @AfterEach
  void stop() {
    for (int i = open.size() - 1; i >= 0; i--) {
      try {
        open.get(i).close();
      } catch (Exception ignored) {
        // best effort
      }
    }
    if (broker != null) {
      broker.close();
    }
    feeds.close();
    webhook.close();
  }

  @Test
  void eachServiceRunsAsItsOwnUserWithOnlyItsAclsAndAnArticleBecomesAnAlert() throws Exception {
    // Consumers first, the producer last, as the runtime of one process orders them.
    NewswatchRuntime pipeline = start(Service.PIPELINE);
    start(Service.ALERTS);
    start(Service.POLLER);

    assertThat(webhook.await(r -> r.path().equals("/rights-desk"), Duration.ofSeconds(120)))
        .as("alert for the polled pardon story").isTrue();
    Alert alert = JsonCodec.fromBytes(webhook.requests().get(0).body().getBytes(StandardCharsets.UTF_8), Alert.class);
    assertThat(alert.subscriptionId()).isEqualTo("rights-desk");
    assertThat(alert.tags()).contains("pardon");
    List<Story> stories = TestKafka.readAll(broker.bootstrapServers(), Topics.STORIES).stream()
        .map(r -> JsonCodec.fromBytes(r.value(), Story.class)).toList();
    assertThat(stories).anySatisfy(s -> assertThat(s.id()).isEqualTo(alert.storyId()));
    assertThat(TestKafka.readAll(broker.bootstrapServers(), Topics.ARTICLES_RAW)).isNotEmpty();

    // Every process reads the feed registry for /api/v1/feeds, but only the poller's user may change it.
    assertThat(pipeline.feedCatalog().active()).hasSize(1);
    assertThatThrownBy(() -> pipeline.feedRegistry().put(FeedDefinition.active("https://feeds.example/x.xml", "X",
        FeedDefinition.SOURCE_API, java.time.Instant.now()), Duration.ofSeconds(20)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("TopicAuthorizationException");
  }

  @Test
  void aServiceUserIsRefusedWhatItsAclsDoNotAllowAndAWrongPasswordIsRefused() throws Exception {
    Map<String, Object> poller = clientProperties(Service.POLLER, passwords.get(Service.POLLER));
    // Subscriptions hold channel secrets: only the alerts service may read them.
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(poller)) {
      consumer.assign(List.of(new TopicPartition(Topics.SUBSCRIPTIONS, 0)));
      consumer.seekToBeginning(consumer.assignment());
      assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(20)))
          .isInstanceOf(TopicAuthorizationException.class).hasMessageContaining(Topics.SUBSCRIPTIONS);
    }
    // The pipeline writes stories, never alerts.
    Map<String, Object> pipeline = clientProperties(Service.PIPELINE, passwords.get(Service.PIPELINE));
    pipeline.put("key.serializer", ByteArraySerializer.class);
    pipeline.put("value.serializer", ByteArraySerializer.class);
    pipeline.put("max.block.ms", 20_000);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pipeline)) {
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.ALERTS, new byte[] {1})).get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(TopicAuthorizationException.class);
    }
    // The alerts user's own topic works, and a wrong password does not get in.
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(clientProperties(Service.ALERTS, passwords.get(Service.ALERTS)))) {
      assertThat(consumer.partitionsFor(Topics.SUBSCRIPTIONS, Duration.ofSeconds(20))).isNotEmpty();
    }
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(clientProperties(Service.ALERTS, "not-the-password"))) {
      assertThatThrownBy(() -> consumer.partitionsFor(Topics.SUBSCRIPTIONS, Duration.ofSeconds(20)))
          .isInstanceOf(SaslAuthenticationException.class);
    }
  }

  /** Starts one service through the configuration file path a deployment uses. */
  private NewswatchRuntime start(Service service) throws Exception {
    NewswatchConfig config = config(service);
    NewswatchRuntime runtime = new NewswatchRuntime(config, EnumSet.of(service), new PrometheusRegistry());
    open.add(runtime);
    runtime.start();
    return runtime;
  }

  private NewswatchConfig config(Service service) throws Exception {
    String name = service.name().toLowerCase();
    Path jaas = dir.resolve(name + ".jaas");
    Files.writeString(jaas, jaas(KafkaAcls.userName(service), passwords.get(service)) + "\n");
    String yaml = """
        kafka:
          bootstrapServers: "%s"
          instanceId: "%s"
          clientProperties:
            security.protocol: SASL_SSL
            sasl.mechanism: SCRAM-SHA-512
            ssl.truststore.location: "%s"
            ssl.truststore.type: PKCS12
            ssl.truststore.password: ${KAFKA_TRUSTSTORE_PASSWORD}
          clientPropertyFiles:
            sasl.jaas.config: "%s"
        http: {port: 0}
        poller:
          interval: 2s
          minInterval: 2s
          maxInterval: 2s
          firstPollMaxItemAge: 36500d
          startupTimeout: 60s
          fetch: {allowedHosts: ["%s"]}
        pipeline: {stateDir: "%s"}
        alerts: {allowedHosts: ["%s"], initialBackoff: 100ms, maxBackoff: 1s}
        feeds:
          - {name: Baltic Wire, url: "%s"}
        subscribers:
          - id: rights-desk
            name: Rights desk
            tags: [pardon]
            channels:
              - {type: webhook, url: "%s", secret: "%s"}
        """.formatted(secureBootstrap, name, truststore, jaas, URI.create(feeds.url("/")).getAuthority(),
        dir.resolve("streams-" + name), URI.create(webhook.url("/")).getAuthority(), feeds.url("/baltic-wire.xml"),
        webhook.url("/rights-desk"), SECRET);
    NewswatchConfig config = new ConfigLoader(Map.of("KAFKA_TRUSTSTORE_PASSWORD", STORE_PASSWORD))
        .load(yaml, "KafkaSecurityIT-" + name);
    assertThat(config.kafka().toString()).doesNotContain(passwords.get(service), STORE_PASSWORD);
    return config;
  }

  private Map<String, Object> clientProperties(Service service, String password) {
    Map<String, Object> c = new HashMap<>();
    c.put("bootstrap.servers", secureBootstrap);
    c.put("security.protocol", "SASL_SSL");
    c.put("sasl.mechanism", "SCRAM-SHA-512");
    c.put("sasl.jaas.config", jaas(KafkaAcls.userName(service), password));
    c.put("ssl.truststore.location", truststore.toString());
    c.put("ssl.truststore.type", "PKCS12");
    c.put("ssl.truststore.password", STORE_PASSWORD);
    return c;
  }

  private static KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> config) {
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static String jaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
        + "\" password=\"" + password + "\";";
  }

  /**
   * A CA, a broker key pair with a certificate the CA signed for 127.0.0.1, and a truststore holding only the
   * CA; returns the broker's keystore and sets {@link #truststore}.
   */
  private Path certificates() throws Exception {
    Path ca = dir.resolve("ca.p12");
    Path caCert = dir.resolve("ca.crt");
    Path keystore = dir.resolve("broker.p12");
    Path csr = dir.resolve("broker.csr");
    Path cert = dir.resolve("broker.crt");
    truststore = dir.resolve("truststore.p12");
    keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=newswatch test CA",
        "-ext", "bc:c", "-validity", "2", "-keystore", ca, "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
    keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", STORE_PASSWORD, "-file", caCert);
    keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=localhost",
        "-validity", "2", "-keystore", keystore, "-storetype", "PKCS12", "-storepass", STORE_PASSWORD);
    keytool("-certreq", "-alias", "broker", "-keystore", keystore, "-storepass", STORE_PASSWORD, "-file", csr);
    keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca, "-storepass", STORE_PASSWORD, "-infile", csr,
        "-outfile", cert, "-validity", "2", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-ext", "KU=digitalSignature,keyEncipherment",
        "-ext", "EKU=serverAuth");
    keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caCert, "-keystore", keystore, "-storepass", STORE_PASSWORD);
    keytool("-importcert", "-noprompt", "-alias", "broker", "-file", cert, "-keystore", keystore,
        "-storepass", STORE_PASSWORD);
    keytool("-importcert", "-noprompt", "-alias", "ca", "-file", caCert, "-keystore", truststore, "-storetype", "PKCS12",
        "-storepass", STORE_PASSWORD);
    return keystore;
  }

  private static void keytool(Object... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    for (Object a : args) {
      command.add(a.toString());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
