package dev.newswatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newswatch.ingest.fetch.FetchException.Reason;
import dev.newswatch.testkit.RebindingDns;
import dev.newswatch.testkit.RecordingServer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: a name that first answers an allowed address and then 127.0.0.1 must not lead to any
 * request to 127.0.0.1. The server on 127.0.0.1 stands for what the attacker wants to reach; the one on
 * 127.0.0.2, on the same port, for the public server the name first named.
 */
class HttpFetcherRebindingTest {

  private final RecordingServer loopback = new RecordingServer(RebindingDns.LOOPBACK, 0);
  private final RecordingServer checked = new RecordingServer(RebindingDns.PUBLIC_STAND_IN, loopback.port());

  @AfterEach
  void stop() {
    loopback.close();
    checked.close();
  }

  private static FetchConfig strict() {
    return new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, 3,
        FetchConfig.DEFAULT_USER_AGENT, false, List.of());
  }

  private String url(String host, String path) {
    return "http://" + host + ":" + loopback.port() + path;
  }

  @Test
  void connectsToTheAddressThatWasCheckedWhenTheNameRebindsToLoopback() throws Exception {
    RebindingDns dns = new RebindingDns("localhost");
    try (HttpFetcher fetcher = new HttpFetcher(strict(), Clock.systemUTC(), dns.guard())) {
      FetchResult result = fetcher.fetch(URI.create(url("localhost", "/feed.xml")), null, null);

      assertThat(result.status()).isEqualTo(200);
      assertThat(checked.paths()).containsExactly("/feed.xml");
      assertThat(loopback.paths()).isEmpty();
      assertThat(dns.lookups()).isEqualTo(1);
    }
  }

  @Test
  void aRedirectHopToANameThatRebindsConnectsToTheAddressThatWasChecked() throws Exception {
    checked.redirect("/hop.xml", url("localhost", "/inside.xml"));
    RebindingDns dns = new RebindingDns("localhost");
    try (HttpFetcher fetcher = new HttpFetcher(strict(), Clock.systemUTC(), dns.guard())) {
      FetchResult result = fetcher.fetch(URI.create(url("127.0.0.2", "/hop.xml")), null, null);

      assertThat(result.finalUri()).isEqualTo(URI.create(url("localhost", "/inside.xml")));
      assertThat(checked.paths()).containsExactly("/hop.xml", "/inside.xml");
      assertThat(loopback.paths()).isEmpty();
    }
  }

  @Test
  void refusesANameWhoseOnlyAnswerIsLoopbackWithoutConnecting() {
    RebindingDns dns = new RebindingDns("feeds.example", RebindingDns.LOOPBACK, RebindingDns.LOOPBACK);
    try (HttpFetcher fetcher = new HttpFetcher(strict(), Clock.systemUTC(), dns.guard())) {
      FetchException e = catchThrowableOfType(FetchException.class,
          () -> fetcher.fetch(URI.create(url("feeds.example", "/feed.xml")), null, null));

      assertThat(e.reason()).isEqualTo(Reason.BLOCKED);
      assertThat(e.getMessage()).contains("feeds.example").contains("loopback address 127.0.0.1");
      assertThat(loopback.paths()).isEmpty();
    }
  }

  @Test
  void fetchesFromLoopbackWhenConfigurationAllowsIt() throws Exception {
    FetchConfig allowed = new FetchConfig(Duration.ofSeconds(2), Duration.ofSeconds(5), 64 * 1024, 3,
        FetchConfig.DEFAULT_USER_AGENT, false, List.of("127.0.0.1:" + loopback.port()));
    try (HttpFetcher fetcher = new HttpFetcher(allowed)) {
      FetchResult result = fetcher.fetch(URI.create(url("127.0.0.1", "/feed.xml")), null, null);

      assertThat(result.status()).isEqualTo(200);
      assertThat(loopback.paths()).containsExactly("/feed.xml");
    }
  }
}
