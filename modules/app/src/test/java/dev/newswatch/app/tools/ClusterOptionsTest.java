package dev.newswatch.app.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The tools reach a secured cluster: {@code --command-config} adds its properties to every client. */
class ClusterOptionsTest {

  @TempDir
  Path dir;

  @Test
  void theCommandConfigFileGoesIntoEveryClientsSettings() throws Exception {
    Path file = dir.resolve("admin.properties");
    Files.writeString(file, """
        security.protocol=SASL_SSL
        sasl.mechanism=SCRAM-SHA-512
        sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ops" password="pw";
        bootstrap.servers=ignored:1
        """);
    ClusterOptions options = new ClusterOptions();
    new CommandLine(options).parseArgs("--bootstrap-servers", "kafka:9093", "--command-config", file.toString());
    assertThat(options.clientConfig()).containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("bootstrap.servers", "kafka:9093")
        .hasEntrySatisfying("sasl.jaas.config", v -> assertThat(v.toString()).contains("username=\"ops\""));
  }

  @Test
  void withoutACommandConfigOnlyTheBootstrapServersAndAMissingFileIsAnError() {
    ClusterOptions options = new ClusterOptions();
    new CommandLine(options).parseArgs("--bootstrap-servers", "kafka:9092");
    assertThat(options.clientConfig()).containsOnlyKeys("bootstrap.servers");
    ClusterOptions missing = new ClusterOptions();
    new CommandLine(missing).parseArgs("--bootstrap-servers", "kafka:9092", "--command-config",
        dir.resolve("nope.properties").toString());
    assertThatThrownBy(missing::clientConfig).isInstanceOf(UncheckedIOException.class).hasMessageContaining("nope.properties");
  }
}
