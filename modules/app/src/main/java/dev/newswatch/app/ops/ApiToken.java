package dev.newswatch.app.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bearer token that guards {@code /api/} (the read token, or the admin token that may also change
 * the feed registry). Taken from configuration when set; otherwise a random one
 * is generated at start and written to a file only the current user can read, so a local operator can
 * use the API without a token ever appearing in logs or on the command line.
 */
public final class ApiToken {

  private static final Logger LOG = LoggerFactory.getLogger(ApiToken.class);

  /** Writes a token file's text: the file system, or in tests one that fails as a full disk does. */
  @FunctionalInterface
  interface Writer {
    void write(Path path, String text) throws IOException;
  }

  private final String token;

  private ApiToken(String token) {
    this.token = token;
  }

  /** The configured token; it must be at least 16 characters. */
  public static ApiToken of(String configured) {
    return of(configured, "http.apiToken");
  }

  /** The configured token named {@code key} in error messages; it must be at least 16 characters. */
  public static ApiToken of(String configured, String key) {
    if (configured == null || configured.strip().length() < 16) {
      throw new IllegalArgumentException(key + " must be at least 16 characters");
    }
    return new ApiToken(configured.strip());
  }

  /**
   * A fresh random token (256 bits), written to {@code file} with owner-only permissions. When the file
   * cannot be written (a full disk, a read-only volume) but holds the token of an earlier start, that one
   * is kept, with a warning, so a restart on a full disk still starts.
   *
   * @throws IOException naming the file and the cause when it can be neither written nor read
   */
  public static ApiToken generate(Path file) throws IOException {
    return generate(file, (path, text) -> Files.writeString(path, text, StandardCharsets.UTF_8));
  }

  static ApiToken generate(Path file, Writer writer) throws IOException {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    try {
      Path tmp = dev.newswatch.model.secrets.OwnerOnlyFiles.tempBeside(file, ".api-token", null);
      try {
        writer.write(tmp, token + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      ApiToken earlier = earlier(file);
      if (earlier == null) {
        throw new IOException("cannot write token file " + file + ": " + cause, e);
      }
      LOG.warn("cannot write a new token into {} ({}); keeping the one it holds from an earlier start", file, cause);
      return earlier;
    }
    return new ApiToken(token);
  }

  /** The token a file holds from an earlier start, or null when it holds none that is usable. */
  private static ApiToken earlier(Path file) {
    try {
      String held = Files.readString(file, StandardCharsets.UTF_8).strip();
      return held.length() >= 16 && held.chars().allMatch(c -> c > 0x20 && c < 0x7F) ? new ApiToken(held) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** True when the {@code Authorization} header carries this token; compared in constant time. */
  public boolean accepts(String authorizationHeader) {
    if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = authorizationHeader.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "ApiToken[***]";
  }
}
