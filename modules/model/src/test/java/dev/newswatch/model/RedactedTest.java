package dev.newswatch.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactedTest {

  record Settings(String host, Integer port, String token) {}

  @Test
  void showsARecordAsItsDefaultTextWithTheSecretHidden() {
    assertThat(Redacted.toString(new Settings("example.org", 443, "s3cr3t"), "token"))
        .isEqualTo("Settings[host=example.org, port=443, token=***]");
    assertThat(Redacted.toString(new Settings("example.org", null, null), "token"))
        .isEqualTo(new Settings("example.org", null, "none").toString());
  }

  @Test
  void aMissingOrEmptySecretIsNone() {
    assertThat(Redacted.secret(null)).isEqualTo("none");
    assertThat(Redacted.secret("")).isEqualTo("none");
    assertThat(Redacted.secret(" ")).isEqualTo("***");
  }
}
