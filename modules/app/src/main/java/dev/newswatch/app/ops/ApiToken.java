package dev.newswatch.app.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A bearer token that guards {@code /api/} (the read token, or the admin token that may also change
 * the feed registry). Taken from configuration when set; otherwise a random one
 * is generated at start and written to a file only the current user can read, so a local operator can
 * use the API without a token ever appearing in logs or on the command line.
 */
public final class ApiToken {

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

  /** A fresh random token (256 bits), written to {@code file} with owner-only permissions. */
  public static ApiToken generate(Path file) throws IOException {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String token = HexFormat.of().formatHex(bytes);
    Path tmp = dev.newswatch.model.secrets.OwnerOnlyFiles.tempBeside(file, ".api-token", null);
    Files.writeString(tmp, token + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return new ApiToken(token);
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
