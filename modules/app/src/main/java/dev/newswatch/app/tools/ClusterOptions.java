package dev.newswatch.app.tools;

import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --bootstrap-servers} of the tools that read or write the topics of a running cluster. */
public final class ClusterOptions {

  @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,...]",
      description = "The Kafka cluster holding the topics.")
  String bootstrapServers;

  /** The client settings every Kafka client of the tool starts from. */
  public Map<String, Object> clientConfig() {
    return Map.of("bootstrap.servers", bootstrapServers);
  }
}
