package dev.newswatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.alerts.delivery.DeliveryResult.Outcome;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.testkit.RebindingDns;
import dev.newswatch.testkit.RecordingServer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding against webhook delivery: a webhook host that answers an allowed address for the check
 * and 127.0.0.1 afterwards must not get a POST onto 127.0.0.1.
 */
class HttpPosterRebindingTest {

  private static final byte[] BODY = "{\"alert\":1}".getBytes(StandardCharsets.UTF_8);

  private final RecordingServer loopback = new RecordingServer(RebindingDns.LOOPBACK, 0);
  private final RecordingServer checked = new RecordingServer(RebindingDns.PUBLIC_STAND_IN, loopback.port());

  @AfterEach
  void stop() {
    loopback.close();
    checked.close();
  }

  private String url(String host, String path) {
    return "http://" + host + ":" + loopback.port() + path;
  }

  @Test
  void postsToTheAddressThatWasCheckedWhenTheWebhookNameRebindsToLoopback() {
    RebindingDns dns = new RebindingDns("localhost");
    try (HttpPoster poster = new HttpPoster(Duration.ofSeconds(5), dns.guard())) {
      DeliveryResult result = poster.post("webhook", "localhost", url("localhost", "/hook"), BODY,
          "application/json", Map.of());

      assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
      assertThat(checked.paths()).containsExactly("/hook");
      assertThat(loopback.paths()).isEmpty();
      assertThat(dns.lookups()).isEqualTo(1);
    }
  }

  @Test
  void refusesAWebhookNameThatResolvesToTheMetadataAddressWithoutConnecting() throws Exception {
    InetAddress metadata = InetAddress.getByName("169.254.169.254");
    RebindingDns dns = new RebindingDns("hooks.example", metadata, metadata);
    try (HttpPoster poster = new HttpPoster(Duration.ofSeconds(5), dns.guard())) {
      DeliveryResult result = poster.post("webhook", "hooks.example", url("hooks.example", "/hook"), BODY,
          "application/json", Map.of());

      assertThat(result.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
      assertThat(result.error()).contains("refused").contains("link-local (metadata) address 169.254.169.254");
      assertThat(dns.lookups()).isEqualTo(1);
    }
  }

  @Test
  void postsToLoopbackWhenConfigurationAllowsIt() {
    AddressGuard allowing = new AddressGuard(false, List.of("127.0.0.1:" + loopback.port()));
    try (HttpPoster poster = new HttpPoster(Duration.ofSeconds(5), allowing)) {
      DeliveryResult result = poster.post("webhook", "127.0.0.1", url("127.0.0.1", "/hook"), BODY,
          "application/json", Map.of());

      assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
      assertThat(loopback.paths()).containsExactly("/hook");
    }
  }
}
