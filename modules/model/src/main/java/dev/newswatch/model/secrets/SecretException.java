package dev.newswatch.model.secrets;

import java.util.Locale;

/** A sealed secret that cannot be opened, with the reason as a metric label. */
public final class SecretException extends Exception {

  /** Why a value could not be opened. */
  public enum Reason {
    /** Sealed with a key id that is not among the configured keys. */
    UNKNOWN_KEY,
    /** The authentication tag does not match: the value was altered, or sealed for another place. */
    TAMPERED,
    /** Not a sealed value of a known version, or its parts are not valid base64. */
    MALFORMED;

    /** The label of metrics and API answers: {@code unknown_key}, {@code tampered}, {@code malformed}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Reason reason;
  private final String keyId;

  SecretException(Reason reason, String keyId, String message) {
    super(message);
    this.reason = reason;
    this.keyId = keyId;
  }

  public Reason reason() {
    return reason;
  }

  /** The key id the value names, or null when it names none. */
  public String keyId() {
    return keyId;
  }
}
