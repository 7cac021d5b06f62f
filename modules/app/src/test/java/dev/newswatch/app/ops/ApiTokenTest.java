package dev.newswatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
  void onAFullDiskTheTokenOfTheLastStartIsKeptAndNothingIsLeftBehind(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("api-token");
    ApiToken.Writer full = (path, text) -> {
      throw new IOException("No space left on device");
    };
    assertThatThrownBy(() -> ApiToken.generate(file, full))
        .isInstanceOf(IOException.class).hasMessage("cannot write token file " + file + ": No space left on device");
    try (var left = Files.list(dir)) {
      assertThat(left).as("no temporary file left behind").isEmpty();
    }

    ApiToken.generate(file);
    String earlier = Files.readString(file).strip();
    ApiToken kept = ApiToken.generate(file, full);

    assertThat(kept.accepts("Bearer " + earlier)).isTrue();
    assertThat(Files.readString(file).strip()).isEqualTo(earlier);
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
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
