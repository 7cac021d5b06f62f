package dev.newswatch.alerts.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.secrets.SecretBox;
import dev.newswatch.model.secrets.SecretException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealedSubscriptionsTest {

  private static final byte[] K1 = SecretBox.newKey();
  private static final Subscription DESK = new Subscription("rights-desk", "viasna", "Releases", "tags:pardon",
      List.of(), 1, null, null, List.of(
          new Subscription.Channel("webhook", "https://hooks.example.org/nw/tok-4711", "hmac-4711"),
          new Subscription.Channel("telegram", null, "bot-token-4711", "-100123"),
          new Subscription.Channel("email", null, null, "desk@example.org")), 0, false, null, null);

  private final SealedSubscriptions k1 = new SealedSubscriptions(new SecretBox(Map.of("k1", K1), "k1"));

  @Test
  void writesNoSecretInClearAndReadsItBack() throws Exception {
    String stored = new String(k1.encode(DESK), StandardCharsets.UTF_8);
    assertThat(stored).doesNotContain("4711").contains("desk@example.org").contains("-100123").contains("tags:pardon");
    SealedSubscriptions.Read read = k1.decode(stored.getBytes(StandardCharsets.UTF_8));
    assertThat(read.subscription()).isEqualTo(DESK);
    assertThat(read.clearSecrets()).isZero();
    assertThat(read.current("k1")).isTrue();
  }

  @Test
  void readsRecordsOfEarlierVersionsWithClearSecretsAndMarksThemForResealing() throws Exception {
    SealedSubscriptions.Read read = k1.decode(JsonCodec.toBytes(DESK));
    assertThat(read.subscription()).isEqualTo(DESK);
    assertThat(read.clearSecrets()).isEqualTo(3); // webhook secret and url, telegram token
    assertThat(read.current("k1")).isFalse();
  }

  @Test
  void aRecordUnderAnOlderKeyReadsAfterRotationButIsNotCurrent() throws Exception {
    byte[] stored = k1.encode(DESK);
    Map<String, byte[]> keys = new LinkedHashMap<>();
    keys.put("k1", K1);
    keys.put("k2", SecretBox.newKey());
    SealedSubscriptions rotated = new SealedSubscriptions(new SecretBox(keys, "k2"));
    SealedSubscriptions.Read read = rotated.decode(stored);
    assertThat(read.subscription()).isEqualTo(DESK);
    assertThat(read.keyIds()).containsExactly("k1");
    assertThat(read.current("k2")).isFalse();
    assertThat(rotated.decode(rotated.encode(read.subscription())).keyIds()).containsExactly("k2");
  }

  @Test
  void channelsSwappedWithinARecordDoNotOpen() throws Exception {
    Subscription two = new Subscription("two", "viasna", null, "x", List.of(), 1, null, null, List.of(
        new Subscription.Channel("webhook", "https://a.example.org/1", "first"),
        new Subscription.Channel("webhook", "https://b.example.org/2", "second")), 0, false, null, null);
    var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JsonCodec.mapper().readTree(k1.encode(two));
    var channels = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("channels");
    String firstSecret = channels.get(0).get("secret").asText();
    ((com.fasterxml.jackson.databind.node.ObjectNode) channels.get(0)).put("secret", channels.get(1).get("secret").asText());
    ((com.fasterxml.jackson.databind.node.ObjectNode) channels.get(1)).put("secret", firstSecret);
    assertThatThrownBy(() -> k1.decode(JsonCodec.toBytes(tree)))
        .isInstanceOf(SealedSubscriptions.UnreadableException.class)
        .satisfies(e -> {
          SealedSubscriptions.UnreadableException u = (SealedSubscriptions.UnreadableException) e;
          assertThat(u.secretError().reason()).isEqualTo(SecretException.Reason.TAMPERED);
          assertThat(u.owner()).isEqualTo("viasna");
          assertThat(u.getMessage()).doesNotContain("first").doesNotContain("second");
        });
  }
}
