package dev.newswatch.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Derives stable ids from canonical URLs and other identifying strings. */
public final class ArticleIds {

  private ArticleIds() {}

  /** The article id for a canonical URL: the first 16 bytes of its SHA-256, as 32 hex digits. */
  public static String fromCanonicalUrl(String canonicalUrl) {
    return hash(canonicalUrl);
  }

  /** A 32-hex-digit SHA-256 prefix of the given parts joined by a separator no part can contain. */
  public static String hash(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          digest.update((byte) 0);
        }
        digest.update(parts[i].getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JDK", e);
    }
  }
}
