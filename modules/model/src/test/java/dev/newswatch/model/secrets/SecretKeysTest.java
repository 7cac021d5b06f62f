package dev.newswatch.model.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeysTest {

  @TempDir
  Path dir;

  @Test
  void withoutConfiguredKeysAKeyFileIsGeneratedOnceOwnerOnly() throws Exception {
    Path file = dir.resolve("data").resolve("secrets.key");
    SecretBox first = SecretKeys.resolve(Map.of(), null, file);
    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    String sealed = first.seal("token", "ctx");
    SecretBox again = SecretKeys.resolve(Map.of(), "", file);
    assertThat(again.activeKeyId()).isEqualTo(SecretKeys.GENERATED_KEY_ID);
    assertThat(again.open(sealed, "ctx")).as("the same key after a restart").isEqualTo("token");
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void configuredKeysWinOverTheKeyFile() throws Exception {
    Path file = dir.resolve("secrets.key");
    SecretKeys.resolve(Map.of(), null, file);
    String key = Base64.getEncoder().encodeToString(SecretBox.newKey());
    SecretBox box = SecretKeys.resolve(Map.of("prod1", key), "prod1", file);
    assertThat(box.keyIds()).containsExactly("prod1");
  }

  @Test
  void aKeyFileWithSeveralKeysUsesTheFirstAsActive() throws Exception {
    Path file = dir.resolve("secrets.key");
    Files.writeString(file, "# keys\nk2=" + Base64.getEncoder().encodeToString(SecretBox.newKey()) + "\nk1="
        + Base64.getEncoder().encodeToString(SecretBox.newKey()) + "\n");
    SecretBox box = SecretKeys.resolve(Map.of(), null, file);
    assertThat(box.activeKeyId()).isEqualTo("k2");
    assertThat(box.keyIds()).containsExactly("k2", "k1");
  }
}
