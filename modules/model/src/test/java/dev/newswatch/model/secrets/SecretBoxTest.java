package dev.newswatch.model.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

  private static final byte[] OLD = SecretBox.newKey();
  private static final byte[] NEW = SecretBox.newKey();
  private static final String CONTEXT = "subscription/rights-desk/channels/0/secret";

  @Test
  void sealedValueOpensAndShowsNoClearText() throws SecretException {
    SecretBox box = new SecretBox(Map.of("k1", OLD), "k1");
    String sealed = box.seal("hmac-key-of-rights-desk", CONTEXT);
    assertThat(sealed).startsWith("nwenc:v1:k1:").doesNotContain("hmac-key");
    assertThat(SecretBox.keyIdOf(sealed)).isEqualTo("k1");
    assertThat(box.open(sealed, CONTEXT)).isEqualTo("hmac-key-of-rights-desk");
    assertThat(box.seal("hmac-key-of-rights-desk", CONTEXT)).as("fresh nonce each time").isNotEqualTo(sealed);
  }

  @Test
  void valueMovedToAnotherContextIsRefused() {
    SecretBox box = new SecretBox(Map.of("k1", OLD), "k1");
    String sealed = box.seal("bot-token", CONTEXT);
    assertThatThrownBy(() -> box.open(sealed, "subscription/other-desk/channels/0/secret"))
        .isInstanceOf(SecretException.class)
        .satisfies(e -> assertThat(((SecretException) e).reason()).isEqualTo(SecretException.Reason.TAMPERED));
    assertThatThrownBy(() -> box.open(sealed, "subscription/rights-desk/channels/0/url"))
        .isInstanceOf(SecretException.class);
  }

  @Test
  void alteredCiphertextIsRefused() {
    SecretBox box = new SecretBox(Map.of("k1", OLD), "k1");
    String sealed = box.seal("bot-token", CONTEXT);
    int at = sealed.lastIndexOf(':') + 3;
    String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
    assertThatThrownBy(() -> box.open(altered, CONTEXT)).isInstanceOf(SecretException.class)
        .satisfies(e -> assertThat(((SecretException) e).reason()).isEqualTo(SecretException.Reason.TAMPERED));
    // the key id is bound too: relabelling a value as sealed by another key does not open it
    SecretBox both = new SecretBox(Map.of("k1", OLD, "k2", OLD), "k1");
    String relabelled = both.seal("bot-token", CONTEXT).replace("nwenc:v1:k1:", "nwenc:v1:k2:");
    assertThatThrownBy(() -> both.open(relabelled, CONTEXT)).isInstanceOf(SecretException.class);
    assertThatThrownBy(() -> box.open("nwenc:v1:k1:!!:??", CONTEXT)).isInstanceOf(SecretException.class)
        .satisfies(e -> assertThat(((SecretException) e).reason()).isEqualTo(SecretException.Reason.MALFORMED));
  }

  @Test
  void rotationOpensOldValuesAndSealsWithTheActiveKey() throws SecretException {
    String old = new SecretBox(Map.of("k1", OLD), "k1").seal("webhook-secret", CONTEXT);
    Map<String, byte[]> keys = new LinkedHashMap<>();
    keys.put("k1", OLD);
    keys.put("k2", NEW);
    SecretBox rotated = new SecretBox(keys, "k2");
    assertThat(rotated.open(old, CONTEXT)).isEqualTo("webhook-secret");
    assertThat(SecretBox.keyIdOf(rotated.seal("webhook-secret", CONTEXT))).isEqualTo("k2");

    SecretBox withoutOld = new SecretBox(Map.of("k2", NEW), "k2");
    assertThatThrownBy(() -> withoutOld.open(old, CONTEXT)).isInstanceOf(SecretException.class)
        .satisfies(e -> {
          SecretException s = (SecretException) e;
          assertThat(s.reason()).isEqualTo(SecretException.Reason.UNKNOWN_KEY);
          assertThat(s.keyId()).isEqualTo("k1");
          assertThat(s.getMessage()).contains("'k1'").doesNotContain("webhook-secret");
        });
  }

  @Test
  void configuredKeysAreCheckedAndNeverShown() {
    String b64 = Base64.getEncoder().encodeToString(OLD);
    SecretBox one = SecretBox.fromBase64(Map.of("prod-2025", b64), null);
    assertThat(one.activeKeyId()).isEqualTo("prod-2025");
    assertThat(one.toString()).doesNotContain(b64);
    assertThat(SecretBox.fromBase64(Map.of("u", Base64.getUrlEncoder().encodeToString(NEW)), "u").keyIds())
        .containsExactly("u");
    assertThatThrownBy(() -> SecretBox.fromBase64(Map.of("a", b64, "b", b64), null))
        .hasMessageContaining("active key");
    assertThatThrownBy(() -> SecretBox.fromBase64(Map.of("a", b64), "b")).hasMessageContaining("'b'");
    assertThatThrownBy(() -> SecretBox.fromBase64(Map.of("a", "c2hvcnQ="), "a")).hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> SecretBox.fromBase64(Map.of("a:b", b64), "a:b")).hasMessageContaining("key id");
  }
}
