package dev.newswatch.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every service command shares. */
final class ServiceOptions {

  static final Path DEFAULT_CONFIG = Path.of("config", "newswatch.yaml");

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file (default: config/newswatch.yaml; NEWSWATCH_* environment variables override it).")
  Path config;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
      description = "Use this Kafka cluster instead of starting the embedded broker.")
  String bootstrapServers;

  @Option(names = "--http-host", paramLabel = "HOST", description = "Bind address of /metrics, /healthz, /readyz.")
  String httpHost;

  @Option(names = "--http-port", paramLabel = "PORT", description = "Port of /metrics, /healthz, /readyz (0: any free).")
  Integer httpPort;
}
