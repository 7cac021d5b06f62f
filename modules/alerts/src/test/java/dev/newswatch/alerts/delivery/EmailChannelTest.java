package dev.newswatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.newswatch.alerts.DeliverySettings;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Real SMTP: GreenMail on 127.0.0.1 with a login. */
class EmailChannelTest {

  @RegisterExtension
  static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp").dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts", "s3cret-pw"));

  private static final Alert HOSTILE = new Alert("a1b2", "releases", "art1",
      "<script>alert(1)</script> Minsk frees \"14\" & more\r\nBcc: victim@example.org",
      "javascript:alert(1)", "Wire <b>", List.of("pardon"), List.of(), "tagged pardon (<i>frees</i>)", null,
      Instant.parse("2026-11-23T08:00:00Z"), "story1", 2, List.of("released: 14 <img src=x>"), 3);
  private static final Subscription.Channel TO = new Subscription.Channel("email", null, null, "reader@newswatch.example");

  private static DeliverySettings.Smtp smtp(String password) {
    return new DeliverySettings.Smtp("127.0.0.1", MAIL.getSmtp().getPort(), "alerts@newswatch.example", false, false,
        "alerts", password, Duration.ofSeconds(5));
  }

  @Test
  void sendsTextAndEscapedHtmlAlternativesWithTheAlertIdAsKey() throws Exception {
    DeliveryResult result = new EmailChannel(smtp("s3cret-pw")).deliver(HOSTILE, TO);

    assertThat(result).isEqualTo(DeliveryResult.delivered());
    MimeMessage message = MAIL.getReceivedMessages()[0];
    assertThat(message.getHeader("X-Newswatch-Alert-Id")[0]).isEqualTo("a1b2");
    assertThat(message.getMessageID()).isEqualTo("<a1b2@newswatch>");
    assertThat(message.getSubject()).startsWith("Update: <script>").doesNotContain("\n").doesNotContain("\r");
    assertThat(message.getHeader("Bcc")).isNull(); // the forged header stayed inside the subject
    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    BodyPart text = parts.getBodyPart(0);
    BodyPart html = parts.getBodyPart(1);
    assertThat(text.getContentType()).startsWith("text/plain");
    assertThat((String) text.getContent()).contains("New: released: 14 <img src=x>");
    assertThat(html.getContentType()).startsWith("text/html");
    String body = (String) html.getContent();
    assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;14&quot; &amp; more",
        "&lt;img src=x&gt;", "Wire &lt;b&gt;", "&lt;i&gt;frees&lt;/i&gt;");
    assertThat(body).doesNotContain("<script>", "<img", "javascript:");
  }

  @Test
  void aDigestIsOneMessageListingEveryAlert() throws Exception {
    Alert second = new Alert("c3d4", "releases", "art2", "Second story", "https://wire.example/2", null,
        List.of(), List.of(), "matched", null, Instant.parse("2026-11-23T08:05:00Z"));
    AlertDigest digest = AlertDigest.of("releases", Instant.parse("2026-11-23T09:00:00Z"), List.of(HOSTILE, second), 5);

    assertThat(new EmailChannel(smtp("s3cret-pw")).deliverDigest(digest, TO)).isEqualTo(DeliveryResult.delivered());

    MimeMessage message = MAIL.getReceivedMessages()[0];
    assertThat(message.getSubject()).isEqualTo("newswatch digest: 7 alerts for releases");
    assertThat(message.getHeader("X-Newswatch-Alert-Id")[0]).isEqualTo(digest.digestId());
    String text = (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    assertThat(text).contains("Second story", "https://wire.example/2", "… and 5 more");
  }

  @Test
  void aFailedLoginIsRetriedAndDoesNotLeakThePassword() {
    DeliveryResult result = new EmailChannel(smtp("wrong-pw")).deliver(HOSTILE, TO);

    assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
    assertThat(result.error()).doesNotContain("wrong-pw");
    assertThat(MAIL.getReceivedMessages()).isEmpty();
  }

  @Test
  void anUnreachableServerIsRetried() {
    DeliverySettings.Smtp nowhere = new DeliverySettings.Smtp("127.0.0.1", 1, "alerts@newswatch.example", false,
        false, null, null, Duration.ofSeconds(2));

    assertThat(new EmailChannel(nowhere).deliver(HOSTILE, TO).outcome()).isEqualTo(DeliveryResult.Outcome.RETRY);
  }

  @Test
  void withoutSmtpSettingsEmailFailsPermanently() {
    DeliveryResult result = new EmailChannel(null).deliver(HOSTILE, TO);

    assertThat(result.outcome()).isEqualTo(DeliveryResult.Outcome.PERMANENT_FAILURE);
    assertThat(result.error()).contains("alerts.smtp");
  }
}
