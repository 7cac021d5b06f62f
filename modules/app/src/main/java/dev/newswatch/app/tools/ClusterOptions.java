package dev.newswatch.app.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * {@code --bootstrap-servers} and {@code --command-config} of the tools that read or write the topics of a
 * running cluster.
 */
public final class ClusterOptions {

  @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,...]",
      description = "The Kafka cluster holding the topics.")
  String bootstrapServers;

  @Option(names = "--command-config", paramLabel = "FILE",
      description = "Kafka client properties (security.protocol, sasl.*, ssl.*) for a secured cluster, as for "
          + "Kafka's own tools; keep the file readable only by you.")
  Path commandConfig;

  /** The client settings every Kafka client of the tool starts from. */
  public Map<String, Object> clientConfig() {
    Map<String, Object> config = new HashMap<>();
    if (commandConfig != null) {
      Properties props = new Properties();
      try (Reader in = Files.newBufferedReader(commandConfig, StandardCharsets.UTF_8)) {
        props.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read --command-config " + commandConfig, e);
      }
      props.stringPropertyNames().forEach(name -> config.put(name, props.getProperty(name)));
    }
    config.put("bootstrap.servers", bootstrapServers);
    return config;
  }
}
