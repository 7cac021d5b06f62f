package dev.newswatch.model.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals secrets stored in topics and state files with AES-256-GCM (the JDK's {@code javax.crypto}). A sealed
 * value is one string, {@code nwenc:v1:<key id>:<nonce>:<ciphertext>}, nonce (12 random bytes) and
 * ciphertext (with its 16-byte tag) in unpadded base64url, so it takes the place of the clear value in any
 * JSON string field.
 *
 * <p>Each value is sealed for a <em>context</em>, the place it is stored at (for example
 * {@code subscription/rights-desk/channels/0/secret}): the context and the key id are the associated data,
 * so a value copied to another subscription, field or key id does not open.
 *
 * <p>New values are sealed with the active key; values sealed with any listed key open, which is what
 * rotation needs. Thread-safe.
 */
public final class SecretBox {

  /** What every sealed value starts with. */
  public static final String PREFIX = "nwenc:v1:";
  /** Key length: AES-256. */
  public static final int KEY_BYTES = 32;
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODE = Base64.getUrlDecoder();

  private final Map<String, SecretKeySpec> keys;
  private final String activeKeyId;

  /**
   * @param keys        key id → 32 key bytes; ids are letters, digits, '_' and '-' (1-40)
   * @param activeKeyId the key new values are sealed with; one of {@code keys}
   * @throws IllegalArgumentException when a key is not 32 bytes, an id is invalid or the active key is missing
   */
  public SecretBox(Map<String, byte[]> keys, String activeKeyId) {
    Objects.requireNonNull(keys, "keys");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no secret keys given");
    }
    Map<String, SecretKeySpec> copy = new LinkedHashMap<>();
    keys.forEach((id, bytes) -> {
      if (id == null || !KEY_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("secret key id must be 1-40 letters, digits, '_' or '-': '" + id + "'");
      }
      if (bytes == null || bytes.length != KEY_BYTES) {
        throw new IllegalArgumentException("secret key " + id + " must be " + KEY_BYTES + " bytes (AES-256), was "
            + (bytes == null ? 0 : bytes.length));
      }
      copy.put(id, new SecretKeySpec(bytes.clone(), "AES"));
    });
    if (activeKeyId == null || !copy.containsKey(activeKeyId)) {
      throw new IllegalArgumentException("the active secret key '" + activeKeyId + "' is not among the keys "
          + copy.keySet());
    }
    this.keys = Collections.unmodifiableMap(copy);
    this.activeKeyId = activeKeyId;
  }

  /**
   * Keys given as base64 (standard or URL alphabet) text, as configuration holds them.
   *
   * @param activeKeyId the active key; may be null or blank when there is exactly one key
   */
  public static SecretBox fromBase64(Map<String, String> keys, String activeKeyId) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    keys.forEach((id, text) -> bytes.put(id, decodeKey(id, text)));
    String active = activeKeyId == null || activeKeyId.isBlank() ? null : activeKeyId.strip();
    if (active == null) {
      if (bytes.size() != 1) {
        throw new IllegalArgumentException("several secret keys are configured " + bytes.keySet()
            + ": name the one that seals new values as the active key");
      }
      active = bytes.keySet().iterator().next();
    }
    return new SecretBox(bytes, active);
  }

  /** 32 fresh random bytes. */
  public static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    RANDOM.nextBytes(key);
    return key;
  }

  static byte[] decodeKey(String id, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("secret key " + id + " is empty");
    }
    String t = text.strip();
    try {
      return t.indexOf('-') >= 0 || t.indexOf('_') >= 0 ? Base64.getUrlDecoder().decode(t)
          : Base64.getDecoder().decode(t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("secret key " + id + " is not base64", e);
    }
  }

  public String activeKeyId() {
    return activeKeyId;
  }

  public Set<String> keyIds() {
    return keys.keySet();
  }

  /** True when {@code value} is a sealed value (of any version this code knows). */
  public static boolean isSealed(String value) {
    return value != null && value.startsWith(PREFIX);
  }

  /** The key id a sealed value names, or null when it is not a well-formed sealed value. */
  public static String keyIdOf(String value) {
    if (!isSealed(value)) {
      return null;
    }
    String[] parts = value.substring(PREFIX.length()).split(":", -1);
    return parts.length == 3 && KEY_ID.matcher(parts[0]).matches() ? parts[0] : null;
  }

  /** {@code plaintext} sealed with the active key for {@code context}. */
  public String seal(String plaintext, String context) {
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(context, "context");
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(activeKeyId, context));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return PREFIX + activeKeyId + ":" + B64.encodeToString(nonce) + ":" + B64.encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  /**
   * The clear text of a value sealed for {@code context}.
   *
   * @throws SecretException when the value is malformed, names a key that is not configured, or does not
   *     authenticate (altered, or sealed for another context)
   */
  public String open(String value, String context) throws SecretException {
    Objects.requireNonNull(context, "context");
    if (!isSealed(value)) {
      throw new SecretException(SecretException.Reason.MALFORMED, null, "not a sealed value (" + PREFIX + "...)");
    }
    String[] parts = value.substring(PREFIX.length()).split(":", -1);
    if (parts.length != 3 || !KEY_ID.matcher(parts[0]).matches()) {
      throw new SecretException(SecretException.Reason.MALFORMED, null, "sealed value is not "
          + PREFIX + "<key id>:<nonce>:<ciphertext>");
    }
    String keyId = parts[0];
    SecretKeySpec key = keys.get(keyId);
    if (key == null) {
      throw new SecretException(SecretException.Reason.UNKNOWN_KEY, keyId, "sealed with key id '" + keyId
          + "', which is not among the configured keys " + keys.keySet());
    }
    byte[] nonce;
    byte[] sealed;
    try {
      nonce = B64_DECODE.decode(parts[1]);
      sealed = B64_DECODE.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new SecretException(SecretException.Reason.MALFORMED, keyId, "sealed value is not base64url");
    }
    if (nonce.length != NONCE_BYTES || sealed.length < TAG_BITS / 8) {
      throw new SecretException(SecretException.Reason.MALFORMED, keyId, "sealed value has a wrong length");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(keyId, context));
      return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new SecretException(SecretException.Reason.TAMPERED, keyId, "sealed value does not authenticate "
          + "with key '" + keyId + "': altered, or sealed for another place than " + context);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JDK", e);
    }
  }

  private static byte[] associatedData(String keyId, String context) {
    return (PREFIX + keyId + ":" + context).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "SecretBox[keys=" + keys.keySet() + ", active=" + activeKeyId + "]";
  }
}
