package dev.newswatch.ingest.websub;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the {@code X-Hub-Signature: <method>=<hex>} header of a content distribution request (WebSub
 * section 8): an HMAC of the body with the subscription's secret. The methods of the recommendation are
 * accepted (sha1, sha256, sha384, sha512); the comparison takes the same time whatever the bytes.
 */
final class PushSignature {

  private static final Map<String, String> MACS = Map.of("sha1", "HmacSHA1", "sha256", "HmacSHA256",
      "sha384", "HmacSHA384", "sha512", "HmacSHA512");

  private PushSignature() {}

  /**
   * @param header the X-Hub-Signature value, or null when the request had none
   * @param secret the subscription's secret
   * @param body   the request body exactly as received
   * @return true only for a well-formed header with a known method whose HMAC matches
   */
  static boolean valid(String header, byte[] secret, byte[] body) {
    if (header == null) {
      return false;
    }
    int eq = header.indexOf('=');
    if (eq < 1) {
      return false;
    }
    String algorithm = MACS.get(header.substring(0, eq).strip().toLowerCase(Locale.ROOT));
    if (algorithm == null) {
      return false;
    }
    byte[] claimed;
    try {
      claimed = HexFormat.of().parseHex(header.substring(eq + 1).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(hmac(algorithm, secret, body), claimed);
  }

  /** The header a hub would send: {@code <method>=<lower-case hex HMAC>}; for tests and tools. */
  static String sign(String method, byte[] secret, byte[] body) {
    String algorithm = MACS.get(method);
    if (algorithm == null) {
      throw new IllegalArgumentException("unknown signature method " + method);
    }
    return method + "=" + HexFormat.of().formatHex(hmac(algorithm, secret, body));
  }

  private static byte[] hmac(String algorithm, byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, algorithm));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      // Every JDK ships these four; their absence is a broken runtime, not bad input.
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }
}
