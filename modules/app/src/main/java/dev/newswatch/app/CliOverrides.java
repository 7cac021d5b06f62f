package dev.newswatch.app;

import dev.newswatch.app.config.NewswatchConfig;

/** Applies command-line options on top of the configuration file. */
final class CliOverrides {

  private CliOverrides() {}

  static NewswatchConfig apply(NewswatchConfig c, String bootstrapServers, String httpHost, Integer httpPort) {
    NewswatchConfig.Kafka k = c.kafka();
    NewswatchConfig.Kafka kafka = bootstrapServers == null ? k
        : k.withBootstrapServers(bootstrapServers);
    NewswatchConfig.Http http = new NewswatchConfig.Http(
        httpHost == null ? c.http().host() : httpHost, httpPort == null ? c.http().port() : httpPort,
        c.http().apiToken(), c.http().apiTokenFile(), c.http().adminToken(), c.http().adminTokenFile(), c.http().web());
    return new NewswatchConfig(kafka, http, c.poller(), c.pipeline(), c.alerts(), c.feeds(), c.subscribers(),
        c.secrets());
  }
}
