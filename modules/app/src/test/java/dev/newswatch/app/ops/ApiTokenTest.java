package dev.newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokenTest {

  @Test
  void generatedTokenIsWrittenOwnerOnlyAndAccepted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data").resolve("api-token");
    ApiToken token = ApiToken.generate(file);
    String written = Files.readString(file).strip();
    assertThat(written).hasSize(64).matches("[0-9a-f]+");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(token.accepts("Bearer " + written)).isTrue();
    assertThat(token.toString()).doesNotContain(written);
  }

  @Test
  void rejectsMissingWrongAndNonBearerCredentials() {
    ApiToken token = ApiToken.of("configured-token-123456");
    assertThat(token.accepts(null)).isFalse();
    assertThat(token.accepts("Bearer configured-token-12345")).isFalse();
    assertThat(token.accepts("Basic configured-token-123456")).isFalse();
    assertThat(token.accepts("Bearer configured-token-123456")).isTrue();
  }

  @Test
  void refusesShortConfiguredToken() {
    assertThatThrownBy(() -> ApiToken.of("short")).hasMessageContaining("16");
  }
}
