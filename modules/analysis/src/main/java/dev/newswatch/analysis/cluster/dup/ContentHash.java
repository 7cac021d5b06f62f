package dev.newswatch.analysis.cluster.dup;

import dev.newswatch.analysis.cluster.ClusterText;
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
    int total = skeletons.size();
    for (String w : skeletons) {
      total += w.length();
    }
    char[] chars = new char[total];
    int pos = 0;
    for (String w : skeletons) {
      w.getChars(0, w.length(), chars, pos);
      pos += w.length();
      chars[pos++] = ' ';
    }
    return of(chars, pos);
  }

  /**
   * The content hash of skeletons already joined, each followed by one space, in {@code chars[0, length)}
   * ({@link Shingler#sketch} builds them so); the same value as {@link #ofSkeletons}.
   */
  static String of(char[] chars, int length) {
    if (length == 0) {
      return "";
    }
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= 0x80) {
        bytes = new String(chars, 0, length).getBytes(StandardCharsets.UTF_8);
        break;
      }
      bytes[i] = (byte) c;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
