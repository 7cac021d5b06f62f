package dev.newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.ingest.fetch.FetchConfig;
import dev.newswatch.testkit.RebindingDns;
import dev.newswatch.testkit.RecordingServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A hub whose name rebinds to 127.0.0.1 after the check gets the request on the address that was checked. */
class HubClientRebindingTest {

  private final RecordingServer loopback = new RecordingServer(RebindingDns.LOOPBACK, 0);
  private final RecordingServer checked = new RecordingServer(RebindingDns.PUBLIC_STAND_IN, loopback.port());

  @AfterEach
  void stop() {
    loopback.close();
    checked.close();
  }

  @Test
  void postsToTheAddressThatWasCheckedWhenTheHubNameRebindsToLoopback() throws Exception {
    FetchConfig strict = new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, 0,
        FetchConfig.DEFAULT_USER_AGENT, false, List.of());
    RebindingDns dns = new RebindingDns("localhost");
    try (HubClient client = new HubClient(strict, dns.guard())) {
      int status = client.post(URI.create("http://localhost:" + loopback.port() + "/hub"),
          Map.of("hub.mode", "subscribe"));

      assertThat(status).isEqualTo(200);
      assertThat(checked.paths()).containsExactly("/hub");
      assertThat(loopback.paths()).isEmpty();
    }
  }
}
