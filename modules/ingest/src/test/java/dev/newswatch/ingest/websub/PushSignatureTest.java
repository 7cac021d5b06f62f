package dev.newswatch.ingest.websub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.testkit.WebSubHub;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PushSignatureTest {

  private static final String SECRET = "5f0c2b7d9e1a4c3b8a6d0e2f4b1c3a5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f3a5b";
  private static final byte[] KEY = SECRET.getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BODY = "<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest
  @ValueSource(strings = {"sha1", "sha256", "sha384", "sha512"})
  void acceptsEveryMethodOfTheRecommendationAsAHubSignsIt(String method) {
    assertThat(PushSignature.valid(WebSubHub.sign(method, SECRET, BODY), KEY, BODY)).isTrue();
  }

  @Test
  void acceptsUpperCaseMethodAndHex() {
    String header = WebSubHub.sign("sha256", SECRET, BODY);
    assertThat(PushSignature.valid("SHA256=" + header.substring(7).toUpperCase(java.util.Locale.ROOT), KEY, BODY))
        .isTrue();
  }

  @Test
  void refusesAnotherBodyAnotherSecretOrNoSignature() {
    String header = WebSubHub.sign("sha256", SECRET, BODY);

    assertThat(PushSignature.valid(header, KEY, "<rss/>".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(PushSignature.valid(header, "another-secret".getBytes(StandardCharsets.US_ASCII), BODY)).isFalse();
    assertThat(PushSignature.valid(null, KEY, BODY)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sha256", "sha256=", "=abcd", "md5=0123456789abcdef0123456789abcdef", "sha256=xyz",
      "sha256=abc"})
  void refusesMalformedHeaders(String header) {
    assertThat(PushSignature.valid(header, KEY, BODY)).isFalse();
  }

  @Test
  void signMatchesTheTestHub() {
    assertThat(PushSignature.sign("sha512", KEY, BODY)).isEqualTo(WebSubHub.sign("sha512", SECRET, BODY));
  }
}
