package dev.newswatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.net.AddressGuard;
import dev.newswatch.testkit.WebhookReceiver;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slack/Mattermost and Telegram against a real HTTP receiver on 127.0.0.1. */
class ChatChannelsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AddressGuard LOCAL = new AddressGuard(false, List.of("127.0.0.1"));
  private static final Alert HOSTILE = new Alert("a1b2", "releases", "art1",
      "<!channel> *Minsk* frees 14 & <http://evil.example|click>", "https://wire.example/a|b>c", "Wire",
      List.of("pardon"), List.of(), "tagged pardon (_frees_)", null, Instant.parse("2026-11-23T08:00:00Z"));

  private final WebhookReceiver receiver = new WebhookReceiver();

  @AfterEach
  void close() {
    receiver.close();
  }

  @Test
  void slackGetsEscapedMrkdwnThatCannotMentionOrForgeLinks() throws Exception {
    try (SlackChannel slack = new SlackChannel(Duration.ofSeconds(5), LOCAL)) {
      DeliveryResult result = slack.deliver(HOSTILE, new Subscription.Channel("slack", receiver.url("/hooks/T0K3N"), null));

      assertThat(result).isEqualTo(DeliveryResult.delivered());
    }
    JsonNode body = JSON.readTree(receiver.requests().get(0).body());
    String text = body.get("text").asText();
    assertThat(text).startsWith("*<https://wire.example/a%7Cb%3Ec|");
    assertThat(text).contains("&lt;!channel&gt;", "&amp;", "&lt;http://evil.example|click&gt;");
    assertThat(text).doesNotContain("<!channel>", "<http://evil");
    assertThat(text).contains("*\u200BMinsk*\u200B"); // emphasis neutralised
  }

  @Test
  void slackErrorsNameTheHostNotTheTokenInTheUrl() {
    receiver.failNext(1, 404);
    try (SlackChannel slack = new SlackChannel(Duration.ofSeconds(5), LOCAL)) {
      DeliveryResult result = slack.deliver(HOSTILE, new Subscription.Channel("slack", receiver.url("/hooks/T0K3N"), null));

      assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.PERMANENT_FAILURE);
      assertThat(result.error()).contains("127.0.0.1").doesNotContain("T0K3N");
    }
  }

  @Test
  void slackIsRefusedByTheAddressGuard() {
    try (SlackChannel slack = new SlackChannel(Duration.ofSeconds(5), AddressGuard.publicOnly())) {
      DeliveryResult result = slack.deliver(HOSTILE, new Subscription.Channel("slack", receiver.url("/hooks/x"), null));

      assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.PERMANENT_FAILURE);
      assertThat(receiver.requests()).isEmpty();
    }
  }

  @Test
  void telegramPostsEscapedHtmlToTheBotApiOfTheConfiguredBase() throws Exception {
    Subscription.Channel chat = new Subscription.Channel("telegram", null, "123456:ABC-secret_token", "-100777");
    try (TelegramChannel telegram = new TelegramChannel(Duration.ofSeconds(5), LOCAL, URI.create(receiver.url("")))) {
      assertThat(telegram.deliver(HOSTILE, chat)).isEqualTo(DeliveryResult.delivered());
    }
    WebhookReceiver.Request request = receiver.requests().get(0);
    assertThat(request.path()).isEqualTo("/bot123456:ABC-secret_token/sendMessage");
    JsonNode body = JSON.readTree(request.body());
    assertThat(body.get("chat_id").asText()).isEqualTo("-100777");
    assertThat(body.get("parse_mode").asText()).isEqualTo("HTML");
    String text = body.get("text").asText();
    assertThat(text).startsWith("<b><a href=\"https://wire.example/a|b&gt;c\">&lt;!channel&gt; *Minsk* frees 14 &amp; ");
    assertThat(text).doesNotContain("<http://evil");
  }

  @Test
  void telegramFloodControlIsRetriedAndTheTokenNeverAppearsInErrors() {
    receiver.failNext(1, 429);
    Subscription.Channel chat = new Subscription.Channel("telegram", receiver.url(""), "123456:ABC-secret_token",
        "-100777");
    try (TelegramChannel telegram = new TelegramChannel(Duration.ofSeconds(5), LOCAL, URI.create("https://api.telegram.org"))) {
      DeliveryResult result = telegram.deliver(HOSTILE, chat);

      assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
      assertThat(result.error()).contains("telegram:-100777").doesNotContain("secret_token").doesNotContain("123456");
    }
  }

  @Test
  void telegramIsRefusedByTheAddressGuard() {
    Subscription.Channel chat = new Subscription.Channel("telegram", receiver.url(""), "123456:ABC", "-1");
    try (TelegramChannel telegram = new TelegramChannel(Duration.ofSeconds(5), AddressGuard.publicOnly(),
        URI.create("https://api.telegram.org"))) {
      assertThat(telegram.deliver(HOSTILE, chat).outcome()).isEqualTo(DeliveryResult.Outcome.PERMANENT_FAILURE);
      assertThat(receiver.requests()).isEmpty();
    }
  }
}
