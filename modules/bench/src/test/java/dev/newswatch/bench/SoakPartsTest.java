package dev.newswatch.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SoakPartsTest {

  @Test
  void receiverAcceptsOnlyTheDocumentedSignature() throws Exception {
    byte[] body = "{\"alertId\":\"a1\"}".getBytes(StandardCharsets.UTF_8);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String good = "sha256=" + HexFormat.of().formatHex(mac.doFinal("1700000000.".concat(new String(body,
        StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
    assertThat(SoakReceiver.verify("s3cret", "1700000000", body, good)).isTrue();
    assertThat(SoakReceiver.verify("s3cret", "1700000001", body, good)).isFalse();
    assertThat(SoakReceiver.verify("other", "1700000000", body, good)).isFalse();
  }

  @Test
  void digestSubscriptionsSendInsideTheRun() {
    // The soak's digests are hourly at the minute it chose, so their slot falls inside a short run.
    var subs = SoakSubscriptions.make(1, 40, 30, id -> "http://127.0.0.1:1/hook/" + id, id -> "secret-" + id);
    var digest = subs.stream().filter(s -> s.digest() != null).findFirst().orElseThrow().digest();
    assertThat(dev.newswatch.alerts.DigestSchedule.nextSlot(digest, Instant.parse("2026-12-07T06:10:00Z")))
        .isEqualTo(Instant.parse("2026-12-07T06:30:00Z"));
    assertThat(dev.newswatch.alerts.DigestSchedule.nextSlot(digest, Instant.parse("2026-12-07T06:30:00Z")))
        .isEqualTo(Instant.parse("2026-12-07T07:30:00Z"));
  }

  @Test
  void newsIsReproducibleFromItsSeed() throws Exception {
    try (SoakNews a = new SoakNews(7, 6, 10); SoakNews b = new SoakNews(7, 6, 10)) {
      Instant t = Instant.parse("2026-12-07T06:00:00Z");
      for (int i = 0; i < 50; i++) {
        SoakNews.Offered x = a.publish(t);
        SoakNews.Offered y = b.publish(t);
        assertThat(x.kind()).isEqualTo(y.kind());
        assertThat(x.feed()).isEqualTo(y.feed());
      }
    }
  }

  @Test
  void servedCountsOnlyWholeDocumentsThatListTheArticle() throws Exception {
    try (SoakNews news = new SoakNews(3, 2, 10)) {
      java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
      SoakNews.Offered first = news.publish(Instant.now());
      java.net.URI feed = java.net.URI.create(news.feedUrl(first.feed()));
      assertThat(news.served(first.number()).documents()).isZero();
      assertThat(news.served(first.number()).feeds()).first().isEqualTo(first.feed());
      java.util.function.IntSupplier get = () -> {
        try {
          return http.send(java.net.http.HttpRequest.newBuilder(feed).build(),
              java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      };
      assertThat(get.getAsInt()).isEqualTo(200);
      assertThat(get.getAsInt()).isEqualTo(200);
      SoakNews.Served served = news.served(first.number());
      assertThat(served.documents()).isEqualTo(2);
      assertThat(served.first()).isBeforeOrEqualTo(served.last());
      news.breakFeed(first.feed());
      get.getAsInt();
      assertThat(news.served(first.number()).documents()).as("a broken answer is not a whole document")
          .isEqualTo(2);
      news.heal(first.feed());
      get.getAsInt();
      assertThat(news.served(first.number()).documents()).isEqualTo(3);
    }
  }

  @Test
  void durationOptionsReadTheConfigurationFilesShortForm() {
    SoakCommand soak = new SoakCommand();
    new picocli.CommandLine(soak).parseArgs("--max-recovery", "60s", "--max-stall", "PT45S");
    assertThat(soak.maxRecovery).isEqualTo(java.time.Duration.ofSeconds(60));
    assertThat(soak.maxStall).isEqualTo(java.time.Duration.ofSeconds(45));
  }

  @Test
  void longestGapCountsTheStretchesBeforeTheFirstAndAfterTheLastAlert() {
    java.time.Instant t0 = java.time.Instant.parse("2026-12-07T10:00:00Z");
    java.util.function.IntFunction<SoakReceiver.Receipt> at = s -> new SoakReceiver.Receipt("a" + s, "sub", "story", 1,
        "http://x/", t0, t0.plusSeconds(s), false);
    var receipts = java.util.List.of(at.apply(5), at.apply(7), at.apply(40), at.apply(52), at.apply(200));
    // 7 → 40 inside the window; the receipt at 200 s lies outside it and does not count.
    org.assertj.core.api.Assertions.assertThat(SoakCommand.longestGap(receipts, t0, t0.plusSeconds(60)))
        .isEqualTo(33.0);
    org.assertj.core.api.Assertions.assertThat(SoakCommand.longestGap(java.util.List.of(), t0, t0.plusSeconds(60)))
        .isEqualTo(60.0);
  }
}
