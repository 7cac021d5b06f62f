package dev.newswatch.alerts.subscriptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Subscription;
import dev.newswatch.model.secrets.SecretBox;
import dev.newswatch.model.secrets.SecretException;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON of {@code newswatch.subscriptions.v1} with every channel secret sealed ({@link SecretBox}): a
 * channel's {@code secret} (webhook HMAC key, Telegram bot token) and the {@code url} of webhook and Slack
 * channels (such URLs carry their credential in path or query) are stored as
 * {@code nwenc:v1:<key id>:<nonce>:<ciphertext>}, sealed for {@code subscription/<id>/channels/<n>/<field>},
 * so a value copied into another subscription or field does not open. Everything else stays readable.
 *
 * <p>Records of earlier versions with clear secrets still read; {@link Read#current} tells which records
 * should be written again (clear secrets, or sealed with a key other than the active one).
 */
public final class SealedSubscriptions {

  private final SecretBox box;

  public SealedSubscriptions(SecretBox box) {
    this.box = Objects.requireNonNull(box, "box");
  }

  /** The keys this codec opens with and seals with. */
  public SecretBox box() {
    return box;
  }

  /**
   * A record read back.
   *
   * @param subscription the subscription with its secrets in clear
   * @param clearSecrets secret fields that were stored in clear (records of earlier versions)
   * @param keyIds       the key ids its sealed fields name
   */
  public record Read(Subscription subscription, int clearSecrets, Set<String> keyIds) {
    /** True when the record is as this version writes it: nothing in clear, everything under {@code activeKey}. */
    public boolean current(String activeKey) {
      return clearSecrets == 0 && keyIds.stream().allMatch(activeKey::equals);
    }
  }

  /** A record whose secrets cannot be opened; the rest of it is known. */
  public static final class UnreadableException extends Exception {
    private final String owner;
    private final String name;
    private final transient SecretException cause;

    UnreadableException(String owner, String name, String field, SecretException cause) {
      super(field + ": " + cause.getMessage(), cause);
      this.owner = owner;
      this.name = name;
      this.cause = cause;
    }

    /** The owner the record names, or null. */
    public String owner() {
      return owner;
    }

    public String name() {
      return name;
    }

    public SecretException secretError() {
      return cause;
    }
  }

  /** The context a channel field is sealed for. */
  static String context(String subscriptionId, int channel, String field) {
    return "subscription/" + subscriptionId + "/channels/" + channel + "/" + field;
  }

  /** True for the channel fields stored sealed. */
  static boolean sealedField(String channelType, String field) {
    return field.equals("secret") || (field.equals("url") && (channelType.equals("webhook")
        || channelType.equals("slack")));
  }

  /** The record value of {@code s}, secrets sealed with the active key. */
  public byte[] encode(Subscription s) {
    ObjectNode tree = JsonCodec.mapper().valueToTree(s);
    JsonNode channels = tree.get("channels");
    if (channels != null) {
      for (int i = 0; i < channels.size(); i++) {
        ObjectNode channel = (ObjectNode) channels.get(i);
        String type = channel.path("type").asText();
        for (String field : new String[] {"secret", "url"}) {
          JsonNode value = channel.get(field);
          if (value != null && value.isTextual() && sealedField(type, field)) {
            channel.put(field, box.seal(value.asText(), context(s.id(), i, field)));
          }
        }
      }
    }
    return JsonCodec.toBytes(tree);
  }

  /**
   * A record value read back.
   *
   * @throws UnreadableException      when a sealed field does not open (unknown key, altered, moved)
   * @throws IllegalArgumentException when the value is not a valid subscription at all
   */
  public Read decode(byte[] value) throws UnreadableException {
    JsonNode parsed;
    try {
      parsed = JsonCodec.mapper().readTree(value);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot decode Subscription: " + e.getMessage(), e);
    }
    if (!(parsed instanceof ObjectNode tree)) {
      throw new IllegalArgumentException("cannot decode Subscription: not a JSON object");
    }
    String id = tree.path("id").asText("");
    int clear = 0;
    Set<String> keyIds = new TreeSet<>();
    JsonNode channels = tree.get("channels");
    if (channels != null && channels.isArray()) {
      for (int i = 0; i < channels.size(); i++) {
        if (!(channels.get(i) instanceof ObjectNode channel)) {
          continue;
        }
        String type = channel.path("type").asText();
        for (String field : new String[] {"secret", "url"}) {
          JsonNode v = channel.get(field);
          if (v == null || !v.isTextual()) {
            continue;
          }
          String text = v.asText();
          if (SecretBox.isSealed(text)) {
            try {
              channel.put(field, box.open(text, context(id, i, field)));
            } catch (SecretException e) {
              throw new UnreadableException(text(tree, "owner"), text(tree, "name"),
                  "channel " + i + " " + field, e);
            }
            keyIds.add(SecretBox.keyIdOf(text));
          } else if (sealedField(type, field) && !text.isEmpty()) {
            clear++;
          }
        }
      }
    }
    Subscription s;
    try {
      s = JsonCodec.mapper().treeToValue(tree, Subscription.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("cannot decode Subscription: " + e.getMessage(), e);
    }
    return new Read(s, clear, Set.copyOf(keyIds));
  }

  private static String text(JsonNode tree, String field) {
    JsonNode v = tree.get(field);
    return v == null || !v.isTextual() ? null : v.asText();
  }
}
