package dev.newswatch.model.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the keys of a {@link SecretBox} come from: the configured ones ({@code secrets.keys},
 * {@code secrets.activeKey}) when any are set; otherwise a key file in the data directory, generated
 * with owner-only permissions on first start. The key file holds lines {@code <key id>=<base64 key>};
 * the first key is the active one; lines starting with {@code #} are comments.
 */
public final class SecretKeys {

  private static final Logger LOG = LoggerFactory.getLogger(SecretKeys.class);
  /** The id of a generated key. */
  public static final String GENERATED_KEY_ID = "local1";

  private SecretKeys() {}

  /**
   * The box of the configured keys, or of the key file (created when missing) when none are configured.
   *
   * @param configured key id → base64 key; empty for none
   * @param activeKey  the key that seals new values; may be blank with one configured key
   * @param keyFile    the key file used without configured keys
   * @throws IllegalArgumentException when a configured key is invalid or the key file is unreadable as keys
   * @throws UncheckedIOException     when the key file cannot be read or written
   */
  public static SecretBox resolve(Map<String, String> configured, String activeKey, Path keyFile) {
    if (configured != null && !configured.isEmpty()) {
      SecretBox box = SecretBox.fromBase64(configured, activeKey);
      if (keyFile != null && Files.exists(keyFile)) {
        LOG.info("secrets: {} keys from secrets.keys, active {}; the key file {} is not used (copy its key into "
            + "secrets.keys to keep opening what it sealed)", box.keyIds().size(), box.activeKeyId(), keyFile);
      } else {
        LOG.info("secrets: {} keys from secrets.keys {}, active {}", box.keyIds().size(), box.keyIds(),
            box.activeKeyId());
      }
      return box;
    }
    if (keyFile == null) {
      throw new IllegalArgumentException("no secret keys configured (secrets.keys) and no key file");
    }
    try {
      return Files.exists(keyFile) ? read(keyFile) : create(keyFile);
    } catch (IOException e) {
      throw new UncheckedIOException("secrets: cannot use key file " + keyFile + ": " + e.getMessage(), e);
    }
  }

  /** Reads a key file; its first key is the active one. */
  static SecretBox read(Path keyFile) throws IOException {
    warnWhenOthersMayRead(keyFile);
    Map<String, String> keys = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(keyFile, StandardCharsets.UTF_8);
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("secrets: key file " + keyFile + " has a line that is not <key id>=<key>");
      }
      keys.putIfAbsent(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("secrets: key file " + keyFile + " holds no key");
    }
    SecretBox box = SecretBox.fromBase64(keys, keys.keySet().iterator().next());
    LOG.info("secrets: key {} from key file {}", box.activeKeyId(), keyFile);
    return box;
  }

  /** Generates a key into a new file readable only by the current user. */
  static SecretBox create(Path keyFile) throws IOException {
    byte[] key = SecretBox.newKey();
    Path tmp = OwnerOnlyFiles.tempBeside(keyFile, ".secrets-key", dir -> LOG.warn(
        "secrets: {} is not on a POSIX file system; restrict access to the key file by other means", dir));
    try {
      Files.writeString(tmp, "# newswatch secret key (AES-256): seals channel and WebSub secrets. Keep it private;\n"
          + "# without it those secrets cannot be read. Format: <key id>=<base64 key>, first line active.\n"
          + GENERATED_KEY_ID + "=" + Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, keyFile); // a rename in one directory; fails rather than replace a file
      } catch (FileAlreadyExistsException e) {
        // another process of this installation created it first: use theirs
        return read(keyFile);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    LOG.info("secrets: no secrets.keys configured; generated key {} into {} (owner-only); keep this file with "
        + "the data, or set secrets.keys for production", GENERATED_KEY_ID, keyFile);
    return new SecretBox(Map.of(GENERATED_KEY_ID, key), GENERATED_KEY_ID);
  }

  private static void warnWhenOthersMayRead(Path keyFile) {
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(keyFile);
      if (p.contains(PosixFilePermission.GROUP_READ) || p.contains(PosixFilePermission.OTHERS_READ)) {
        LOG.warn("secrets: key file {} is readable by others than its owner ({}); chmod 600 it", keyFile,
            PosixFilePermissions.toString(p));
      }
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system
    }
  }
}
