package dev.newswatch.app;

import dev.newswatch.app.config.NewswatchConfig;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Applies command-line options on top of the configuration file, and masks secrets for logs. */
final class CliOverrides {

  private CliOverrides() {}

  static NewswatchConfig apply(NewswatchConfig c, String bootstrapServers, String httpHost, Integer httpPort) {
    NewswatchConfig.Kafka k = c.kafka();
    NewswatchConfig.Kafka kafka = bootstrapServers == null ? k
        : new NewswatchConfig.Kafka(bootstrapServers, k.embedded(), k.topics(), k.clientProperties(), k.instanceId());
    NewswatchConfig.Http http = new NewswatchConfig.Http(
        httpHost == null ? c.http().host() : httpHost, httpPort == null ? c.http().port() : httpPort,
        c.http().apiToken(), c.http().apiTokenFile(), c.http().adminToken(), c.http().adminTokenFile());
    return new NewswatchConfig(kafka, http, c.poller(), c.pipeline(), c.alerts(), c.feeds(), c.subscribers(),
        c.secrets());
  }

  /** The map with values of password/secret/key/token/jaas/credential keys replaced by "***". */
  static Map<String, String> masked(Map<String, String> properties) {
    Map<String, String> out = new TreeMap<>();
    properties.forEach((key, value) -> {
      String k = key.toLowerCase(Locale.ROOT);
      boolean secret = k.contains("password") || k.contains("secret") || k.contains("jaas") || k.contains("token")
          || k.contains("credential") || k.endsWith(".key") || k.contains("key.password");
      out.put(key, secret ? "***" : value);
    });
    return out;
  }
}
