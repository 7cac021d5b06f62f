package dev.newswatch.analysis.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Exact-duplicate key: SHA-256 (first 16 bytes, hex) of the text's word skeletons joined by spaces, so
 * copies that differ only in case, accents, punctuation, whitespace, script or the spelling of a
 * transliterated name hash alike.
 */
public final class ContentHash {

  private ContentHash() {}

  /** The content hash of already {@link ClusterText#words folded} words; "" for no words. */
  public static String of(List<String> words) {
    return ofSkeletons(words.stream().map(ClusterText::skeleton).toList());
  }

  /** The content hash of words already reduced to {@link ClusterText#skeleton skeletons}. */
  public static String ofSkeletons(List<String> skeletons) {
    if (skeletons.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(skeletons.size() * 6);
    for (String w : skeletons) {
      sb.append(w).append(' ');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
